#pragma once
// Options and results of adaptive sharpness (core/analysis/AdaptiveSharpness.h); torch-free.
#include <cstdint>
#include <vector>

namespace ts {

enum class SharpnessNorm { L2, Linf };

struct SharpnessOptions {
    double rho = 0.1;                // radius (worst case) / noise scale (average case), >= 0
    bool adaptive = true;            // c = |w| (true) or c = 1
    int64_t samples = 100;           // average case: noise draws
    int steps = 20;                  // worst case: ascent steps
    double stepSize = 0.0;           // worst case: in u-space; 0 = 2ρ/steps
    SharpnessNorm norm = SharpnessNorm::L2;
    uint64_t seed = 0;
    std::vector<std::size_t> subset; // perturbed parameters (empty = all)
};

struct AverageSharpnessResult {
    double value = 0.0;              // mean of L(w+δ) − L(w)
    double standardError = 0.0;      // sample std / sqrt(samples)
    int64_t samples = 0;
    double baseLoss = 0.0;           // L(w)
    std::vector<double> values;      // L(w+δ_j) − L(w) per draw
};

struct WorstSharpnessResult {
    double value = 0.0;              // best L(w+δ) − L(w) seen (including the final iterate)
    double baseLoss = 0.0;
    int steps = 0;                   // ascent steps taken
    std::vector<double> history;     // L(w+δ_t) − L(w) for t = 0..steps (δ_0: the random start)
    double perturbationNorm = 0.0;   // ‖δ* ⊘ c‖_p of the best iterate (≤ ρ up to rounding)
};

} // namespace ts
