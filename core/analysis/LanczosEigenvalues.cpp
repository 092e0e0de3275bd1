// lanczosHessianEigenvalues (declared in HessianEigen.h): top-k by |λ| from a Krylov space
// grown until the wanted Ritz pairs have converged. Power iteration with deflation needs
// many iterations per eigenvalue when |λ_j| is close to |λ_{j+1}| and its stopping rule
// (the estimate stopped moving) is no error bound; the Lanczos residual is one.
#include "core/analysis/HessianEigen.h"

#include "core/Feedback.h"

#include <ATen/CPUGeneratorImpl.h>
#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <tuple>

namespace ts {

namespace {
// Every step up to this many, then every kCheckEvery steps: eigh(T) costs O(m³).
constexpr int kCheckEveryStepUpTo = 100;
constexpr int kCheckEvery = 10;

// Orthonormal Lanczos vectors as rows of a buffer that doubles when full.
class KrylovBasis {
public:
    KrylovBasis(int64_t dim, int capacity, torch::Device device) : capacity_(capacity)
    {
        rows_ = torch::empty({std::min(capacity, 32), dim}, torch::TensorOptions(torch::kFloat64).device(device));
    }
    void push(const torch::Tensor& v)
    {
        if (size_ == rows_.size(0)) {
            auto bigger = torch::empty({std::min<int64_t>(capacity_, 2 * size_), rows_.size(1)}, rows_.options());
            bigger.narrow(0, 0, size_).copy_(rows_);
            rows_ = bigger;
        }
        rows_[size_++].copy_(v);
    }
    torch::Tensor matrix() const { return rows_.narrow(0, 0, size_); }
    // Removes the components along every basis vector, twice ("twice is enough").
    void orthogonalise(torch::Tensor& w) const
    {
        const auto Q = matrix();
        for (int pass = 0; pass < 2; ++pass)
            w.sub_(torch::mv(Q.t(), torch::mv(Q, w)));
    }

private:
    int capacity_;
    int64_t size_ = 0;
    torch::Tensor rows_;
};

struct RitzPairs {
    torch::Tensor values;             // ascending
    torch::Tensor vectors;            // eigenvectors of T (columns)
    std::vector<int64_t> byMagnitude; // indices, decreasing |θ|
    std::vector<double> estimates;    // ‖H·y − θ·y‖ = β_m·|s_m| for each pair (exact arithmetic)
};

RitzPairs ritzPairs(const std::vector<double>& alpha, const std::vector<double>& beta, double lastBeta)
{
    const int64_t m = int64_t(alpha.size());
    auto T = torch::diag(torch::tensor(alpha, torch::kFloat64));
    if (m > 1) {
        auto off = torch::tensor(beta, torch::kFloat64);
        T += torch::diag(off, 1) + torch::diag(off, -1);
    }
    RitzPairs p;
    std::tie(p.values, p.vectors) = torch::linalg::eigh(T, "L");
    p.values = p.values.contiguous();
    auto last = p.vectors.select(0, m - 1).contiguous();
    const double* t = p.values.data_ptr<double>();
    const double* s = last.data_ptr<double>();
    p.byMagnitude.resize(std::size_t(m));
    std::iota(p.byMagnitude.begin(), p.byMagnitude.end(), 0);
    std::stable_sort(p.byMagnitude.begin(), p.byMagnitude.end(),
                     [&](int64_t a, int64_t b) { return std::abs(t[a]) > std::abs(t[b]); });
    for (int64_t i = 0; i < m; ++i)
        p.estimates.push_back(lastBeta * std::abs(s[i]));
    return p;
}
} // namespace

EigenResult lanczosHessianEigenvalues(Objective& objective, const EigenOptions& o, Feedback* feedback)
{
    HessianVectorProduct hvp(objective, o.subset);
    const int64_t n = hvp.dim();
    checkEigenOptions(o, n);
    const int cap = int(std::min<int64_t>(n, o.maxSteps > 0 ? o.maxSteps : std::max(100, 20 * o.k)));
    auto gen = at::make_generator<at::CPUGeneratorImpl>(o.seed);
    KrylovBasis basis(n, cap, hvp.device());
    std::vector<double> alpha, beta; // T's diagonal and off-diagonal (0 where a new start vector began)
    EigenResult r;
    r.dim = n;
    r.history.resize(std::size_t(o.k));
    auto v = torch::randn({n}, gen, torch::kFloat64).to(hvp.device());
    v.div_(v.norm().item<double>());
    double scale = 0.0; // running estimate of ‖H‖ for the invariant-subspace test
    RitzPairs ritz;
    int steps = 0;
    double threshold = 0.0;
    bool finite = true;
    for (int j = 0; j < cap; ++j) {
        if (feedback) {
            feedback->throwIfCancelled();
            feedback->setProgress(double(j) / double(cap + (o.residuals ? o.k : 0)));
        }
        basis.push(v);
        auto w = hvp.apply(v);
        const double a = torch::dot(w, v).item<double>();
        alpha.push_back(a);
        basis.orthogonalise(w);
        double b = w.norm().item<double>();
        steps = j + 1;
        if (!std::isfinite(a) || !std::isfinite(b)) { // the loss or its derivatives are not finite
            finite = false;
            break;
        }
        scale = std::max(scale, std::abs(a) + b);
        // β ≈ 0: the Krylov space is invariant, its Ritz pairs are exact.
        const bool invariant = !(b > 1e-10 * std::max(scale, 1e-300));
        if (invariant)
            b = 0.0;
        const bool last = steps == cap;
        if (steps >= o.k && (steps <= kCheckEveryStepUpTo || steps % kCheckEvery == 0 || invariant || last)) {
            ritz = ritzPairs(alpha, beta, b);
            const double* t = ritz.values.data_ptr<double>();
            for (int i = 0; i < o.k; ++i)
                r.history[std::size_t(i)].push_back(t[ritz.byMagnitude[std::size_t(i)]]);
            threshold = o.tolerance * std::abs(t[ritz.byMagnitude.front()]);
            // The wanted pairs, and both ends of the spectrum (so a dominant eigenvalue at the
            // other end cannot still be on its way out).
            std::vector<int64_t> watched(ritz.byMagnitude.begin(), ritz.byMagnitude.begin() + o.k);
            watched.push_back(0);
            watched.push_back(steps - 1);
            const bool converged = std::all_of(watched.begin(), watched.end(),
                                               [&](int64_t i) { return ritz.estimates[std::size_t(i)] <= threshold; });
            // On an invariant subspace go on: a start vector sees one direction per eigenspace,
            // so a repeated eigenvalue shows up only after the restart.
            if (converged && !invariant)
                break;
        }
        if (last)
            break;
        if (invariant) { // continue from a fresh direction orthogonal to the Krylov space
            w = torch::randn({n}, gen, torch::kFloat64).to(hvp.device());
            basis.orthogonalise(w);
            beta.push_back(0.0);
            v = w / w.norm().item<double>();
        } else {
            beta.push_back(b);
            v = w / b;
        }
    }
    r.hessianVectorProducts = hvp.count();
    if (!finite) {
        for (int i = 0; i < o.k; ++i) {
            r.eigenvalues.push_back(NAN);
            r.eigenvectors.push_back(torch::full({n}, NAN, torch::TensorOptions(torch::kFloat64).device(hvp.device())));
            r.iterations.push_back(steps);
            r.converged.push_back(false);
            r.residuals.push_back(NAN);
        }
        return r;
    }
    const auto Q = basis.matrix();
    const double* t = ritz.values.data_ptr<double>();
    for (int i = 0; i < o.k; ++i) {
        const int64_t idx = ritz.byMagnitude[std::size_t(i)];
        // T's eigenvectors are on the CPU, the Krylov basis where the products are.
        auto y = torch::mv(Q.t(), ritz.vectors.select(1, idx).contiguous().to(Q.device()));
        y.div_(y.norm().item<double>());
        const double lambda = t[idx];
        bool converged = ritz.estimates[std::size_t(idx)] <= threshold;
        if (o.residuals) {
            if (feedback) {
                feedback->throwIfCancelled();
                feedback->setProgress(double(cap + i) / double(cap + o.k));
            }
            const double res = (hvp.apply(y) - lambda * y).norm().item<double>();
            r.residuals.push_back(res);
            converged = converged && res <= threshold;
        } else {
            r.residuals.push_back(NAN);
        }
        r.eigenvalues.push_back(lambda);
        r.eigenvectors.push_back(y);
        r.iterations.push_back(steps);
        r.converged.push_back(converged);
    }
    r.hessianVectorProducts = hvp.count();
    if (feedback)
        feedback->setProgress(1.0);
    return r;
}

} // namespace ts
