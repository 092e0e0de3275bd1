#include "core/analysis/HessianEigen.h"

#include "core/Error.h"
#include "core/Feedback.h"

#include <ATen/CPUGeneratorImpl.h>
#include <torch/torch.h>

#include <cmath>

namespace ts {

namespace {
double dotValue(const torch::Tensor& a, const torch::Tensor& b) { return torch::dot(a, b).item<double>(); }

void orthogonalise(torch::Tensor& v, const std::vector<torch::Tensor>& basis)
{
    for (const auto& q : basis)
        v.sub_(q, dotValue(v, q));
}
} // namespace

void checkEigenOptions(const EigenOptions& o, int64_t dim)
{
    if (o.k < 1)
        throw ConfigError("the number of eigenvalues must be at least 1");
    if (o.maxIterations < 1)
        throw ConfigError("the number of power iterations must be at least 1");
    if (o.maxSteps < 0 || (o.maxSteps > 0 && o.maxSteps < o.k))
        throw ConfigError("the number of Lanczos steps must be 0 (automatic) or at least k = " + std::to_string(o.k));
    if (!(o.tolerance >= 0.0))
        throw ConfigError("the eigenvalue tolerance must be >= 0");
    if (o.k > dim)
        throw ConfigError("asked for " + std::to_string(o.k) + " eigenvalues of a " + std::to_string(dim) +
                          "-dimensional Hessian");
}

EigenResult topHessianEigenvalues(Objective& objective, const EigenOptions& o, Feedback* feedback)
{
    return o.method == EigenMethod::Power ? powerHessianEigenvalues(objective, o, feedback)
                                          : lanczosHessianEigenvalues(objective, o, feedback);
}

EigenResult powerHessianEigenvalues(Objective& objective, const EigenOptions& o, Feedback* feedback)
{
    HessianVectorProduct hvp(objective, o.subset);
    const int64_t n = hvp.dim();
    checkEigenOptions(o, n);
    auto gen = at::make_generator<at::CPUGeneratorImpl>(o.seed);
    EigenResult r;
    r.dim = n;
    const double total = double(o.k) * (o.maxIterations + 1);
    int64_t done = 0;
    for (int j = 0; j < o.k; ++j) {
        auto v = torch::randn({n}, gen, torch::kFloat64).to(hvp.device());
        orthogonalise(v, r.eigenvectors);
        v.div_(v.norm().item<double>());
        double lambda = 0.0;
        bool converged = false;
        int it = 0;
        std::vector<double> hist;
        torch::Tensor hv;
        for (it = 1; it <= o.maxIterations; ++it) {
            if (feedback) {
                feedback->throwIfCancelled();
                feedback->setProgress(double(done++) / total);
            }
            hv = hvp.apply(v);
            orthogonalise(hv, r.eigenvectors); // deflation: H restricted to the complement
            const double next = dotValue(hv, v);    // Rayleigh quotient (‖v‖ = 1)
            hist.push_back(next);
            const bool close = it > 1 && std::abs(next - lambda) <= o.tolerance * std::abs(next);
            lambda = next;
            const double norm = hv.norm().item<double>();
            if (norm == 0.0 || !std::isfinite(norm)) { // v is in the null space (or the loss is not finite)
                converged = norm == 0.0;
                break;
            }
            if (close || it == o.maxIterations) {
                converged = close;
                break;
            }
            v = hv / norm;
        }
        // Residual of the pair (v, λ): v is the vector whose Rayleigh quotient is λ.
        if (o.residuals) {
            auto hv2 = hvp.apply(v);
            orthogonalise(hv2, r.eigenvectors);
            r.residuals.push_back((hv2 - lambda * v).norm().item<double>());
        } else {
            r.residuals.push_back(NAN);
        }
        r.eigenvalues.push_back(lambda);
        r.eigenvectors.push_back(v);
        r.history.push_back(std::move(hist));
        r.iterations.push_back(std::min(it, o.maxIterations));
        r.converged.push_back(converged);
        done = int64_t(j + 1) * (o.maxIterations + 1);
    }
    r.hessianVectorProducts = hvp.count();
    if (feedback)
        feedback->setProgress(1.0);
    return r;
}

LanczosResult lanczos(HessianVectorProduct& hvp, const torch::Tensor& start, int steps, Feedback* feedback)
{
    if (steps < 1)
        throw ConfigError("the number of Lanczos steps must be at least 1");
    const int64_t n = hvp.dim();
    if (start.dim() != 1 || start.numel() != n)
        throw ConfigError("the Lanczos start vector must have " + std::to_string(n) + " values");
    const int m = int(std::min<int64_t>(steps, n));
    LanczosResult r;
    std::vector<torch::Tensor> q;
    auto v = start.to(hvp.device(), torch::kFloat64).clone();
    const double startNorm = v.norm().item<double>();
    if (!(startNorm > 0.0) || !std::isfinite(startNorm))
        throw ConfigError("the Lanczos start vector must be non-zero and finite");
    v.div_(startNorm);
    double scale = 0.0; // running estimate of ‖H‖ for the breakdown test
    for (int j = 0; j < m; ++j) {
        if (feedback) {
            feedback->throwIfCancelled();
            feedback->setProgress(double(j) / m);
        }
        q.push_back(v);
        auto w = hvp.apply(v);
        const double a = dotValue(w, v);
        r.alpha.push_back(a);
        // Full reorthogonalisation, twice (“twice is enough”): removes α·q_j and β·q_{j−1} too.
        for (int pass = 0; pass < 2; ++pass)
            for (const auto& qi : q)
                w.sub_(qi, dotValue(w, qi));
        const double b = w.norm().item<double>();
        scale = std::max(scale, std::abs(a) + b);
        r.steps = j + 1;
        if (j + 1 == m)
            break;
        if (!(b > 1e-10 * std::max(scale, 1e-300))) {
            r.breakdown = true;
            break;
        }
        r.beta.push_back(b);
        v = w / b;
    }
    const int k = r.steps;
    auto T = torch::zeros({k, k}, torch::kFloat64);
    auto acc = T.accessor<double, 2>();
    for (int i = 0; i < k; ++i) {
        acc[i][i] = r.alpha[i];
        if (i + 1 < k) {
            acc[i][i + 1] = r.beta[i];
            acc[i + 1][i] = r.beta[i];
        }
    }
    auto [evals, evecs] = torch::linalg::eigh(T, "L");
    auto ev = evals.contiguous();
    auto first = evecs.select(0, 0).pow(2).contiguous();
    for (int i = 0; i < k; ++i) {
        r.ritzValues.push_back(ev[i].item<double>());
        r.weights.push_back(first[i].item<double>());
    }
    if (feedback)
        feedback->setProgress(1.0);
    return r;
}

LanczosResult lanczos(Objective& objective, int steps, uint64_t seed, const std::vector<std::size_t>& subset,
                      Feedback* feedback)
{
    if (steps < 1)
        throw ConfigError("the number of Lanczos steps must be at least 1");
    HessianVectorProduct hvp(objective, subset);
    auto gen = at::make_generator<at::CPUGeneratorImpl>(seed);
    return lanczos(hvp, torch::randn({hvp.dim()}, gen, torch::kFloat64), steps, feedback);
}

} // namespace ts
