#pragma once
// Where checkpoints lie relative to a plane: least-squares coordinates on the two directions,
// c = argmin ‖θ − θ₀ − c₁d1 − c₂d2‖ (the 2×2 normal equations), and the residual distance
// ‖θ − θ₀ − c₁d1 − c₂d2‖, which says how far the drawn trajectory is from the surface.
#include "core/landscape/PlaneDirections.h"
#include "core/landscape/Surface.h"

#include <vector>

namespace ts {

// Losses are left NaN (the caller evaluates them on its split).
std::vector<TrajectoryPoint> projectTrajectory(const PlaneDirections& plane, const std::vector<torch::Tensor>& checkpoints,
                                               const std::vector<int64_t>& steps);

} // namespace ts
