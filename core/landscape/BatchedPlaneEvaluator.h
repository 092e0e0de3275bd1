#pragma once
// A surface over K disjoint batches of a split (`landscape --batches K`, docs/landscapes.md
// "Uncertainty"): the split's examples are shuffled with a seeded generator and cut into K
// parts of m = ⌊n/K⌋ examples (the n mod K left over are not used); each part gets its own
// evaluator, and every point's loss and accuracy are the mean of the K batch values with
// lossStd/accuracyStd their sample standard deviation (n − 1). As the parts are of equal size,
// the mean is also the loss on all K·m examples.
#include "core/landscape/PlaneEvaluator.h"
#include "core/stats/DisjointBatches.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

namespace ts {

class BatchedPlaneEvaluator : public PlaneEvaluator {
public:
    // Makes the evaluator of one batch; the split it gets lives as long as this evaluator.
    using Factory = std::function<std::unique_ptr<PlaneEvaluator>(const Split&)>;

    // ConfigError unless 2 ≤ K ≤ the split's number of examples.
    BatchedPlaneEvaluator(const Split& split, int64_t K, uint64_t seed, const Factory& make);
    std::vector<PointValues> evaluate(const std::vector<double>& a, const std::vector<double>& b) override;
    int64_t batchSize() const override;
    std::string method() const override;
    int64_t batches() const override { return int64_t(evaluators_.size()); }
    // Examples per batch (m).
    int64_t batchExamples() const { return examples_; }

private:
    std::vector<std::unique_ptr<Split>> splits_; // stable addresses: the evaluators keep references
    std::vector<std::unique_ptr<PlaneEvaluator>> evaluators_;
    int64_t examples_ = 0;
};

} // namespace ts
