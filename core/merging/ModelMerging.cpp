#include "core/merging/ModelMerging.h"

#include "core/Error.h"

#include <ATen/CPUGeneratorImpl.h>
#include <torch/torch.h>

#include <cmath>

namespace ts {

namespace {

torch::Tensor wide(const torch::Tensor& t) { return t.detach().to(torch::kFloat64).reshape({-1}); }

void requireVectors(const std::vector<torch::Tensor>& ts, const torch::Tensor* base, const char* what)
{
    if (ts.empty())
        throw ConfigError(std::string(what) + " needs at least one input");
    const int64_t n = base ? base->numel() : ts.front().numel();
    for (const auto& t : ts)
        if (!t.defined() || t.numel() != n)
            throw ConfigError(std::string(what) + ": the inputs have different numbers of parameters");
}

std::vector<torch::Tensor> scaled(const std::vector<torch::Tensor>& taus, const std::vector<double>& weights)
{
    const auto w = mergeWeights(weights, taus.size(), false);
    std::vector<torch::Tensor> out;
    for (std::size_t i = 0; i < taus.size(); ++i)
        out.push_back(wide(taus[i]) * w[i]);
    return out;
}

} // namespace

torch::Tensor taskVector(const torch::Tensor& theta, const torch::Tensor& base)
{
    if (theta.numel() != base.numel())
        throw ConfigError("a task vector needs a checkpoint and a base of the same size");
    return (wide(theta) - wide(base)).to(torch::kFloat32);
}

torch::Tensor weightedAverage(const std::vector<torch::Tensor>& thetas, const std::vector<double>& weights)
{
    torch::NoGradGuard guard;
    requireVectors(thetas, nullptr, "an average");
    const auto w = mergeWeights(weights, thetas.size(), true);
    auto sum = torch::zeros_like(wide(thetas.front()));
    for (std::size_t i = 0; i < thetas.size(); ++i)
        sum += wide(thetas[i]) * w[i];
    return sum.to(torch::kFloat32);
}

torch::Tensor taskArithmetic(const torch::Tensor& base, const std::vector<torch::Tensor>& taus, double lambda,
                             const std::vector<double>& weights)
{
    torch::NoGradGuard guard;
    requireVectors(taus, &base, "task arithmetic");
    auto sum = torch::zeros_like(wide(base));
    for (const auto& t : scaled(taus, weights))
        sum += t;
    return (wide(base) + lambda * sum).to(torch::kFloat32);
}

torch::Tensor trimTopMagnitude(const torch::Tensor& tau, double keep)
{
    torch::NoGradGuard guard;
    if (!(keep > 0 && keep <= 1))
        throw ConfigError("the TIES trim fraction (entries kept) must be in (0, 1]");
    const auto t = tau.detach().reshape({-1});
    const int64_t n = t.numel();
    const auto k = std::min<int64_t>(n, std::llround(keep * double(n)));
    if (k >= n)
        return t.clone();
    auto out = torch::zeros_like(t);
    if (k == 0)
        return out;
    const auto idx = std::get<1>(t.abs().topk(k, 0, /*largest=*/true, /*sorted=*/false));
    out.index_copy_(0, idx, t.index_select(0, idx));
    return out;
}

torch::Tensor tiesTaskVector(const std::vector<torch::Tensor>& taus, double keep)
{
    torch::NoGradGuard guard;
    requireVectors(taus, nullptr, "TIES");
    std::vector<torch::Tensor> trimmed;
    for (const auto& t : taus)
        trimmed.push_back(trimTopMagnitude(wide(t), keep));
    const auto stacked = torch::stack(trimmed); // [tasks, p]
    const auto elected = torch::sign(stacked.sum(0));
    // An entry agrees when its sign equals the elected one; zeros (sign 0) agree with nothing,
    // and a coordinate whose elected sign is 0 gets no entries.
    const auto agree = (torch::sign(stacked) == elected.unsqueeze(0)) & (stacked != 0);
    const auto kept = torch::where(agree, stacked, torch::zeros_like(stacked));
    const auto count = agree.sum(0).to(torch::kFloat64).clamp_min(1.0);
    return (kept.sum(0) / count).to(torch::kFloat32);
}

torch::Tensor tiesMerge(const torch::Tensor& base, const std::vector<torch::Tensor>& taus, double lambda, double keep,
                        const std::vector<double>& weights)
{
    torch::NoGradGuard guard;
    requireVectors(taus, &base, "TIES");
    const auto merged = tiesTaskVector(scaled(taus, weights), keep);
    return (wide(base) + lambda * wide(merged)).to(torch::kFloat32);
}

torch::Tensor dropAndRescale(const torch::Tensor& tau, double p, at::Generator& generator)
{
    torch::NoGradGuard guard;
    if (!(p >= 0 && p < 1))
        throw ConfigError("the DARE drop rate must be in [0, 1)");
    const auto t = tau.detach().reshape({-1});
    const auto u = torch::rand({t.numel()}, generator, torch::TensorOptions().dtype(torch::kFloat64));
    const auto keepMask = (u >= p).to(t.device());
    return torch::where(keepMask, t / (1.0 - p), torch::zeros_like(t));
}

torch::Tensor dareMerge(const torch::Tensor& base, const std::vector<torch::Tensor>& taus, double lambda, double p,
                        uint64_t seed, const std::vector<double>& weights, bool ties, double keep)
{
    torch::NoGradGuard guard;
    requireVectors(taus, &base, "DARE");
    auto generator = at::make_generator<at::CPUGeneratorImpl>(seed);
    std::vector<torch::Tensor> rescaled;
    for (const auto& t : scaled(taus, weights))
        rescaled.push_back(dropAndRescale(t, p, generator));
    if (ties)
        return (wide(base) + lambda * wide(tiesTaskVector(rescaled, keep))).to(torch::kFloat32);
    return taskArithmetic(base, rescaled, lambda);
}

torch::Tensor mergeParameters(const torch::Tensor& base, const std::vector<torch::Tensor>& thetas,
                              const MergeOptions& o)
{
    o.validate(thetas.size());
    if (o.method == MergeMethod::Average)
        return weightedAverage(thetas, o.weights);
    std::vector<torch::Tensor> taus;
    for (const auto& t : thetas)
        taus.push_back(taskVector(t, base));
    switch (o.method) {
    case MergeMethod::TaskArithmetic: return taskArithmetic(base, taus, o.lambda, o.weights);
    case MergeMethod::Ties: return tiesMerge(base, taus, o.lambda, o.trim, o.weights);
    case MergeMethod::Dare: return dareMerge(base, taus, o.lambda, o.drop, o.seed, o.weights, o.dareTies, o.trim);
    case MergeMethod::Average: break;
    }
    return weightedAverage(thetas, o.weights);
}

std::vector<torch::Tensor> mergeBuffers(const std::vector<std::vector<torch::Tensor>>& buffers,
                                        const std::vector<double>& weights)
{
    torch::NoGradGuard guard;
    std::vector<torch::Tensor> out;
    if (buffers.empty() || buffers.front().empty())
        return out;
    const auto w = mergeWeights(weights, buffers.size(), true);
    for (const auto& list : buffers)
        if (list.size() != buffers.front().size())
            throw ConfigError("the inputs have different numbers of buffers");
    for (std::size_t b = 0; b < buffers.front().size(); ++b) {
        const auto& first = buffers.front()[b];
        if (!first.is_floating_point()) {
            out.push_back(first.clone());
            continue;
        }
        auto sum = torch::zeros_like(first, torch::kFloat64);
        for (std::size_t i = 0; i < buffers.size(); ++i) {
            if (buffers[i][b].sizes() != first.sizes())
                throw ConfigError("the inputs' buffers have different shapes");
            sum += buffers[i][b].to(torch::kFloat64) * w[i];
        }
        out.push_back(sum.to(first.scalar_type()));
    }
    return out;
}

} // namespace ts
