#pragma once
// Fast exact plane evaluation of the built-in Transformer (cross-entropy), batched over
// points:
//  - the residual stream's start, W_E[token] + W_pos, is linear in (a, b);
//  - the first layer's queries, keys and values, (W_E[token] + W_pos)·W_{Q,K,V}, are
//    quadratic in (a, b): their coefficients are computed once for the split;
//  - logits are read at the last position only, so the last layer computes its query,
//    attention output and MLP for that position alone (keys and values still see all).
// Everything else runs per point, with the points stacked into batched matrix products.
#include "core/landscape/PlaneEvaluator.h"
#include "core/landscape/PlanePolynomial.h"

namespace ts {

class TransformerPlane : public PlaneEvaluator {
public:
    TransformerPlane(const Model& model, const Split& split, const PlaneDirections& directions);
    std::vector<PointValues> evaluate(const std::vector<double>& a, const std::vector<double>& b) override;
    int64_t batchSize() const override { return batch_; }
    std::string method() const override { return "transformer plane polynomial"; }

private:
    std::vector<PointValues> evaluateBatch(const std::vector<double>& a, const std::vector<double>& b);

    PlanePolynomial poly_;
    torch::Tensor targets_;
    int64_t n_ = 0, T_ = 0, d_ = 0, heads_ = 0, dh_ = 0, layers_ = 0;
    torch::Tensor x_;          // [3, n, T, d] residual stream start
    torch::Tensor q_, k_, v_;  // [6, n, H, Tq, dh] first layer (Tq = 1 when it is the last layer)
    torch::Tensor causal_;     // [T, T]
    int64_t batch_ = 1;
};

} // namespace ts
