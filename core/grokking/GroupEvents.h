#pragma once
// Grokking events of a group of runs (the same configuration, different seeds) as mean ± std
// over the runs: t_mem, t50 and t90. A run that never reaches an event is left out of that
// event's statistics, and n says how many runs are behind each number.
#include "core/grokking/GrokkingEvents.h"
#include "core/stats/Bootstrap.h"

#include <cstdint>
#include <vector>

namespace ts {

struct GroupEventSummary {
    int runs = 0;                 // runs in the group
    SampleSummary tMem, t50, t90; // over the runs that reach the event (n of them; std with n − 1)
};

// The summary of one event's steps; negative steps (never reached) are left out.
SampleSummary eventStepSummary(const std::vector<int64_t>& steps);

GroupEventSummary summarizeGroupEvents(const std::vector<GrokkingEvents>& events);

} // namespace ts
