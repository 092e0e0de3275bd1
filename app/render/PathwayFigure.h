#pragma once
// `render --view pathways|pathway-graph|pathway-distances`: the expert-pathway dashboard of a
// mixture-of-experts run (or its graph, or its distance matrix) at one routing checkpoint.
#include <QSize>
#include <QString>
#include <QStringList>

#include <memory>

class QWidget;

namespace ts::app {

struct PathwayFigureOptions {
    QString view = "pathways";
    QString step = "last"; // a routing step, or "last"
    double threshold = 0.7;
    bool memorisedOnly = true;
    QSize size{1600, 1000};
    int dpi = 150;
};

QStringList pathwayViewNames();
// The dashboard, or its graph or distance matrix alone (sized options.size; each is
// widgets::CsvExportable), for a figure of several panels; nullptr and *error on failure.
std::unique_ptr<QWidget> makePathwayView(const QString& runPath, const PathwayFigureOptions& options, QString* error);
// Needs a QApplication. Returns "" or the error. CSV: metrics per checkpoint (pathways),
// nodes and edges (pathway-graph) or the clustered matrix (pathway-distances).
QString renderPathwayFigure(const QString& runPath, const PathwayFigureOptions& options, const QString& outPath);

} // namespace ts::app
