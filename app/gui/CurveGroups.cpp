#include "app/gui/CurveGroups.h"

#include "app/gui/CurveCollection.h"
#include "app/gui/RunDocument.h"
#include "app/gui/RunLabels.h"
#include "core/runfile/RunReader.h"
#include "core/stats/RunGrouping.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace ts::app {

namespace {

// The file names' common beginning ("grok-seed1", "grok-seed2" -> "grok"), else the task and
// model: what the runs of a group have in common.
QString groupName(const std::vector<RunDocument*>& members)
{
    QStringList names;
    for (auto* doc : members)
        names << QFileInfo(doc->path()).completeBaseName();
    QString prefix = names.front();
    for (const QString& n : names) {
        int k = 0;
        while (k < prefix.size() && k < n.size() && prefix[k] == n[k])
            ++k;
        prefix.truncate(k);
    }
    while (!prefix.isEmpty() && QStringLiteral("-_=. ").contains(prefix.back()))
        prefix.chop(1);
    if (prefix.endsWith(QLatin1String("seed")))
        prefix.chop(4);
    while (!prefix.isEmpty() && QStringLiteral("-_=. ").contains(prefix.back()))
        prefix.chop(1);
    if (prefix.size() >= 2)
        return prefix;
    const auto s = members.front()->summary();
    return s.task + " / " + s.model;
}

} // namespace

QString groupStatisticText(ts::GroupCentre centre, ts::GroupBand band)
{
    const QString c = centre == ts::GroupCentre::Mean ? QCoreApplication::translate("CurveGroups", "mean") : QCoreApplication::translate("CurveGroups", "median");
    switch (band) {
    case ts::GroupBand::None: return c;
    case ts::GroupBand::Std: return QCoreApplication::translate("CurveGroups", "%1 ± std").arg(c);
    case ts::GroupBand::MinMax: return QCoreApplication::translate("CurveGroups", "%1, min–max").arg(c);
    case ts::GroupBand::Bootstrap95: return QCoreApplication::translate("CurveGroups", "%1, 95% bootstrap CI").arg(c);
    }
    return c;
}

std::vector<ShownGroup> groupShownRuns(const std::vector<RunDocument*>& runs, const GroupOptions& options)
{
    std::vector<ShownGroup> groups;
    std::vector<RunDocument*> rest;
    std::vector<bool> taken(runs.size(), false);
    for (const ManualGroup& m : options.manual) {
        ShownGroup g{m.name, {}};
        for (size_t i = 0; i < runs.size(); ++i)
            if (!taken[i] && m.paths.contains(runs[i]->path())) {
                g.members.push_back(runs[i]);
                taken[i] = true;
            }
        if (!g.members.empty())
            groups.push_back(std::move(g));
    }
    for (size_t i = 0; i < runs.size(); ++i)
        if (!taken[i])
            rest.push_back(runs[i]);
    if (!options.bySeed) {
        for (auto* doc : rest)
            groups.push_back({QString(), {doc}});
        return groups;
    }
    // A run without its reader (not loaded) is a group of its own, not a partner of others.
    std::vector<RunDocument*> loaded;
    std::vector<ts::ConfigEntries> configs;
    for (auto* doc : rest) {
        if (doc->reader()) {
            loaded.push_back(doc);
            configs.push_back(doc->reader()->config());
        } else {
            groups.push_back({QString(), {doc}});
        }
    }
    rest = loaded;
    for (const ts::RunGroup& g : ts::groupRuns(configs)) {
        ShownGroup shown;
        for (size_t i : g.members)
            shown.members.push_back(rest[i]);
        if (shown.members.size() > 1)
            shown.name = groupName(shown.members);
        groups.push_back(std::move(shown));
    }
    return groups;
}

QVector<ts::widgets::CurveChartView::Curve> makeGroupCurves(const std::vector<ShownGroup>& groups,
                                                            const QStringList& metrics, const GroupOptions& options)
{
    // Singles keep their usual curves (and colours); groups take the next colours.
    std::vector<RunDocument*> singles;
    for (const auto& g : groups)
        if (g.members.size() == 1)
            singles.push_back(g.members.front());
    QVector<ts::widgets::CurveChartView::Curve> curves = makeCurves(singles, metrics);
    const bool several = groups.size() > 1;
    int colour = int(curves.size());
    for (const auto& g : groups) {
        if (g.members.size() < 2)
            continue;
        for (const QString& m : metrics) {
            std::vector<ts::RunSeries> series;
            for (auto* doc : g.members)
                if (const auto* data = doc->metric(m))
                    series.push_back({data->steps, data->values});
            if (series.empty())
                continue;
            const ts::GroupSeries s = ts::groupSeries(series, options.centre, options.band);
            ts::widgets::CurveChartView::Curve c;
            c.id = "group:" + g.name + "|" + m;
            QString what = groupStatisticText(options.centre, options.band) + ", " +
                           QCoreApplication::translate("CurveGroups", "%1 runs").arg(series.size());
            if (s.interpolated)
                what += ", " + QCoreApplication::translate("CurveGroups", "interpolated");
            c.label = (several || metrics.size() > 1 ? g.name + ": " + m : m) + " (" + what + ")";
            c.color = curveColour(colour++);
            c.x = s.x;
            c.y = s.centre;
            if (options.band != ts::GroupBand::None) {
                c.lower = s.lower;
                c.upper = s.upper;
            }
            c.count = s.count;
            curves.push_back(std::move(c));
        }
    }
    return curves;
}

} // namespace ts::app
