#pragma once
// PCA of a training trajectory (Li et al. 2018, §7): rows θ_i − θ_final over the
// checkpoints, top-2 principal directions. The n_ckpt × n_ckpt Gram matrix K = R Rᵀ is
// diagonalised instead of the P × P covariance: K u = λ u gives the unit direction
// v = Rᵀ u / √λ. Rows are not mean-centred (unlike sklearn's PCA in loss-landscape), so the
// plane passes through θ_final and a trajectory lying in a plane through it is reproduced
// exactly.
#include "core/landscape/PlaneDirections.h"

#include <cstdint>
#include <vector>

namespace ts {

// checkpoints: flat parameter vectors in step order (at least 3 for a plane, 2 for a line);
// steps: their steps (for the recipe). centre: the surface's θ₀. explainedVariance holds
// λ_k / Σλ per axis. ConfigError when the trajectory does not span enough dimensions.
PlaneDirections pcaPlane(const std::vector<torch::Tensor>& checkpoints, const std::vector<int64_t>& steps,
                         const torch::Tensor& centre, bool twoD, int64_t centreStep = -1);

} // namespace ts
