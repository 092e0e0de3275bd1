#include "core/grokking/GradientCoherence.h"

#include "core/Error.h"
#include "core/train/Loss.h"

#include <torch/torch.h>

#include <cmath>
#include <limits>

namespace ts {

double mCoherence(const std::vector<torch::Tensor>& grads)
{
    if (grads.empty())
        throw ConfigError("m-coherence of no gradients");
    const int64_t n = grads[0].numel();
    torch::Tensor sum = torch::zeros({n}, grads[0].options().dtype(torch::kFloat64));
    double sumSq = 0.0;
    for (const auto& g : grads) {
        if (g.numel() != n)
            throw ConfigError("m-coherence: gradients of different sizes");
        auto v = g.detach().reshape({-1}).to(torch::kFloat64);
        sum.add_(v);
        sumSq += v.dot(v).item<double>();
    }
    if (sumSq == 0.0)
        return std::numeric_limits<double>::quiet_NaN();
    return sum.dot(sum).item<double>() / sumSq;
}

double pairwiseCoherence(const std::vector<torch::Tensor>& grads)
{
    if (grads.empty())
        throw ConfigError("m-coherence of no gradients");
    std::vector<torch::Tensor> v;
    for (const auto& g : grads)
        v.push_back(g.detach().reshape({-1}).to(torch::kFloat64));
    double num = 0.0, den = 0.0;
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (v[i].numel() != v[0].numel())
            throw ConfigError("m-coherence: gradients of different sizes");
        den += v[i].dot(v[i]).item<double>();
        for (std::size_t j = 0; j < v.size(); ++j)
            num += v[i].dot(v[j]).item<double>();
    }
    if (den == 0.0)
        return std::numeric_limits<double>::quiet_NaN();
    return num / den;
}

CoherenceResult gradientCoherence(Model& model, const Split& split, LossKind loss, int64_t m,
                                  const std::vector<ParamGroup>& groups)
{
    const int64_t n = split.inputs.size(0);
    if (m < 1)
        throw ConfigError("gradient coherence needs at least one sample");
    if (n < 1)
        throw ConfigError("gradient coherence: split '" + split.name + "' is empty");
    m = std::min(m, n);
    auto& params = model.params();
    const std::size_t P = params.size();
    std::vector<torch::Tensor> sum(P);
    std::vector<double> sumSq(P, 0.0);
    for (std::size_t p = 0; p < P; ++p)
        sum[p] = torch::zeros({params[p].numel()}, params[p].options().dtype(torch::kFloat64));
    for (int64_t i = 0; i < m; ++i) {
        const int64_t idx = i * n / m;
        auto x = split.inputs.slice(0, idx, idx + 1);
        auto y = split.targets.slice(0, idx, idx + 1);
        auto l = computeLoss(loss, model.forward(x), y);
        auto g = torch::autograd::grad({l}, params, /*grad_outputs=*/{}, /*retain_graph=*/false,
                                       /*create_graph=*/false, /*allow_unused=*/true);
        for (std::size_t p = 0; p < P; ++p) {
            if (!g[p].defined())
                continue;
            auto v = g[p].reshape({-1}).to(torch::kFloat64);
            sum[p].add_(v);
            sumSq[p] += v.dot(v).item<double>();
        }
    }
    auto ratio = [&](const std::vector<std::size_t>& which) {
        double num = 0.0, den = 0.0;
        for (auto p : which) {
            num += sum[p].dot(sum[p]).item<double>();
            den += sumSq[p];
        }
        return den == 0.0 ? std::numeric_limits<double>::quiet_NaN() : num / den;
    };
    CoherenceResult r;
    r.samples = m;
    std::vector<std::size_t> all(P);
    for (std::size_t p = 0; p < P; ++p)
        all[p] = p;
    r.total = ratio(all);
    for (const auto& grp : groups)
        r.perGroup.push_back(ratio(grp.params));
    return r;
}

} // namespace ts
