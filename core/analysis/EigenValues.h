#pragma once
// Top Hessian eigenvalues as topHessianEigenvalues (core/analysis/HessianEigen.h) found them,
// without the eigenvectors: what reports and views keep. Torch-free.
#include <cstdint>
#include <vector>

namespace ts {

struct EigenValues {
    std::vector<double> eigenvalues;             // in the order found (decreasing |λ|)
    std::vector<std::vector<double>> history;    // per eigenvalue: the estimate after each iteration
    std::vector<int> iterations;                 // iterations used per eigenvalue
    std::vector<bool> converged;                 // reached the tolerance within maxIterations
    std::vector<double> residuals;               // ‖H·v − λ·v‖ per eigenpair (NaN if not asked for)
    int64_t hessianVectorProducts = 0;
    int64_t dim = 0;
};

} // namespace ts
