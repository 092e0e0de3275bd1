#pragma once
// Two-layer ReLU network of Xu et al. (XOR clusters): f(x) = Σ_j a_j ReLU(⟨w_j, x⟩) with
// fixed a_j = +1/√m for the first half of the neurons and −1/√m for the second; only the
// first layer W [m, d] is a parameter (trained), initialised N(0, init_std²).
#include "core/models/Model.h"

namespace ts {

class XorReluNet : public Model {
public:
    // spec: in_dim, width (m), init_std
    XorReluNet(const Settings& spec, at::Generator& gen);
    torch::Tensor forward(const torch::Tensor& inputs) override;

protected:
    void deviceChanged(const torch::Device& device) override { outputWeights_ = outputWeights_.to(device); }

private:
    torch::Tensor outputWeights_; // fixed [m]
};

} // namespace ts
