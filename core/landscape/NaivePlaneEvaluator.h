#pragma once
// The reference method (Li et al.'s procedure): for each point, set the model's parameters
// to θ(a, b) and evaluate the split. Works for any model; the fast evaluators are tested
// against it.
#include "core/analysis/ModelStateGuard.h"
#include "core/landscape/PlaneEvaluator.h"

#include <array>

namespace ts {

class NaivePlaneEvaluator : public PlaneEvaluator {
public:
    NaivePlaneEvaluator(Model& model, const Split& split, LossKind kind, const PlaneDirections& directions);
    // The model's parameters, buffers and mode are restored when the evaluator goes.
    std::vector<PointValues> evaluate(const std::vector<double>& a, const std::vector<double>& b) override;
    std::string method() const override { return "naive"; }
    // Sets the model's parameters to θ(a, b), as evaluate does for each point.
    void setPoint(double a, double b);
    // --bn recompute: fresh BatchNorm statistics at every point, from these inputs.
    void recomputeBuffersFrom(torch::Tensor inputs, int64_t batchSize);

private:
    Model& model_;
    ModelStateGuard restore_;
    const Split& split_;
    LossKind kind_;
    torch::Tensor recomputeInputs_;
    int64_t recomputeBatch_ = 128;
    std::vector<std::array<torch::Tensor, 3>> coeffs_; // float64 per parameter
};

} // namespace ts
