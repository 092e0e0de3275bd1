#pragma once
// The spread of a checkpoint's sharpness over K disjoint batches of its data (`sharpness
// --batches K`, docs/sharpness.md "Uncertainty"): λ_max and the Hutchinson trace on each
// batch, their mean ± sample std and a 95% percentile-bootstrap interval of the mean over the
// batches. torch-free.
#include "core/stats/Bootstrap.h"

#include <cstdint>
#include <vector>

namespace ts {

struct BatchSpread {
    int64_t examples = 0;           // per batch (⌊n/K⌋)
    std::vector<double> lambdaMax;  // per batch: the eigenvalue of largest magnitude
    std::vector<double> trace;      // per batch; empty without the trace
    SampleSummary lambdaSummary, traceSummary;
    Interval lambdaInterval, traceInterval; // of the mean, resampling the batches

    // Fills the summaries and intervals from lambdaMax and trace.
    void summarise(uint64_t seed);
};

} // namespace ts
