#pragma once
// Random Gaussian directions scaled to the weights (Li et al. 2018, §4):
//  - filter: for every tensor of dim > 1, each slice along dim 0 (a filter, or a row of a
//    linear map) is rescaled, d_j *= ‖w_j‖ / (‖d_j‖ + 1e-10);
//  - layer: the whole tensor is rescaled, d *= ‖w‖ / (‖d‖ + 1e-10);
//  - none: plain N(0, 1).
// Tensors of dim <= 1 (biases, BatchNorm weights and biases) are zeroed (ignore biasbn, Li's
// xignore=biasbn, the default), set to the weights themselves (ignore none, what Li's code
// does without xignore), or, with includeBiases, rescaled as one slice (whatever the
// normalisation; none keeps them as drawn).
#include "core/landscape/DirectionOptions.h"
#include "core/landscape/PlaneDirections.h"

#include <cstdint>
#include <string>

namespace ts {

// Rescales `direction` (flat, the model's layout) in place against `weights` (flat).
void normaliseDirection(const Model& model, const torch::Tensor& weights, torch::Tensor& direction,
                        DirectionNorm norm, bool includeBiases, DirectionIgnore ignore = DirectionIgnore::BiasBn);

// A random plane (or line when twoD is false) through `centre`; centreStep is recorded in the
// recipe. d1 and d2 come from one generator seeded with options.seed, in that order.
PlaneDirections randomPlane(const Model& model, const torch::Tensor& centre, const RandomDirectionOptions& options,
                            bool twoD, int64_t centreStep = -1);

} // namespace ts
