#pragma once
// Extreme Hessian eigenvalues: power iteration with deflation (as in PyHessian; finds the
// k eigenvalues of largest magnitude) and the Lanczos process with full
// reorthogonalisation (Ritz values and weights; also used by the spectral density).
#include "core/analysis/EigenValues.h"
#include "core/analysis/HessianVectorProduct.h"
#include "core/analysis/Objective.h"

#include <torch/types.h>

#include <cstdint>
#include <string>
#include <vector>

namespace ts {

class Feedback;

struct EigenOptions {
    int k = 1;                          // how many eigenvalues (largest |λ| first)
    int maxIterations = 20;             // power iterations per eigenvalue (one HVP each)
    double tolerance = 1e-4;            // converged when |λ_t − λ_{t−1}| ≤ tolerance·|λ_t|
    uint64_t seed = 0;                  // start vectors: Gaussian from this seed
    bool residuals = true;              // one extra HVP per eigenpair for ‖Hv − λv‖
    std::vector<std::size_t> subset;    // parameter indices (empty = all)
};

// The eigenvalues with their history (EigenValues, torch-free) and the eigenvectors.
struct EigenResult : EigenValues {
    std::vector<torch::Tensor> eigenvectors;     // flat float64, unit norm, over the subset
};

// Power iteration on H restricted to the complement of the eigenvectors already found.
// Throws ConfigError (k < 1 or > dim, maxIterations < 1, tolerance < 0, bad subset) and
// Cancelled through feedback.
EigenResult topHessianEigenvalues(Objective& objective, const EigenOptions& options = {},
                                  Feedback* feedback = nullptr);

struct LanczosResult {
    std::vector<double> alpha;       // diagonal of the tridiagonal T (steps entries)
    std::vector<double> beta;        // off-diagonal (steps − 1 entries)
    std::vector<double> ritzValues;  // eigenvalues of T, ascending
    std::vector<double> weights;     // squared first components of T's eigenvectors (sum 1)
    int steps = 0;                   // steps done (fewer than asked if an invariant subspace was found)
    bool breakdown = false;          // stopped early: β ≈ 0 (the Ritz values are then exact)
};

// m Lanczos steps from the start vector (normalised here) with full reorthogonalisation
// (twice, classical Gram–Schmidt against every earlier vector). m is capped at dim.
LanczosResult lanczos(HessianVectorProduct& hvp, const torch::Tensor& start, int steps, Feedback* feedback = nullptr);
// Same, from a Gaussian start vector drawn from seed.
LanczosResult lanczos(Objective& objective, int steps, uint64_t seed = 0, const std::vector<std::size_t>& subset = {},
                      Feedback* feedback = nullptr);

} // namespace ts
