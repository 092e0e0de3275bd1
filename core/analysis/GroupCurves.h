#pragma once
// Interpolation curves and sharpness over training of a group of runs (the same
// configuration, different seeds): each run computed on its own, then one mean line with a
// band per α or step (core/stats/GroupStatistics.h). The band of the default is ± the sample
// standard deviation (n − 1) of the runs present, and `count` says how many they are.
#include "core/analysis/InterpolationResult.h"
#include "core/analysis/SharpnessReport.h"
#include "core/stats/GroupStatistics.h"

#include <map>
#include <string>
#include <vector>

namespace ts {

struct GroupSplitSeries {
    GroupSeries loss, accuracy;
};

struct GroupInterpolation {
    int runs = 0;
    std::map<std::string, GroupSplitSeries> splits; // every split some run has, over α
    std::string barrierSplit;                       // the first run's
    SampleSummary barrier;                          // the runs' loss barriers on α ∈ [0, 1]
};

// Runs interpolated on different α grids are aligned on the union of their α (groupSeries).
// ConfigError for no runs.
GroupInterpolation groupInterpolation(const std::vector<InterpolationResult>& runs, GroupBand band = GroupBand::Std);

// The top eigenvalue λ_max over training, one curve per group; steps aligned as in
// groupSeries. ConfigError for no runs or a report without checkpoints.
GroupSeries groupSharpness(const std::vector<SharpnessReport>& runs, GroupBand band = GroupBand::Std);

} // namespace ts
