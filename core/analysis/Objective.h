#pragma once
// A differentiable scalar function of a list of parameter tensors: what every sharpness
// routine (Hessian-vector products, eigenvalues, traces, densities, adaptive sharpness)
// works on. The parameter tensors are the evaluation point; routines read them, and
// those that perturb them (adaptive sharpness) restore them exactly afterwards.
//
// Flat vectors: every routine works on a *subset* of the parameters, given as indices into
// parameters() (empty = all, in order). A flat vector over a subset is the concatenation of
// the chosen tensors flattened row-major, in the subset's order, always as float64 (the
// parameters themselves may be float32; products are computed in their dtype). Flat vectors
// live on the parameters' device; random vectors are drawn on the CPU (the same numbers on
// every device) and moved there.
#include "core/tasks/TaskData.h"

#include <torch/types.h>

#include <cstdint>
#include <vector>

namespace ts {

class Model;

class Objective {
public:
    virtual ~Objective() = default;
    // Leaf tensors with requires_grad: the evaluation point.
    virtual std::vector<torch::Tensor>& parameters() = 0;
    // The scalar value at the current parameters, with its autograd graph.
    virtual torch::Tensor loss() = 0;
};

// Mean loss of a model on a split (the data loss only: auxiliary regularisers such as MoE
// load balancing are not included). batchSize 0 (or >= the split size) uses the whole split;
// otherwise the *first* batchSize samples of the split, a fixed subset, so that repeated
// evaluations see the same function (no resampling between Hessian-vector products).
// Holds references: the model and split must outlive the objective.
class ModelObjective : public Objective {
public:
    ModelObjective(Model& model, const Split& split, LossKind kind, int64_t batchSize = 0);
    std::vector<torch::Tensor>& parameters() override;
    torch::Tensor loss() override;
    int64_t sampleCount() const { return inputs_.size(0); }

private:
    Model& model_;
    LossKind kind_;
    torch::Tensor inputs_, targets_;
};

// Validates a subset (indices in range, no duplicates; throws ConfigError) and returns it,
// with empty meaning all parameters in order.
std::vector<std::size_t> resolveSubset(Objective& objective, const std::vector<std::size_t>& subset);
// Number of scalar parameters in a (resolved) subset.
int64_t subsetNumel(Objective& objective, const std::vector<std::size_t>& subset);
// The subset's current parameter values as one flat float64 vector.
torch::Tensor flatSubset(Objective& objective, const std::vector<std::size_t>& subset);
// Splits a flat vector into tensors shaped like the subset's parameters (in their dtype).
std::vector<torch::Tensor> unflattenLike(Objective& objective, const std::vector<std::size_t>& subset,
                                         const torch::Tensor& flat);
// Concatenates tensors into one flat float64 vector (undefined entries count as zeros of
// the corresponding parameter's size).
torch::Tensor flattenTensors(Objective& objective, const std::vector<std::size_t>& subset,
                             const std::vector<torch::Tensor>& parts);

// Saves the subset's values on construction and copies them back (bit for bit) on
// destruction or restore(), so routines that perturb parameters leave them unchanged,
// even when they throw (cancel, non-finite loss).
class ParameterRestorer {
public:
    ParameterRestorer(Objective& objective, std::vector<std::size_t> subset);
    ~ParameterRestorer();
    ParameterRestorer(const ParameterRestorer&) = delete;
    ParameterRestorer& operator=(const ParameterRestorer&) = delete;
    void restore();
    const std::vector<torch::Tensor>& saved() const { return saved_; }

private:
    Objective& objective_;
    std::vector<std::size_t> subset_;
    std::vector<torch::Tensor> saved_;
};

} // namespace ts
