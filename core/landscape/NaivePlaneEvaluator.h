#pragma once
// The reference method (Li et al.'s procedure): for each point, set the model's parameters
// to θ(a, b) and evaluate the split. Works for any model; the fast evaluators are tested
// against it.
#include "core/landscape/PlaneEvaluator.h"

#include <array>

namespace ts {

class NaivePlaneEvaluator : public PlaneEvaluator {
public:
    NaivePlaneEvaluator(Model& model, const Split& split, LossKind kind, const PlaneDirections& directions);
    ~NaivePlaneEvaluator() override; // restores the model's parameters
    std::vector<PointValues> evaluate(const std::vector<double>& a, const std::vector<double>& b) override;
    std::string method() const override { return "naive"; }
    // --bn recompute: fresh BatchNorm statistics at every point, from these inputs.
    void recomputeBuffersFrom(torch::Tensor inputs, int64_t batchSize);

private:
    Model& model_;
    const Split& split_;
    LossKind kind_;
    std::vector<torch::Tensor> saved_;
    std::vector<torch::Tensor> savedBuffers_;
    torch::Tensor recomputeInputs_;
    int64_t recomputeBatch_ = 128;
    std::vector<std::array<torch::Tensor, 3>> coeffs_; // float64 per parameter
};

} // namespace ts
