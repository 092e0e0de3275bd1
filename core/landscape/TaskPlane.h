#pragma once
// Directions of task vectors (docs/merging.md#the-task-landscape): around a centre θ0, the
// line or plane of θ0 + λ1·τ1 + λ2·τ2 with τ_i = θ_i − θ0, θ_i the last checkpoint of run i.
// Not normalised, so (1, 0) is θ0 + τ1 and (1, 1) is task arithmetic with λ = 1.
#include "core/landscape/PlaneDirections.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ts {

class RunReader;

// One path for a line, two for a plane. ConfigError when a run's architecture differs from
// centreRun's (naming the parameter), it has no checkpoints, or its task vector is zero.
PlaneDirections taskPlane(const RunReader& centreRun, const torch::Tensor& centre, int64_t centreStep,
                          const std::vector<std::string>& runs);

} // namespace ts
