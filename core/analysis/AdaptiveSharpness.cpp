#include "core/analysis/AdaptiveSharpness.h"

#include "core/Error.h"
#include "core/Feedback.h"

#include <ATen/CPUGeneratorImpl.h>
#include <torch/torch.h>

#include <cmath>

namespace ts {

namespace {
void validate(const SharpnessOptions& o)
{
    if (!(o.rho >= 0.0) || !std::isfinite(o.rho))
        throw ConfigError("the sharpness radius rho must be finite and >= 0");
    if (o.samples < 1)
        throw ConfigError("average-case sharpness needs at least one noise sample");
    if (o.steps < 1)
        throw ConfigError("worst-case sharpness needs at least one ascent step");
    if (!(o.stepSize >= 0.0) || !std::isfinite(o.stepSize))
        throw ConfigError("the ascent step size must be finite and >= 0 (0 = 2·rho/steps)");
}

// The perturbation point w + δ with δ = c ⊙ u (flat, float64), written into the parameters.
void setPerturbed(Objective& obj, const std::vector<std::size_t>& subset, const std::vector<torch::Tensor>& saved,
                  const torch::Tensor& delta)
{
    torch::NoGradGuard guard;
    int64_t offset = 0;
    for (std::size_t k = 0; k < subset.size(); ++k) {
        auto p = obj.parameters()[subset[k]].detach();
        const int64_t n = p.numel();
        auto d = delta.slice(0, offset, offset + n).view(p.sizes());
        p.copy_(saved[k].to(torch::kFloat64).add(d));
        offset += n;
    }
}

double lossNoGrad(Objective& obj)
{
    torch::NoGradGuard guard;
    return obj.loss().item<double>();
}

torch::Tensor scaleVector(Objective& obj, const std::vector<std::size_t>& subset, bool adaptive)
{
    if (adaptive)
        return flatSubset(obj, subset).abs();
    return torch::ones({subsetNumel(obj, subset)}, obj.parameters()[subset.front()].options().dtype(torch::kFloat64));
}
} // namespace

AverageSharpnessResult averageCaseSharpness(Objective& objective, const SharpnessOptions& o, Feedback* feedback)
{
    validate(o);
    const auto subset = resolveSubset(objective, o.subset);
    ParameterRestorer restorer(objective, subset);
    const auto c = scaleVector(objective, subset, o.adaptive);
    const int64_t n = c.numel();
    auto gen = at::make_generator<at::CPUGeneratorImpl>(o.seed);
    AverageSharpnessResult r;
    r.baseLoss = lossNoGrad(objective);
    double mean = 0.0, m2 = 0.0;
    for (int64_t s = 1; s <= o.samples; ++s) {
        if (feedback) {
            feedback->throwIfCancelled();
            feedback->setProgress(double(s - 1) / double(o.samples));
        }
        auto delta = torch::randn({n}, gen, torch::kFloat64).to(c.device()).mul_(c).mul_(o.rho);
        setPerturbed(objective, subset, restorer.saved(), delta);
        const double x = lossNoGrad(objective) - r.baseLoss;
        r.values.push_back(x);
        const double d = x - mean;
        mean += d / double(s);
        m2 += d * (x - mean);
        r.samples = s;
    }
    restorer.restore();
    r.value = mean;
    r.standardError = r.samples > 1 ? std::sqrt(m2 / double(r.samples - 1) / double(r.samples)) : 0.0;
    if (feedback)
        feedback->setProgress(1.0);
    return r;
}

WorstSharpnessResult worstCaseSharpness(Objective& objective, const SharpnessOptions& o, Feedback* feedback)
{
    validate(o);
    const auto subset = resolveSubset(objective, o.subset);
    ParameterRestorer restorer(objective, subset);
    const auto c = scaleVector(objective, subset, o.adaptive);
    const int64_t n = c.numel();
    const double eta = o.stepSize > 0.0 ? o.stepSize : 2.0 * o.rho / o.steps;
    const bool l2 = o.norm == SharpnessNorm::L2;
    auto gen = at::make_generator<at::CPUGeneratorImpl>(o.seed);
    std::vector<torch::Tensor> inputs;
    for (std::size_t i : subset)
        inputs.push_back(objective.parameters()[i]);

    auto project = [&](torch::Tensor& u) {
        if (l2) {
            const double norm = u.norm().item<double>();
            if (norm > o.rho)
                u.mul_(o.rho / norm);
        } else {
            u.clamp_(-o.rho, o.rho);
        }
    };
    auto pnorm = [&](const torch::Tensor& u) {
        return l2 ? u.norm().item<double>() : u.abs().max().item<double>();
    };
    // L(w + c⊙u) − L(w) and its gradient with respect to u (= c ⊙ ∇L).
    auto evaluate = [&](const torch::Tensor& u, torch::Tensor* gradU) {
        setPerturbed(objective, subset, restorer.saved(), c * u);
        torch::AutoGradMode enable(true);
        auto loss = objective.loss();
        const double v = loss.item<double>();
        if (gradU) {
            if (loss.requires_grad()) {
                auto g = torch::autograd::grad({loss}, inputs, {}, false, false, true);
                *gradU = flattenTensors(objective, subset, g).mul_(c);
            } else {
                *gradU = torch::zeros({n}, c.options());
            }
        }
        return v;
    };

    WorstSharpnessResult r;
    r.baseLoss = lossNoGrad(objective);
    // Random start of one step's length (so that a stationary w, e.g. a minimum, is left).
    torch::Tensor u;
    if (l2) {
        u = torch::randn({n}, gen, torch::kFloat64).to(c.device());
        const double norm = u.norm().item<double>();
        u.mul_(norm > 0.0 ? std::min(eta, o.rho) / norm : 0.0);
    } else {
        u = torch::rand({n}, gen, torch::kFloat64).to(c.device()).mul_(2.0).sub_(1.0).mul_(std::min(eta, o.rho));
    }
    project(u);
    torch::Tensor g;
    double value = evaluate(u, &g) - r.baseLoss;
    r.history.push_back(value);
    r.value = value;
    r.perturbationNorm = pnorm(u);
    for (int t = 1; t <= o.steps; ++t) {
        if (feedback) {
            feedback->throwIfCancelled();
            feedback->setProgress(double(t - 1) / double(o.steps));
        }
        if (l2) {
            const double gn = g.norm().item<double>();
            if (gn > 0.0 && std::isfinite(gn))
                u.add_(g, eta / gn);
        } else {
            u.add_(g.sign(), eta);
        }
        project(u);
        value = evaluate(u, &g) - r.baseLoss;
        r.history.push_back(value);
        r.steps = t;
        if (value > r.value || std::isnan(r.value)) {
            r.value = value;
            r.perturbationNorm = pnorm(u);
        }
    }
    restorer.restore();
    if (feedback)
        feedback->setProgress(1.0);
    return r;
}

} // namespace ts
