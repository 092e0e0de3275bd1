#pragma once
// A task's data: named splits of inputs and targets, plus what models need to know about them.
#include "core/Settings.h"

#include <torch/types.h>

#include <string>
#include <vector>

namespace ts {

enum class LossKind { CrossEntropy, Logistic, Mse };
const char* lossKindName(LossKind k);
LossKind lossKindFromName(const std::string& name); // throws ConfigError

enum class InputKind { Tokens, Features };

struct Split {
    std::string name;
    torch::Tensor inputs;  // Tokens: int64 [n, seqLen]; Features: float32 [n, featureDim]
    torch::Tensor targets; // CrossEntropy: int64 [n]; Logistic: float32 ±1 [n]; Mse: float32 [n]
};

struct TaskData {
    std::string name;        // "modular", "xor", ...
    std::string description; // one line for humans
    LossKind loss = LossKind::CrossEntropy;
    InputKind inputKind = InputKind::Features;
    int64_t vocabSize = 0;   // Tokens only
    int64_t seqLen = 0;      // Tokens only
    int64_t featureDim = 0;  // Features only
    std::vector<int64_t> imageShape; // Features that are images: {channels, height, width},
                                     // inputs [n, C, H, W] and featureDim = C*H*W; else empty
    int64_t outputDim = 1;   // classes for CrossEntropy, 1 otherwise
    std::vector<Split> splits;

    const Split& split(const std::string& name) const; // throws ConfigError
    bool hasSplit(const std::string& name) const;
    // Moves every split's inputs and targets to the device (a no-op where they are).
    void to(const torch::Device& device);
};

} // namespace ts
