#pragma once
// Per-example gradients of a model's loss, the building block of every influence method: one
// example's gradient, all examples' gradients one by one, and the dot products of all
// examples' gradients with one vector from a single batched double backward.
#include "core/tasks/TaskData.h"

#include <torch/types.h>

#include <functional>
#include <vector>

namespace ts {

class Feedback;
class Model;

// Per-example losses [n] (reduction none) of the three loss kinds: computeLoss (core/train/Loss.h)
// is their mean.
torch::Tensor perExampleLosses(LossKind kind, const torch::Tensor& outputs, const torch::Tensor& targets);

// ∇θ ℓ(z_row) per parameter (detached, shaped like the parameters). targets overrides the
// split's targets when defined (sampled labels).
std::vector<torch::Tensor> exampleGradient(Model& model, const Split& split, int64_t row, LossKind kind,
                                           const torch::Tensor& targets = {});

// Calls visit(row, gradient) for every row of the split in order (one forward and backward
// each); polls feedback between rows and reports progress within [from, to].
void forEachExampleGradient(Model& model, const Split& split, LossKind kind,
                            const std::function<void(int64_t, const std::vector<torch::Tensor>&)>& visit,
                            Feedback* feedback, double from = 0.0, double to = 1.0, const torch::Tensor& targets = {});

// [∇ℓ(z_i)·v]_i for every row i, float64 on the CPU, without a loop over examples: per-example
// losses L [c] of a chunk, u = ones(c) requiring grad, g = ∂(Σ u_i L_i)/∂θ with create_graph;
// then ∂(Σ_p g_p·v_p)/∂u = [∇ℓ_i·v]_i. Chunks of `chunk` rows bound the memory.
torch::Tensor gradientDots(Model& model, const Split& split, LossKind kind, const std::vector<torch::Tensor>& v,
                           int64_t chunk, Feedback* feedback, double from = 0.0, double to = 1.0);

// Σ_p a_p·b_p in float64.
double dotAll(const std::vector<torch::Tensor>& a, const std::vector<torch::Tensor>& b);

} // namespace ts
