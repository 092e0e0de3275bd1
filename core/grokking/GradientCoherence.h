#pragma once
// m-coherence of per-example gradients (Chatterjee 2020, "Coherent gradients"):
//   α_m = ‖Σ_i g_i‖² / Σ_i ‖g_i‖²,
// 1 for m mutually orthogonal gradients, m for identical ones. Computed with a running sum
// (memory of one gradient, not of m), in float64.
#include "core/analysis/RunModel.h"
#include "core/models/Model.h"
#include "core/tasks/TaskData.h"

#include <torch/types.h>

#include <vector>

namespace ts {

// The running-sum form. Each tensor is one gradient (any shape, all the same numel).
// NaN when every gradient is zero; ConfigError when grads is empty or sizes differ.
double mCoherence(const std::vector<torch::Tensor>& grads);
// The O(m²) form (Σ_i Σ_j g_i·g_j) / Σ_i ‖g_i‖², for tests.
double pairwiseCoherence(const std::vector<torch::Tensor>& grads);

struct CoherenceResult {
    int64_t samples = 0;          // m actually used (min(m, split size))
    double total = 0.0;           // over all parameters
    std::vector<double> perGroup; // over each layer group's parameters, in groups order
};

// Per-example gradients of the model's loss (computeLoss of one sample, no auxiliary loss)
// at the model's current parameters, on m samples of the split spread evenly over it
// (indices ⌊i·n/m⌋, i = 0..m−1). Loops over samples: one forward and backward each.
CoherenceResult gradientCoherence(Model& model, const Split& split, LossKind loss, int64_t m,
                                  const std::vector<ParamGroup>& groups);

} // namespace ts
