#pragma once
// Merging checkpoints of one architecture on flat float32 parameter vectors [p] (the model's
// parameter order): task vectors τ_i = θ_i − θ0 and the merges of docs/merging.md. Every
// function works on the tensors' device, computes in float64 and returns float32.
#include "core/merging/MergeOptions.h"

#include <torch/types.h>

#include <cstdint>
#include <vector>

namespace ts {

// τ = θ − θ0.
torch::Tensor taskVector(const torch::Tensor& theta, const torch::Tensor& base);

// Σ w_i θ_i with w normalised to sum 1 (empty: equal weights).
torch::Tensor weightedAverage(const std::vector<torch::Tensor>& thetas, const std::vector<double>& weights = {});

// θ0 + λ Σ w_i τ_i (empty weights: all 1).
torch::Tensor taskArithmetic(const torch::Tensor& base, const std::vector<torch::Tensor>& taus, double lambda = 1.0,
                             const std::vector<double>& weights = {});

// TIES step 1: τ with all but its round(keep·p) largest-magnitude entries set to zero.
torch::Tensor trimTopMagnitude(const torch::Tensor& tau, double keep);
// TIES steps 1-3 on task vectors: trim each, elect the sign γ = sgn(Σ trimmed), and average
// per coordinate the trimmed entries whose sign is γ (zero entries never count; 0 where none).
torch::Tensor tiesTaskVector(const std::vector<torch::Tensor>& taus, double keep);
// θ0 + λ · tiesTaskVector(w_i τ_i).
torch::Tensor tiesMerge(const torch::Tensor& base, const std::vector<torch::Tensor>& taus, double lambda = 1.0,
                        double keep = 0.2, const std::vector<double>& weights = {});

// DARE on one task vector: each entry dropped with probability p (u < p for u ~ U[0, 1) drawn
// from `generator`, one draw per entry), the kept ones multiplied by 1/(1 − p).
torch::Tensor dropAndRescale(const torch::Tensor& tau, double p, at::Generator& generator);
// θ0 + λ Σ DARE(w_i τ_i), or θ0 + λ · tiesTaskVector(DARE(w_i τ_i)) with ties. One CPU
// generator seeded with `seed` draws the masks of τ_1, τ_2, ... in order, so a seed means the
// same masks on every device.
torch::Tensor dareMerge(const torch::Tensor& base, const std::vector<torch::Tensor>& taus, double lambda, double p,
                        uint64_t seed, const std::vector<double>& weights = {}, bool ties = false, double keep = 0.2);

// The merge `options` asks for, of the checkpoints thetas around base (average ignores base).
torch::Tensor mergeParameters(const torch::Tensor& base, const std::vector<torch::Tensor>& thetas,
                              const MergeOptions& options);

// Buffers of the merged model (BatchNorm statistics): per buffer, the weighted average of the
// inputs' floating buffers (weights normalised; empty = equal) and the first input's integer
// buffers (num_batches_tracked). buffers[i] are input i's buffers in the model's order.
std::vector<torch::Tensor> mergeBuffers(const std::vector<std::vector<torch::Tensor>>& buffers,
                                        const std::vector<double>& weights = {});

} // namespace ts
