#include "core/stats/GroupStatistics.h"

#include "core/Error.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ts {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The value of one run at step s: logged, interpolated between two logged steps, or none
// (outside the run's range). `cursor` walks forward with s.
bool valueAt(const RunSeries& run, double s, size_t& cursor, double& value, bool& interpolated)
{
    const auto& x = run.x;
    if (x.empty() || s < x.front() || s > x.back())
        return false;
    while (cursor + 1 < x.size() && x[cursor + 1] <= s)
        ++cursor;
    if (x[cursor] == s) {
        value = run.y[cursor];
        return true;
    }
    const double t = (s - x[cursor]) / (x[cursor + 1] - x[cursor]);
    value = run.y[cursor] + t * (run.y[cursor + 1] - run.y[cursor]);
    interpolated = true;
    return true;
}

std::vector<double> finite(const std::vector<double>& v)
{
    std::vector<double> out;
    for (double x : v)
        if (std::isfinite(x))
            out.push_back(x);
    return out;
}

} // namespace

GroupCentre groupCentreFromName(const std::string& name)
{
    if (name == "mean")
        return GroupCentre::Mean;
    if (name == "median")
        return GroupCentre::Median;
    throw ConfigError("group centre '" + name + "' is not mean or median");
}

GroupBand groupBandFromName(const std::string& name)
{
    if (name == "none")
        return GroupBand::None;
    if (name == "std")
        return GroupBand::Std;
    if (name == "minmax")
        return GroupBand::MinMax;
    if (name == "ci95")
        return GroupBand::Bootstrap95;
    throw ConfigError("band '" + name + "' is not none, std, minmax or ci95");
}

const char* groupCentreName(GroupCentre centre) { return centre == GroupCentre::Mean ? "mean" : "median"; }

const char* groupBandName(GroupBand band)
{
    switch (band) {
    case GroupBand::None: return "none";
    case GroupBand::Std: return "std";
    case GroupBand::MinMax: return "minmax";
    case GroupBand::Bootstrap95: return "ci95";
    }
    return "none";
}

double groupCentreOf(const std::vector<double>& values, GroupCentre centre)
{
    const std::vector<double> v = finite(values);
    return centre == GroupCentre::Mean ? sampleMean(v) : sampleMedian(v);
}

Interval groupBandOf(const std::vector<double>& values, GroupCentre centre, GroupBand band, uint64_t seed)
{
    const std::vector<double> v = finite(values);
    const double c = groupCentreOf(v, centre);
    switch (band) {
    case GroupBand::None: return {c, c};
    case GroupBand::Std: {
        const double s = sampleStd(v);
        return {c - s, c + s};
    }
    case GroupBand::MinMax: {
        if (v.empty())
            return {kNaN, kNaN};
        const auto [lo, hi] = std::minmax_element(v.begin(), v.end());
        return {*lo, *hi};
    }
    case GroupBand::Bootstrap95:
        return bootstrapInterval(
            v, [centre](const std::vector<double>& s) { return groupCentreOf(s, centre); }, 2000, seed);
    }
    return {c, c};
}

GroupSeries groupSeries(const std::vector<RunSeries>& runs, GroupCentre centre, GroupBand band, uint64_t seed)
{
    for (const RunSeries& r : runs)
        if (r.x.size() != r.y.size())
            throw ConfigError("a run's steps and values differ in length");
    GroupSeries g;
    for (const RunSeries& r : runs)
        g.x.insert(g.x.end(), r.x.begin(), r.x.end());
    std::sort(g.x.begin(), g.x.end());
    g.x.erase(std::unique(g.x.begin(), g.x.end()), g.x.end());

    std::vector<size_t> cursors(runs.size(), 0);
    std::vector<double> values;
    for (size_t i = 0; i < g.x.size(); ++i) {
        values.clear();
        for (size_t r = 0; r < runs.size(); ++r) {
            double v = 0.0;
            if (valueAt(runs[r], g.x[i], cursors[r], v, g.interpolated) && std::isfinite(v))
                values.push_back(v);
        }
        const Interval b = groupBandOf(values, centre, band, seed + i);
        g.centre.push_back(groupCentreOf(values, centre));
        g.lower.push_back(b.lower);
        g.upper.push_back(b.upper);
        g.count.push_back(int(values.size()));
    }
    return g;
}

} // namespace ts
