#pragma once
// Run groups on a curve chart: repeats of one experiment (the same configuration but the
// seed, found automatically, or any runs grouped by hand) drawn as one line with a band
// (core/stats/GroupStatistics). Shared by the window's chart and by `render --group`.
#include "core/stats/GroupStatistics.h"
#include "widgets/charts/CurveChartView.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace ts::app {

class RunDocument;

struct ManualGroup {
    QString name;
    QStringList paths;
};

struct GroupOptions {
    bool bySeed = false;             // group runs that differ only in the seed
    QList<ManualGroup> manual;       // grouped by hand; these come first
    ts::GroupCentre centre = ts::GroupCentre::Mean;
    ts::GroupBand band = ts::GroupBand::Std;
    bool active() const { return bySeed || !manual.isEmpty(); }
};

struct ShownGroup {
    QString name;
    std::vector<RunDocument*> members; // one member: an ungrouped run
};

// The shown runs as groups, in the order of their first member.
std::vector<ShownGroup> groupShownRuns(const std::vector<RunDocument*>& runs, const GroupOptions& options);

// One curve per group and metric: a group of several runs as its centre with the band and the
// run count per step; a group of one as the run's own curve.
QVector<ts::widgets::CurveChartView::Curve> makeGroupCurves(const std::vector<ShownGroup>& groups,
                                                            const QStringList& metrics, const GroupOptions& options);

// "mean ± std", "median, min–max", ... for legends.
QString groupStatisticText(ts::GroupCentre centre, ts::GroupBand band);

} // namespace ts::app
