#pragma once
// `render --view pathways|pathway-graph|pathway-distances`: the expert-pathway dashboard of a
// mixture-of-experts run (or its graph, or its distance matrix) at one routing checkpoint.
#include <QSize>
#include <QString>
#include <QStringList>

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
// Needs a QApplication. Returns "" or the error. CSV: metrics per checkpoint (pathways),
// nodes and edges (pathway-graph) or the clustered matrix (pathway-distances).
QString renderPathwayFigure(const QString& runPath, const PathwayFigureOptions& options, const QString& outPath);

} // namespace ts::app
