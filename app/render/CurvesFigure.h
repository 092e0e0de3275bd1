#pragma once
// Renders the training curves of runs to a figure file without a window (the `render`
// command, the headless demo). The format follows the file's extension: png, svg, pdf, csv.
#include "core/stats/GroupStatistics.h"

#include <QSize>
#include <QString>
#include <QStringList>

#include <memory>

namespace ts::widgets {
class CurveChartView;
}

namespace ts::app {

struct CurvesFigureOptions {
    QStringList metrics; // empty: train_acc and test_acc where present, else all
    bool logX = false;
    bool logY = false;
    double smoothing = 0.0;
    QSize size{1600, 1000};
    int dpi = 150;
    QString theme = "light";
    QString group = "none"; // "seed": runs that differ only in the seed; "all": every run given
    ts::GroupCentre centre = ts::GroupCentre::Mean;
    ts::GroupBand band = ts::GroupBand::Std;
};

// The chart alone (sized options.size), for a figure of several panels; nullptr and *error on failure.
std::unique_ptr<widgets::CurveChartView> makeCurvesChart(const QStringList& runPaths,
                                                         const CurvesFigureOptions& options, QString* error);
// Needs a QApplication (any platform, offscreen included). Returns "" or the error.
QString renderCurvesFigure(const QStringList& runPaths, const CurvesFigureOptions& options, const QString& outPath);

} // namespace ts::app
