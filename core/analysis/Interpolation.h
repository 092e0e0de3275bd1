#pragma once
// Curves between two points of parameter space (docs/interpolation.md):
//  - linear: θ(α) = (1−α)·θ_A + α·θ_B (WiSE-FT's α sweep), loss and accuracy per split, and
//    the loss barrier max_{α∈[0,1]} L(α) − ((1−α)L(0) + αL(1)) with where it peaks;
//  - layer-wise: one layer group interpolated at a time, the rest held at θ_A (or θ_B);
//  - LiNeS: θ = θ_A + Σ_ℓ λ_ℓ·τ_ℓ, τ = θ_B − θ_A, λ_ℓ = α + β·ℓ/(L−1) on the blocks;
//  - mode connectivity: a trained quadratic Bézier curve between the two ends.
// The end points may be on any device: the curves are computed where the model is.
#include "core/Feedback.h"
#include "core/analysis/BatchNormPolicy.h"
#include "core/analysis/InterpolationResult.h"
#include "core/analysis/RunModel.h"
#include "core/parallel/TaskDistributor.h"

#include <map>
#include <string>
#include <vector>

namespace ts {

// Evenly spaced α values; points >= 2 and lo < hi, else ConfigError.
std::vector<double> alphaGrid(double lo, double hi, int points);

// The model's parameters and buffers are restored afterwards. splits empty = all of the
// data's splits. `buffers` sets the BatchNorm statistics of each point (models with buffers).
// The sweeps (linear, layer-wise, LiNeS) share their points among the processes of
// `distributor` (an mpirun job); their results are complete on its root only.
InterpolationResult interpolateLinear(Model& model, const TaskData& data, const torch::Tensor& thetaA,
                                      const torch::Tensor& thetaB, const std::vector<double>& alphas,
                                      std::vector<std::string> splits = {}, Feedback* feedback = nullptr,
                                      const PointBuffers& buffers = PointBuffers(),
                                      TaskDistributor& distributor = localTasks());

// Fills r.barrierInterval: the loss of every example of r.barrierSplit at r's α in [0, 1] (and
// at 0 and 1), resampled `resamples` times from seed (core/analysis/BarrierBootstrap.h). On the
// calling process only; the model's parameters and buffers are restored.
void addBarrierInterval(InterpolationResult& r, Model& model, const TaskData& data, const torch::Tensor& thetaA,
                        const torch::Tensor& thetaB, const PointBuffers& buffers = PointBuffers(),
                        int resamples = 1000, uint64_t seed = 1, Feedback* feedback = nullptr);

// max over α in [0, 1] of L(α) − linear interpolation of the end losses; L(0) and L(1) are
// taken at α = 0 and α = 1, which must be in alphas.
void lossBarrier(const std::vector<double>& alphas, const std::vector<double>& loss, double& barrier, double& at);

LayerwiseResult interpolateLayerwise(Model& model, const TaskData& data, const torch::Tensor& thetaA,
                                     const torch::Tensor& thetaB, const std::vector<double>& alphas,
                                     const std::string& split, bool holdAtB = false, Feedback* feedback = nullptr,
                                     const PointBuffers& buffers = PointBuffers(),
                                     TaskDistributor& distributor = localTasks());

LinesResult linesSweep(Model& model, const TaskData& data, const torch::Tensor& thetaA, const torch::Tensor& thetaB,
                       const std::vector<double>& alphas, Feedback* feedback = nullptr,
                       const PointBuffers& buffers = PointBuffers(), TaskDistributor& distributor = localTasks());
// The LiNeS point for one (α, β).
torch::Tensor linesPoint(const Model& model, const torch::Tensor& thetaA, const torch::Tensor& thetaB, double alpha,
                         double beta, std::vector<std::string>* blocks = nullptr);

// θ(t) = (1−t)²·θ_A + 2t(1−t)·C + t²·θ_B with C starting at the midpoint and trained with
// Adam on the training split, one t ~ U(0, 1) per step; ends fixed.
BezierResult trainBezierCurve(Model& model, const TaskData& data, const torch::Tensor& thetaA,
                              const torch::Tensor& thetaB, const BezierOptions& options, const std::string& evalSplit,
                              Feedback* feedback = nullptr, const PointBuffers& buffers = PointBuffers());
torch::Tensor bezierPoint(const torch::Tensor& a, const torch::Tensor& bend, const torch::Tensor& b, double t);

} // namespace ts
