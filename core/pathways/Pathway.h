#pragma once
// Expert pathways of MoE routing (Li, Fan & Zhou 2025, arXiv 2506.21551, §3; docs/pathways.md).
// A sample's pathway at one checkpoint: for every MoE layer, the experts ranked by routing weight
// (descending, ties by lower id) kept until their cumulative weight exceeds the threshold,
// written "3,1,5-0-9,1" (ids comma-joined per layer in rank order, layers joined by '-').
#include "core/HostArray.h"

#include <cstdint>
#include <string>
#include <vector>

// Routing tensors are only forward-declared: the header stays torch-free (the GUI includes it),
// and callers of the tensor overloads include LibTorch themselves.
namespace at {
class Tensor;
} // namespace at

namespace ts::pathways {

// Routing weights of one checkpoint, float32 row-major [samples, layers, experts].
struct RoutingTable {
    int64_t samples = 0;
    int64_t layers = 0;
    int64_t experts = 0;
    std::vector<float> weights;

    const float* at(int64_t sample, int64_t layer) const {
        return weights.data() + (sample * layers + layer) * experts;
    }
    float* at(int64_t sample, int64_t layer) { return weights.data() + (sample * layers + layer) * experts; }
};

// From RunReader::readRouting ([samples, layers, experts]) or a per-token recording
// ([samples, tokens, layers, experts], averaged over tokens first). Float32 or float64.
// Anything else throws ts::ConfigError.
RoutingTable routingFromHostArray(const HostArray& array);
RoutingTable routingFromTensor(const at::Tensor& tensor); // same shapes, any floating dtype

struct PathwayOptions {
    double threshold = 0.7; // keep experts until cumulative weight > threshold; in [0, 1]
};

// The kept expert ids of one layer's weights, in rank order. Always at least one expert;
// when the cumulative weight never exceeds the threshold (threshold >= total weight), every
// expert with a non-zero weight is kept (and the top one if all are zero).
std::vector<int32_t> selectExperts(const float* weights, int64_t experts, double threshold);

struct Pathways {
    int64_t samples = 0;
    int64_t layers = 0;
    int64_t experts = 0;
    // experts[sample][layer] = kept ids in rank order.
    std::vector<std::vector<std::vector<int32_t>>> kept;
    std::vector<std::string> strings;                  // [sample] full pathway string
    std::vector<std::vector<std::string>> layerStrings; // [layer][sample] that layer's substring

    // Expert-level token sequence of a sample: the kept ids with a separator token (== experts,
    // one past the largest id) between consecutive layers; commas are not tokens.
    std::vector<int32_t> tokens(int64_t sample) const;
    int32_t separatorToken() const { return static_cast<int32_t>(experts); }
};

Pathways buildPathways(const RoutingTable& routing, const PathwayOptions& options = {});

// "3,1,5-0-9,1" from per-layer id lists.
std::string pathwayString(const std::vector<std::vector<int32_t>>& keptPerLayer);

} // namespace ts::pathways
