#pragma once
// Adaptive sharpness (Andriushchenko, Croce, Müller, Hein & Flammarion, "A Modern Look at
// the Relationship between Sharpness and Generalization", ICML 2023; Kwon et al. 2021 for
// the adaptive scaling). With c = |w| (adaptive) or c = 1 (not adaptive), ⊙/⊘ elementwise:
//   average case: S_avg = E_{δ ~ N(0, ρ² diag(c²))} [L(w + δ)] − L(w)
//   worst case:   S_max = max_{‖δ ⊘ c‖_p ≤ ρ} L(w + δ) − L(w),   p ∈ {2, ∞}
// The average is a Monte-Carlo mean over `samples` draws, reported with its standard
// error. The maximum is approximated by projected (normalised / signed) gradient ascent in
// u = δ ⊘ c; the best value seen is reported (a lower bound of the true maximum).
// Parameters are restored bit for bit afterwards, also on error or cancel.
// Exact definitions and defaults: docs/sharpness.md.
#include "core/analysis/Objective.h"

#include <cstdint>
#include <vector>

namespace ts {

class Feedback;

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

// Throw ConfigError (negative or NaN ρ, samples/steps < 1, negative stepSize, bad subset)
// and Cancelled through feedback.
AverageSharpnessResult averageCaseSharpness(Objective& objective, const SharpnessOptions& options = {},
                                            Feedback* feedback = nullptr);
WorstSharpnessResult worstCaseSharpness(Objective& objective, const SharpnessOptions& options = {},
                                        Feedback* feedback = nullptr);

} // namespace ts
