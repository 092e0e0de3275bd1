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
#include "core/analysis/AdaptiveSharpnessResult.h"
#include "core/analysis/Objective.h"

#include <cstdint>
#include <vector>

namespace ts {

class Feedback;

// Throw ConfigError (negative or NaN ρ, samples/steps < 1, negative stepSize, bad subset)
// and Cancelled through feedback.
AverageSharpnessResult averageCaseSharpness(Objective& objective, const SharpnessOptions& options = {},
                                            Feedback* feedback = nullptr);
WorstSharpnessResult worstCaseSharpness(Objective& objective, const SharpnessOptions& options = {},
                                        Feedback* feedback = nullptr);

} // namespace ts
