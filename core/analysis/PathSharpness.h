#pragma once
// Layer-wise sharpness along an interpolation path (after "In Search of the Successful
// Interpolation", which defines no exact formula): for each layer group ℓ and α, the top
// eigenvalue of the Hessian of the loss with respect to that layer's parameters alone (the
// others held fixed) at θ(α) = (1 − α)·θ_A + α·θ_B, by topHessianEigenvalues' default method
// (Lanczos; `iterations` only bounds the power method); with the residual ‖Hv − λv‖ that
// bounds its error. docs/interpolation.md.
#include "core/Feedback.h"
#include "core/analysis/PathSharpnessResult.h"
#include "core/analysis/RunModel.h"

#include <string>
#include <vector>

namespace ts {

PathSharpnessResult layerSharpnessAlongPath(Model& model, const TaskData& data, const torch::Tensor& thetaA,
                                            const torch::Tensor& thetaB, const std::vector<double>& alphas,
                                            const std::string& split, int iterations = 20,
                                            Feedback* feedback = nullptr);

} // namespace ts
