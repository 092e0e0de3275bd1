#pragma once
// The sweep chart (app/gui/analysis/SweepViews.h) written as a figure.
#include <QSize>
#include <QString>

namespace ts::app {

// folder: the runs `trainscope sweep --out FOLDER` wrote. A .csv path gets the statistics per
// value (writeSweepCsv). Returns "" or the error.
QString renderSweepFigure(const QString& folder, const QString& outPath, QSize size, int dpi);

} // namespace ts::app
