#include "core/landscape/TicketsMlpPlane.h"

#include "core/models/Model.h"

#include <torch/torch.h>

namespace ts {

TicketsMlpPlane::TicketsMlpPlane(const Model& model, const Split& split, const PlaneDirections& directions)
    : poly_(model, directions, model.params()[0].scalar_type()), targets_(split.targets)
{
    torch::NoGradGuard guard;
    const auto& E = poly_.param(0); // W_E [d, p]
    const auto first = split.inputs.select(1, 0), second = split.inputs.select(1, 1);
    Linear3 x;
    for (int k = 0; k < 3; ++k) {
        auto t = E[k].t();
        x[k] = t.index_select(0, first) + t.index_select(0, second); // [n, d]
    }
    auto mm = [](const torch::Tensor& u, const torch::Tensor& v) { return torch::mm(u, v); };
    z_ = poly_.product(x, poly_.param(1), mm);                // [6, n, h]
    m_ = poly_.product(poly_.param(2), poly_.param(3), mm);   // [6, h, out]
    // About 4M elements of logits per batch keeps the working set in cache-friendly sizes.
    const int64_t n = std::max<int64_t>(1, split.inputs.size(0));
    const int64_t width = std::max(z_.size(2), m_.size(2));
    batch_ = std::clamp<int64_t>((int64_t(1) << 22) / (n * width), 1, 256);
}

std::vector<PointValues> TicketsMlpPlane::evaluate(const std::vector<double>& a, const std::vector<double>& b)
{
    torch::NoGradGuard guard;
    std::vector<PointValues> out;
    for (std::size_t start = 0; start < a.size(); start += std::size_t(batch_)) {
        const std::size_t end = std::min(a.size(), start + std::size_t(batch_));
        std::vector<double> as(a.begin() + long(start), a.begin() + long(end)), bs;
        if (!b.empty())
            bs.assign(b.begin() + long(start), b.begin() + long(end));
        const auto basis = poly_.quadraticBasis(as, bs);
        auto h = poly_.at(z_, basis).relu_();       // [P, n, h]
        auto logits = torch::bmm(h, poly_.at(m_, basis)); // [P, n, out]
        auto v = batchedLossAndAccuracy(LossKind::CrossEntropy, logits, targets_);
        out.insert(out.end(), v.begin(), v.end());
    }
    return out;
}

} // namespace ts
