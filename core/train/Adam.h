#pragma once
// Adam (L2 decay added to the gradient) and AdamW (decoupled decay θ ← θ·(1 − lr·wd) first):
//   m = β1·m + (1−β1)·g;  v = β2·v + (1−β2)·g²
//   θ −= (lr / (1−β1ᵗ)) · m / (√v / √(1−β2ᵗ) + ε)
#include "core/train/Optimizer.h"

namespace ts {

class Adam : public Optimizer {
public:
    Adam(std::vector<torch::Tensor> params, std::vector<double> lrScales, double beta1, double beta2, double eps,
         double weightDecay, bool decoupled);
    std::string name() const override { return decoupled_ ? "adamw" : "adam"; }

protected:
    void update(std::size_t i, torch::Tensor& param, const torch::Tensor& grad, double lr) override;

private:
    double beta1_, beta2_, eps_, weightDecay_;
    bool decoupled_;
    std::vector<torch::Tensor> m_, v_;
};

} // namespace ts
