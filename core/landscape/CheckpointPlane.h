#pragma once
// Directions through checkpoints: a line through A and B (x = θ_B − θ_A), or the plane
// through A, B and C (Gram–Schmidt): d2 = (θ_C − θ_A) minus its component along d1, so the
// centre θ_A sits at (0, 0), B at (1, 0) and C at (c, 1).
#include "core/landscape/PlaneDirections.h"

#include <cstdint>

namespace ts {

// thetaC undefined for a line. ConfigError when the points coincide or are collinear.
PlaneDirections checkpointPlane(const torch::Tensor& thetaA, const torch::Tensor& thetaB, const torch::Tensor& thetaC,
                                int64_t stepA, int64_t stepB, int64_t stepC = -1);

} // namespace ts
