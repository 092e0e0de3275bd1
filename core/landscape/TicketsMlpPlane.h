#pragma once
// Fast exact plane evaluation of the grokking MLP (TicketsMlp, cross-entropy):
//   z = (W_E[:, a] + W_E[:, b])ᵀ W_in   — embedding sum times W_in: quadratic in (a, b)
//   logits = ReLU(z) · (W_out W_U)       — W_out W_U: quadratic in (a, b)
// Both coefficient sets are computed once for the split; a batch of points then costs one
// [P,6]×[6,n·h] product, a ReLU and one batched [n,h]×[h,p] product per point.
#include "core/landscape/PlaneEvaluator.h"
#include "core/landscape/PlanePolynomial.h"

namespace ts {

class TicketsMlpPlane : public PlaneEvaluator {
public:
    TicketsMlpPlane(const Model& model, const Split& split, const PlaneDirections& directions);
    std::vector<PointValues> evaluate(const std::vector<double>& a, const std::vector<double>& b) override;
    int64_t batchSize() const override { return batch_; }
    std::string method() const override { return "tickets_mlp plane polynomial"; }

private:
    PlanePolynomial poly_;
    torch::Tensor z_;       // [6, n, h]
    torch::Tensor m_;       // [6, h, out]
    torch::Tensor targets_; // [n]
    int64_t batch_ = 1;
};

} // namespace ts
