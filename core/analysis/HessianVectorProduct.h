#pragma once
// Hessian-vector products by double backpropagation (Pearlmutter's trick through autograd):
// g = ∂L/∂θ with create_graph, then H·v = ∂(g·v)/∂θ. The gradient graph is built once per
// HessianVectorProduct and kept (retain_graph), so each product costs one extra backward
// pass through it, not a fresh forward and first backward. Do not modify the parameters
// while an instance is alive (the retained graph would be stale; autograd detects it).
#include "core/analysis/Objective.h"

#include <torch/types.h>

#include <cstdint>
#include <vector>

namespace ts {

class HessianVectorProduct {
public:
    // subset: indices into objective.parameters() (empty = all); throws ConfigError.
    HessianVectorProduct(Objective& objective, const std::vector<std::size_t>& subset = {});

    int64_t dim() const { return dim_; }
    // Where the parameters, and so the products, are: vectors are moved here.
    torch::Device device() const { return device_; }
    const std::vector<std::size_t>& subset() const { return subset_; }
    double lossValue() const { return lossValue_; }
    // ∂L/∂θ over the subset, flat float64.
    torch::Tensor gradient() const;
    // H·v for a flat vector of dim() values (any floating dtype, any device); returns flat
    // float64 on device().
    torch::Tensor apply(const torch::Tensor& v);
    // Number of products computed so far.
    int64_t count() const { return count_; }

private:
    Objective& objective_;
    std::vector<std::size_t> subset_;
    std::vector<torch::Tensor> inputs_;
    std::vector<torch::Tensor> grads_;
    int64_t dim_ = 0;
    torch::Device device_ = torch::kCPU;
    double lossValue_ = 0.0;
    int64_t count_ = 0;
};

// One-off H·v (builds the gradient graph, applies once).
torch::Tensor hessianVectorProduct(Objective& objective, const torch::Tensor& v,
                                   const std::vector<std::size_t>& subset = {});
// ∂L/∂θ over the subset, flat float64, at the current parameters.
torch::Tensor objectiveGradient(Objective& objective, const std::vector<std::size_t>& subset = {});

} // namespace ts
