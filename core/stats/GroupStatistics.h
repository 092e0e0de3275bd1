#pragma once
// A group of runs (the same configuration, different seeds) as one curve with a band. Runs
// logged at different steps are aligned on the union of their steps: a run contributes at a
// step inside its own logged range, with its logged value or, between two logged steps, the
// straight-line interpolation (then `interpolated` is set, and the legend says so). Past a
// run's last step it contributes nothing, so `count` falls where runs end and the band is
// computed from the runs that are left.
#include "core/stats/Bootstrap.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ts {

enum class GroupCentre { Mean, Median };
enum class GroupBand { None, Std, MinMax, Bootstrap95 };

// "mean"/"median", "none"/"std"/"minmax"/"ci95"; ConfigError for anything else.
GroupCentre groupCentreFromName(const std::string& name);
GroupBand groupBandFromName(const std::string& name);
const char* groupCentreName(GroupCentre centre);
const char* groupBandName(GroupBand band);

struct RunSeries {
    std::vector<double> x; // ascending steps
    std::vector<double> y;
};

struct GroupSeries {
    std::vector<double> x;
    std::vector<double> centre; // mean or median of the runs present at x
    std::vector<double> lower;  // the band (centre ± std, min..max, or the bootstrap
    std::vector<double> upper;  // interval of the centre); equal to centre for GroupBand::None
    std::vector<int> count;     // runs present at x
    bool interpolated = false;  // some run had no value logged at some step of the grid
};

// Bootstrap bands resample the runs present at each step (2000 resamples, seeded by `seed`).
// Non-finite values (a diverged run) are left out of that step's statistics.
GroupSeries groupSeries(const std::vector<RunSeries>& runs, GroupCentre centre, GroupBand band, uint64_t seed = 1);

// The band of one sample, around its centre.
Interval groupBandOf(const std::vector<double>& values, GroupCentre centre, GroupBand band, uint64_t seed = 1);
double groupCentreOf(const std::vector<double>& values, GroupCentre centre);

} // namespace ts
