#include "core/landscape/TransformerPlane.h"

#include "core/models/Model.h"

#include <torch/torch.h>

#include <cmath>

namespace ts {

namespace {
// x [n, T', d] times W [H, d, dh] → [n, H, T', dh] without materialising W per sample.
torch::Tensor headProject(const torch::Tensor& x, const torch::Tensor& w)
{
    const int64_t n = x.size(0), t = x.size(1), d = x.size(2), h = w.size(0), dh = w.size(2);
    return torch::mm(x.reshape({n * t, d}), w.permute({1, 0, 2}).reshape({d, h * dh}))
        .view({n, t, h, dh})
        .permute({0, 2, 1, 3});
}
} // namespace

TransformerPlane::TransformerPlane(const Model& model, const Split& split, const PlaneDirections& directions)
    : poly_(model, directions, model.params()[0].scalar_type()), targets_(split.targets)
{
    torch::NoGradGuard guard;
    const auto& p = model.params();
    layers_ = int64_t(p.size() - 3) / 8;
    T_ = p[1].size(0);
    d_ = p[0].size(1);
    heads_ = p[2].size(0);
    dh_ = p[2].size(2);
    n_ = split.inputs.size(0);
    const int64_t eqToken = p[0].size(0) - 1;
    auto tokens =
        torch::cat({split.inputs, torch::full({n_, 1}, eqToken, split.inputs.options().dtype(torch::kInt64))}, 1)
            .reshape({-1});
    Linear3 x;
    for (int k = 0; k < 3; ++k)
        x[k] = poly_.param(0)[k].index_select(0, tokens).view({n_, T_, d_}) + poly_.param(1)[k];
    x_ = poly_.stack(x);
    Linear3 xq = x;
    if (layers_ == 1)
        for (auto& t : xq)
            t = t.slice(1, T_ - 1, T_);
    q_ = poly_.product(xq, poly_.param(2), headProject);
    k_ = poly_.product(x, poly_.param(3), headProject);
    v_ = poly_.product(x, poly_.param(4), headProject);
    // These per-sample coefficients are large: rounded once to the evaluation dtype, they
    // halve the memory traffic per point (17% faster at 1 thread; fast − naive unchanged,
    // under 1e-6 relative on a trained model in float32).
    for (auto* t : {&x_, &q_, &k_, &v_})
        *t = t->to(poly_.dtype());
    causal_ = torch::ones({T_, T_}, torch::TensorOptions(torch::kBool).device(poly_.device())).triu(1);
    const int64_t dMlp = p[6].size(1);
    const int64_t perPoint = n_ * T_ * std::max(d_, dMlp) * 2;
    // Large batches amortise reading the coefficients (float64, [6, n·H·T·dh] each for q, k, v).
    batch_ = std::clamp<int64_t>((int64_t(1) << 26) / std::max<int64_t>(1, perPoint), 1, 64);
}

std::vector<PointValues> TransformerPlane::evaluate(const std::vector<double>& a, const std::vector<double>& b)
{
    std::vector<PointValues> out;
    for (std::size_t start = 0; start < a.size(); start += std::size_t(batch_)) {
        const std::size_t end = std::min(a.size(), start + std::size_t(batch_));
        std::vector<double> as(a.begin() + long(start), a.begin() + long(end)), bs;
        if (!b.empty())
            bs.assign(b.begin() + long(start), b.begin() + long(end));
        auto v = evaluateBatch(as, bs);
        out.insert(out.end(), v.begin(), v.end());
    }
    return out;
}

std::vector<PointValues> TransformerPlane::evaluateBatch(const std::vector<double>& a, const std::vector<double>& b)
{
    torch::NoGradGuard guard;
    const auto lin = poly_.linearBasis(a, b), quad = poly_.quadraticBasis(a, b);
    const int64_t P = lin.size(0), n = n_, T = T_, d = d_, H = heads_, dh = dh_;
    const double scale = 1.0 / std::sqrt(double(dh));
    auto x = poly_.at(x_, lin); // [P, n, T, d]
    std::size_t i = 2;
    for (int64_t l = 0; l < layers_; ++l, i += 8) {
        const bool last = l == layers_ - 1;
        const int64_t Tq = last ? 1 : T;
        torch::Tensor q, k, v; // [P, n, H, T', dh]
        if (l == 0) {
            q = poly_.at(q_, quad);
            k = poly_.at(k_, quad);
            v = poly_.at(v_, quad);
        } else {
            auto project = [&](const torch::Tensor& xs, std::size_t w, int64_t t) {
                auto W = poly_.paramAt(w, lin).permute({0, 2, 1, 3}).reshape({P, d, H * dh});
                return torch::bmm(xs.reshape({P, n * t, d}), W).view({P, n, t, H, dh}).permute({0, 1, 3, 2, 4});
            };
            q = project(last ? x.slice(2, T - 1, T) : x, i, Tq);
            k = project(x, i + 1, T);
            v = project(x, i + 2, T);
        }
        // scores [P, n, H, Tq, T]
        auto scores = torch::matmul(q, k.transpose(-1, -2)) * scale;
        if (!last)
            scores = scores.masked_fill(causal_, -1e30);
        auto z = torch::matmul(torch::softmax(scores, -1), v); // [P, n, H, Tq, dh]
        auto WO = poly_.paramAt(i + 3, lin).reshape({P, H * dh, d});
        auto attn = torch::bmm(z.permute({0, 1, 3, 2, 4}).reshape({P, n * Tq, H * dh}), WO); // [P, n·Tq, d]
        auto resid = (last ? x.slice(2, T - 1, T) : x).reshape({P, n * Tq, d}) + attn;
        auto hidden = torch::baddbmm(poly_.paramAt(i + 5, lin).unsqueeze(1), resid, poly_.paramAt(i + 4, lin)).relu_();
        resid = resid + torch::baddbmm(poly_.paramAt(i + 7, lin).unsqueeze(1), hidden, poly_.paramAt(i + 6, lin));
        x = resid.view({P, n, Tq, d});
    }
    auto logits = torch::bmm(x.select(2, x.size(2) - 1), poly_.paramAt(i, lin)); // [P, n, out]
    return batchedLossAndAccuracy(LossKind::CrossEntropy, logits, targets_);
}

} // namespace ts
