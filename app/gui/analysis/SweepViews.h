#pragma once
// The chart of a sweep: t50 and t90 of each member run against the swept value, and for a
// weight-decay sweep Omnigrok's reference t ∝ 1/wd (fitted through the members). A sweep with
// seeds draws each value's mean over its seeds with ± std error bars and n per point.
#include "core/grokking/Sweep.h"
#include "widgets/charts/CurveChartView.h"

#include <QString>
#include <QVector>

#include <optional>

namespace ts::app {

struct SweepChartData {
    QString key;
    bool seeded = false; // KEY=VALUE_seed=S.h5: points are means with ± std error bars
    bool logX = false;
    QVector<ts::widgets::CurveChartView::Curve> curves; // t50, t90 and for weight decay Omnigrok's
    std::vector<ts::SweepPoint> points;                 // per value, ascending
};

// The sweep chart's curves, or nothing with *error set.
std::optional<SweepChartData> sweepChartData(const QString& folder, QString* error);

// The sweep as a table, one row per value: value,runs, then mean, std (n − 1) and n of t_mem,
// t50 and t90 over the members that reach each. Returns false with *error on failure.
bool writeSweepCsv(const SweepChartData& data, const QString& path, QString* error);

// folder: the runs `trainscope sweep --out FOLDER` wrote (files KEY=VALUE.h5 or
// KEY=VALUE_seed=S.h5). A new chart
// widget, or nullptr with *error set. Needs a QApplication.
ts::widgets::CurveChartView* makeSweepChart(const QString& folder, QString* error);

} // namespace ts::app
