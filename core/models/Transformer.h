#pragma once
// A small decoder-only transformer for token tasks (Nanda et al. 2023 style: no LayerNorm).
// Input tokens [n, T] get an "=" token appended; logits are read at the last position.
// Attention is written with plain batched matmuls so analyses can differentiate through it.
#include "core/models/Model.h"

namespace ts {

class Transformer : public Model {
public:
    // spec: vocab, seq_len (2), d_model (128), heads (4), layers (1), d_mlp (512), out
    Transformer(const Settings& spec, at::Generator& gen);
    torch::Tensor forward(const torch::Tensor& inputs) override;

protected:
    void deviceChanged(const torch::Device& device) override { causalMask_ = causalMask_.to(device); }

private:
    int64_t vocab_, seqLen_, dModel_, heads_, layers_, dMlp_, out_;
    torch::Tensor causalMask_; // [T, T] true above the diagonal
};

} // namespace ts
