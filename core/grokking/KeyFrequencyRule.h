#pragma once
// How key frequencies are chosen from an embedding's spectrum (core/grokking/FourierAnalysis.h);
// torch-free, for the progress-measure options.
#include <cstdint>

namespace ts {

struct KeyFrequencyRule {
    double share = 0.9;    // smallest set of frequencies holding this share of Σ_k norm_k²
    int64_t maxCount = 8;  // … capped at this many
};

} // namespace ts
