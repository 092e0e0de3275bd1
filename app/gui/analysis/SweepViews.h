#pragma once
// The chart of a sweep: t50 and t90 of each member run against the swept value, and for a
// weight-decay sweep Omnigrok's reference t ∝ 1/wd (fitted through the members).
#include <QString>

namespace ts::widgets {
class CurveChartView;
}

namespace ts::app {

// folder: the runs `trainscope sweep --out FOLDER` wrote (files KEY=VALUE.h5). A new chart
// widget, or nullptr with *error set. Needs a QApplication.
ts::widgets::CurveChartView* makeSweepChart(const QString& folder, QString* error);

} // namespace ts::app
