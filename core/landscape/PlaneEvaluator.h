#pragma once
// Evaluates a model's loss and accuracy on one data split at points θ(a, b) = θ₀ + a·d1 + b·d2
// of a plane, many points per call. makePlaneEvaluator picks the fastest exact method the
// model has (docs/landscapes.md "Fast path"): built-in models whose first linear maps become
// polynomials in (a, b) along the plane get a batched polynomial evaluator; TorchScript models
// in eval mode a frozen, inference-optimised copy of the module per point (TorchScriptPlane);
// every other model the naive one (set the parameters, evaluate), which the fast ones must
// agree with.
#include "core/landscape/EvaluatorChoice.h"
#include "core/landscape/PlaneDirections.h"
#include "core/tasks/TaskData.h"

#include <limits>
#include <memory>
#include <string>
#include <vector>

namespace ts {

struct PointValues {
    double loss = 0.0;
    double accuracy = 0.0; // fraction
    // Evaluators over K disjoint batches (BatchedPlaneEvaluator): the sample standard
    // deviation of the K batch values, loss and accuracy above being their mean. NaN otherwise.
    double lossStd = std::numeric_limits<double>::quiet_NaN();
    double accuracyStd = std::numeric_limits<double>::quiet_NaN();
};

class PlaneEvaluator {
public:
    virtual ~PlaneEvaluator() = default;
    // a and b of equal length (b ignored for a line).
    virtual std::vector<PointValues> evaluate(const std::vector<double>& a, const std::vector<double>& b) = 0;
    // How many points one call handles well (callers chunk by it, polling cancel between).
    virtual int64_t batchSize() const { return 1; }
    virtual std::string method() const = 0;
    // K ≥ 2 when points carry a spread over K batches (lossStd, accuracyStd); 0 otherwise.
    virtual int64_t batches() const { return 0; }
};

// The model, split and directions must outlive the evaluator. The model's parameters are
// restored when it is destroyed. Computation runs in the model parameters' dtype.
std::unique_ptr<PlaneEvaluator> makePlaneEvaluator(Model& model, const Split& split, LossKind kind,
                                                   const PlaneDirections& directions,
                                                   EvaluatorChoice choice = EvaluatorChoice::Fastest);

// Per-point mean loss and accuracy of batched outputs: logits [P, n, C] (cross-entropy) or
// scores [P, n] (logistic, mse) against the split's targets [n].
std::vector<PointValues> batchedLossAndAccuracy(LossKind kind, const torch::Tensor& outputs,
                                                const torch::Tensor& targets);

} // namespace ts
