#pragma once
// A test objective with a known Hessian: L(θ) = ½ θᵀHθ over the concatenation of several
// float64 parameter tensors (shared by the Hessian and sharpness tests).
#include "core/analysis/Objective.h"

#include <ATen/CPUGeneratorImpl.h>
#include <torch/torch.h>

#include <vector>

namespace ts::test {

class QuadraticObjective : public Objective {
public:
    QuadraticObjective(torch::Tensor H, const std::vector<std::vector<int64_t>>& shapes, uint64_t seed = 1) : H_(H)
    {
        auto gen = at::make_generator<at::CPUGeneratorImpl>(seed);
        for (const auto& s : shapes)
            params_.push_back(torch::randn(s, gen, torch::kFloat64).requires_grad_(true));
    }
    std::vector<torch::Tensor>& parameters() override { return params_; }
    torch::Tensor loss() override
    {
        std::vector<torch::Tensor> flat;
        for (auto& p : params_)
            flat.push_back(p.reshape({-1}));
        auto t = torch::cat(flat);
        return 0.5 * torch::dot(t, torch::mv(H_, t));
    }
    const torch::Tensor& H() const { return H_; }
    torch::Tensor theta()
    {
        std::vector<torch::Tensor> flat;
        for (auto& p : params_)
            flat.push_back(p.detach().reshape({-1}));
        return torch::cat(flat).clone();
    }
    void zero()
    {
        torch::NoGradGuard g;
        for (auto& p : params_)
            p.zero_();
    }

private:
    torch::Tensor H_;
    std::vector<torch::Tensor> params_;
};

} // namespace ts::test
