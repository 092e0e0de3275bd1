#include "core/influence/ExampleGradients.h"

#include "core/Feedback.h"
#include "core/models/Model.h"

#include <torch/torch.h>

#include <algorithm>
#include <chrono>

namespace ts {

namespace {
void report(Feedback* feedback, double from, double to, double fraction)
{
    if (!feedback)
        return;
    feedback->throwIfCancelled();
    feedback->setProgress(from + (to - from) * fraction);
}
} // namespace

torch::Tensor perExampleLosses(LossKind kind, const torch::Tensor& outputs, const torch::Tensor& targets)
{
    namespace F = torch::nn::functional;
    switch (kind) {
    case LossKind::CrossEntropy:
        return F::cross_entropy(outputs, targets, F::CrossEntropyFuncOptions().reduction(torch::kNone));
    case LossKind::Logistic: return F::softplus(-targets * outputs);
    case LossKind::Mse: return (outputs - targets).pow(2);
    }
    return {};
}

std::vector<torch::Tensor> exampleGradient(Model& model, const Split& split, int64_t row, LossKind kind,
                                           const torch::Tensor& targets)
{
    const auto& y = targets.defined() ? targets : split.targets;
    torch::AutoGradMode enable(true);
    auto out = model.forward(split.inputs.slice(0, row, row + 1));
    auto loss = perExampleLosses(kind, out, y.slice(0, row, row + 1)).sum();
    auto grads = torch::autograd::grad({loss}, model.params(), {}, false, false, true);
    for (std::size_t p = 0; p < grads.size(); ++p)
        grads[p] = grads[p].defined() ? grads[p].detach() : torch::zeros_like(model.params()[p]);
    return grads;
}

void forEachExampleGradient(Model& model, const Split& split, LossKind kind,
                            const std::function<void(int64_t, const std::vector<torch::Tensor>&)>& visit,
                            Feedback* feedback, double from, double to, const torch::Tensor& targets)
{
    const int64_t n = split.inputs.size(0);
    auto last = std::chrono::steady_clock::now();
    for (int64_t i = 0; i < n; ++i) {
        // Polled by time: a row can take from microseconds to tens of milliseconds.
        if (const auto now = std::chrono::steady_clock::now(); now - last > std::chrono::milliseconds(100)) {
            report(feedback, from, to, double(i) / double(n));
            last = now;
        }
        visit(i, exampleGradient(model, split, i, kind, targets));
    }
    report(feedback, from, to, 1.0);
}

torch::Tensor gradientDots(Model& model, const Split& split, LossKind kind, const std::vector<torch::Tensor>& v,
                           int64_t chunk, Feedback* feedback, double from, double to)
{
    torch::AutoGradMode enable(true);
    const int64_t n = split.inputs.size(0);
    chunk = std::max<int64_t>(1, chunk);
    auto& params = model.params();
    std::vector<torch::Tensor> vs;
    for (std::size_t p = 0; p < params.size(); ++p)
        vs.push_back(v[p].to(params[p].device(), params[p].scalar_type()));
    auto dots = torch::zeros({n}, torch::kFloat64);
    for (int64_t start = 0; start < n; start += chunk) {
        const int64_t end = std::min(n, start + chunk);
        auto out = model.forward(split.inputs.slice(0, start, end));
        auto losses = perExampleLosses(kind, out, split.targets.slice(0, start, end));
        auto u = torch::ones({end - start}, losses.options()).requires_grad_(true);
        auto g = torch::autograd::grad({(losses * u).sum()}, params, {}, true, true, true);
        torch::Tensor s;
        for (std::size_t p = 0; p < g.size(); ++p) {
            if (!g[p].defined())
                continue;
            auto term = (g[p] * vs[p]).sum();
            s = s.defined() ? s + term : term;
        }
        if (s.defined() && s.requires_grad()) {
            auto d = torch::autograd::grad({s}, {u}, {}, false, false, true)[0];
            if (d.defined())
                dots.slice(0, start, end).copy_(d.detach().to(torch::kCPU, torch::kFloat64));
        }
        report(feedback, from, to, double(end) / double(n));
    }
    return dots;
}

double dotAll(const std::vector<torch::Tensor>& a, const std::vector<torch::Tensor>& b)
{
    double s = 0.0;
    for (std::size_t p = 0; p < a.size(); ++p)
        s += (a[p].to(torch::kFloat64) * b[p].to(a[p].device(), torch::kFloat64)).sum().item<double>();
    return s;
}

} // namespace ts
