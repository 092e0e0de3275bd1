#include "core/grokking/GroupEvents.h"

#include <cmath>

namespace ts {

SampleSummary eventStepSummary(const std::vector<int64_t>& steps)
{
    std::vector<double> reached;
    for (int64_t s : steps)
        if (s >= 0)
            reached.push_back(double(s));
    return summarize(reached);
}

GroupEventSummary summarizeGroupEvents(const std::vector<GrokkingEvents>& events)
{
    GroupEventSummary g;
    g.runs = int(events.size());
    std::vector<int64_t> mem, t50, t90;
    for (const auto& e : events) {
        mem.push_back(e.tMem);
        t50.push_back(e.t50);
        t90.push_back(e.t90);
    }
    g.tMem = eventStepSummary(mem);
    g.t50 = eventStepSummary(t50);
    g.t90 = eventStepSummary(t90);
    return g;
}

} // namespace ts
