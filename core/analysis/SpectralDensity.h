#pragma once
// Hessian eigenvalue density by stochastic Lanczos quadrature (Ghorbani, Krishnan & Xiao,
// ICML 2019; as in PyHessian): for each Gaussian probe, m Lanczos steps give Ritz values
// θ_i and weights w_i (squared first components of the tridiagonal's eigenvectors); the
// density is the probe average of Σ_i w_i · N(x; θ_i, σ²), sampled on a grid.
#include "core/analysis/DensityResult.h"
#include "core/analysis/Objective.h"

#include <cstdint>
#include <vector>

namespace ts {

class Feedback;

// Throws ConfigError (probes, steps or gridPoints < 1 / 2, negative sigma, bad subset) and
// Cancelled through feedback.
DensityResult spectralDensity(Objective& objective, const DensityOptions& options = {}, Feedback* feedback = nullptr);

} // namespace ts
