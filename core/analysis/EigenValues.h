#pragma once
// Top Hessian eigenvalues as topHessianEigenvalues (core/analysis/HessianEigen.h) found them,
// without the eigenvectors: what reports and views keep, and the method choice. Torch-free.
#include <cstdint>
#include <vector>

namespace ts {

enum class EigenMethod {
    Lanczos, // converged: ‖Hv − λv‖ ≤ tolerance·|λ₁| for every returned pair
    Power,   // converged: |λ_t − λ_{t−1}| ≤ tolerance·|λ_t| (says nothing about the residual)
};

struct EigenValues {
    std::vector<double> eigenvalues;             // decreasing |λ| (Power: in the order found)
    std::vector<std::vector<double>> history;    // per eigenvalue: the estimate after each iteration
                                                 // (Lanczos: the i-th largest |Ritz value| after each
                                                 // step from step i + 1 on)
    std::vector<int> iterations;                 // Power: iterations per eigenvalue; Lanczos: the steps
    std::vector<bool> converged;                 // reached the tolerance (see EigenMethod)
    std::vector<double> residuals;               // ‖H·v − λ·v‖ per eigenpair (NaN if not asked for)
    int64_t hessianVectorProducts = 0;
    int64_t dim = 0;
};

} // namespace ts
