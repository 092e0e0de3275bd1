#include "core/analysis/GroupCurves.h"

#include "core/Error.h"

#include <algorithm>
#include <cmath>

namespace ts {

GroupInterpolation groupInterpolation(const std::vector<InterpolationResult>& runs, GroupBand band)
{
    if (runs.empty())
        throw ConfigError("a group interpolation needs at least one run");
    GroupInterpolation g;
    g.runs = int(runs.size());
    g.barrierSplit = runs.front().barrierSplit;
    std::vector<std::string> names;
    for (const auto& r : runs)
        for (const auto& [name, curve] : r.splits)
            if (std::find(names.begin(), names.end(), name) == names.end())
                names.push_back(name);
    for (const auto& name : names) {
        std::vector<RunSeries> loss, accuracy;
        for (const auto& r : runs) {
            const auto it = r.splits.find(name);
            if (it == r.splits.end())
                continue;
            loss.push_back({r.alpha, it->second.loss});
            if (it->second.accuracy.size() == r.alpha.size())
                accuracy.push_back({r.alpha, it->second.accuracy});
        }
        g.splits[name] = {groupSeries(loss, GroupCentre::Mean, band), groupSeries(accuracy, GroupCentre::Mean, band)};
    }
    std::vector<double> barriers;
    for (const auto& r : runs)
        barriers.push_back(r.barrier);
    g.barrier = summarize(barriers);
    return g;
}

GroupSeries groupSharpness(const std::vector<SharpnessReport>& runs, GroupBand band)
{
    if (runs.empty())
        throw ConfigError("a group's sharpness needs at least one run");
    std::vector<RunSeries> series;
    for (const auto& r : runs) {
        if (r.checkpoints.empty())
            throw ConfigError("a run of the group has no sharpness checkpoints");
        RunSeries s;
        for (const auto& c : r.checkpoints) {
            s.x.push_back(double(c.step));
            s.y.push_back(c.eigen.eigenvalues.empty() ? std::nan("") : c.eigen.eigenvalues.front());
        }
        series.push_back(std::move(s));
    }
    return groupSeries(series, GroupCentre::Mean, band);
}

} // namespace ts
