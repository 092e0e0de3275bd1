#include "core/landscape/MlpPlane.h"

#include "core/models/Model.h"

#include <torch/torch.h>

namespace ts {

MlpPlane::MlpPlane(const Model& model, const Split& split, LossKind kind, const PlaneDirections& directions)
    : poly_(model, directions, model.params()[0].scalar_type()), kind_(kind), targets_(split.targets)
{
    torch::NoGradGuard guard;
    const bool tokens = model.spec().has("vocab");
    activation_ = model.spec().getString("activation", "relu");
    scalarOutput_ = model.spec().getBool("scalar_output", false);
    firstLayer_ = tokens ? 1 : 0;
    layers_ = (model.params().size() - firstLayer_) / 2;
    const int64_t n = split.inputs.size(0);
    const auto& W = poly_.param(firstLayer_);
    const auto& bias = poly_.param(firstLayer_ + 1);
    Linear3 wt = {W[0].t(), W[1].t(), W[2].t()};
    if (tokens) {
        Linear3 x;
        for (int k = 0; k < 3; ++k)
            x[k] = poly_.param(0)[k].index_select(0, split.inputs.reshape({-1})).reshape({n, -1});
        first_ = poly_.product(x, wt, [](const torch::Tensor& u, const torch::Tensor& v) { return torch::mm(u, v); });
        quadratic_ = true;
    } else {
        const auto x = split.inputs.flatten(1).to(torch::kFloat64); // image inputs [n, C, H, W] as rows
        first_ = torch::stack({torch::mm(x, wt[0]), torch::mm(x, wt[1]), torch::mm(x, wt[2])});
    }
    for (int k = 0; k < 3; ++k)
        first_[k] += bias[k]; // the bias is linear in (a, b): constant, a and b terms
    first_ = first_.to(poly_.dtype());
    int64_t widest = first_.size(2);
    for (std::size_t i = 1; i < layers_; ++i)
        widest = std::max(widest, model.params()[firstLayer_ + 2 * i].size(0));
    batch_ = std::clamp<int64_t>((int64_t(1) << 23) / std::max<int64_t>(1, n * widest), 1, 256);
}

torch::Tensor MlpPlane::activate(const torch::Tensor& x) const
{
    if (activation_ == "tanh")
        return torch::tanh(x);
    if (activation_ == "gelu")
        return torch::gelu(x);
    return torch::relu(x);
}

std::vector<PointValues> MlpPlane::evaluate(const std::vector<double>& a, const std::vector<double>& b)
{
    torch::NoGradGuard guard;
    std::vector<PointValues> out;
    for (std::size_t start = 0; start < a.size(); start += std::size_t(batch_)) {
        const std::size_t end = std::min(a.size(), start + std::size_t(batch_));
        std::vector<double> as(a.begin() + long(start), a.begin() + long(end)), bs;
        if (!b.empty())
            bs.assign(b.begin() + long(start), b.begin() + long(end));
        const auto lin = poly_.linearBasis(as, bs);
        auto x = poly_.at(first_, quadratic_ ? poly_.quadraticBasis(as, bs) : lin); // [P, n, w0]
        for (std::size_t i = 1; i < layers_; ++i) {
            const auto W = poly_.paramAt(firstLayer_ + 2 * i, lin);         // [P, out, in]
            const auto bias = poly_.paramAt(firstLayer_ + 2 * i + 1, lin);  // [P, out]
            x = torch::baddbmm(bias.unsqueeze(1), activate(x), W.transpose(1, 2));
        }
        auto v = batchedLossAndAccuracy(kind_, scalarOutput_ ? x.squeeze(2) : x, targets_);
        out.insert(out.end(), v.begin(), v.end());
    }
    return out;
}

} // namespace ts
