#pragma once
// A plain MLP: features (images are flattened), or tokens through an embedding (one vector per position,
// concatenated), then Linear+activation layers and a Linear output. PyTorch-style names:
// "embed.weight", "layers.<i>.weight" [out, in], "layers.<i>.bias".
#include "core/models/Model.h"

namespace ts {

class Mlp : public Model {
public:
    // spec: in_dim (features) or vocab + seq_len + embed (tokens); widths "128,128";
    // activation relu|tanh|gelu; out
    Mlp(const Settings& spec, at::Generator& gen);
    torch::Tensor forward(const torch::Tensor& inputs) override;

private:
    torch::Tensor activate(const torch::Tensor& x) const;
    bool tokens_ = false;
    int64_t seqLen_ = 0;
    std::size_t firstLayer_ = 0; // index of layers.0.weight
    std::size_t layerCount_ = 0;
    std::string activation_;
    bool scalarOutput_ = false;
};

} // namespace ts
