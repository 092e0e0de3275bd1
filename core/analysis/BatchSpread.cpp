#include "core/analysis/BatchSpread.h"

namespace ts {

void BatchSpread::summarise(uint64_t seed)
{
    lambdaSummary = summarize(lambdaMax);
    lambdaInterval = bootstrapInterval(lambdaMax, sampleMean, 2000, seed);
    if (!trace.empty()) {
        traceSummary = summarize(trace);
        traceInterval = bootstrapInterval(trace, sampleMean, 2000, seed);
    }
}

} // namespace ts
