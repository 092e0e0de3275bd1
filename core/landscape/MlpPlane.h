#pragma once
// Fast exact plane evaluation of the built-in Mlp, batched over points. The first layer
// applied to the split's fixed inputs is a polynomial in (a, b): linear for feature inputs
// (X·W(a,b)ᵀ + b(a,b)), quadratic for token inputs (the embedding, linear in (a, b), times the
// first weight matrix). Its coefficients are computed once; the later layers run per point
// with the points stacked into batched products.
#include "core/landscape/PlaneEvaluator.h"
#include "core/landscape/PlanePolynomial.h"

namespace ts {

class MlpPlane : public PlaneEvaluator {
public:
    MlpPlane(const Model& model, const Split& split, LossKind kind, const PlaneDirections& directions);
    std::vector<PointValues> evaluate(const std::vector<double>& a, const std::vector<double>& b) override;
    int64_t batchSize() const override { return batch_; }
    std::string method() const override { return "mlp plane polynomial"; }

private:
    torch::Tensor activate(const torch::Tensor& x) const;

    PlanePolynomial poly_;
    LossKind kind_;
    torch::Tensor targets_;
    torch::Tensor first_;      // [3 or 6, n, width0] first layer's pre-activations
    bool quadratic_ = false;   // token inputs: first_ has 6 coefficients
    std::size_t firstLayer_ = 0, layers_ = 0;
    std::string activation_;
    bool scalarOutput_ = false;
    int64_t batch_ = 1;
};

} // namespace ts
