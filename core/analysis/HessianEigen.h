#pragma once
// Extreme Hessian eigenvalues: the k of largest magnitude by the Lanczos process with full
// reorthogonalisation, run until every wanted Ritz pair's residual is within tolerance (the
// default), or by power iteration with deflation (as in PyHessian); and the bare Lanczos
// process (Ritz values and weights), which the spectral density uses too.
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
    int maxIterations = 20;             // Power: iterations per eigenvalue (one HVP each)
    double tolerance = 1e-4;            // see EigenMethod
    uint64_t seed = 0;                  // start vectors: Gaussian from this seed
    bool residuals = true;              // one extra HVP per eigenpair for ‖Hv − λv‖
    std::vector<std::size_t> subset;    // parameter indices (empty = all)
    EigenMethod method = EigenMethod::Lanczos;
    int maxSteps = 0;                   // Lanczos: at most this many steps (HVPs); 0 = min(dim, max(100, 20k))
};

// The eigenvalues with their history (EigenValues, torch-free) and the eigenvectors.
struct EigenResult : EigenValues {
    std::vector<torch::Tensor> eigenvectors;     // flat float64, unit norm, over the subset
};

// The k eigenvalues of largest magnitude by options.method. Throws ConfigError (k < 1 or
// > dim, maxIterations < 1, maxSteps < 0 or in (0, k), tolerance < 0, bad subset) and
// Cancelled through feedback.
EigenResult topHessianEigenvalues(Objective& objective, const EigenOptions& options = {},
                                  Feedback* feedback = nullptr);
// The ConfigErrors above, for a Hessian of dimension dim.
void checkEigenOptions(const EigenOptions& options, int64_t dim);
// Power iteration on H restricted to the complement of the eigenvectors already found.
EigenResult powerHessianEigenvalues(Objective& objective, const EigenOptions& options, Feedback* feedback = nullptr);
// Lanczos with full reorthogonalisation from one Gaussian start vector (a fresh one, orthogonal
// to the Krylov space, after an invariant subspace), stopping once the k Ritz pairs of largest
// |θ| and the two extreme ones have residual estimates β·|s_last| ≤ tolerance·|θ₁|; the
// reported residuals are recomputed with one HVP per pair (converged uses those when asked).
EigenResult lanczosHessianEigenvalues(Objective& objective, const EigenOptions& options,
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
