#include "core/train/Adam.h"

#include <torch/torch.h>

#include <cmath>

namespace ts {

Adam::Adam(std::vector<torch::Tensor> params, std::vector<double> lrScales, double beta1, double beta2, double eps,
           double weightDecay, bool decoupled)
    : Optimizer(params, std::move(lrScales)),
      beta1_(beta1), beta2_(beta2), eps_(eps), weightDecay_(weightDecay), decoupled_(decoupled)
{
    for (const auto& p : params) {
        m_.push_back(torch::zeros_like(p, torch::MemoryFormat::Preserve).detach());
        v_.push_back(torch::zeros_like(p, torch::MemoryFormat::Preserve).detach());
    }
}

void Adam::update(std::size_t i, torch::Tensor& param, const torch::Tensor& grad, double lr)
{
    torch::Tensor g = grad;
    if (weightDecay_ != 0.0) {
        if (decoupled_)
            param.mul_(1.0 - lr * weightDecay_);
        else
            g = grad.add(param, weightDecay_);
    }
    auto& m = m_[i];
    auto& v = v_[i];
    m.mul_(beta1_).add_(g, 1.0 - beta1_);
    v.mul_(beta2_).addcmul_(g, g, 1.0 - beta2_);
    const double t = static_cast<double>(stepCount());
    const double bc1 = 1.0 - std::pow(beta1_, t);
    const double bc2 = 1.0 - std::pow(beta2_, t);
    auto denom = (v.sqrt() / std::sqrt(bc2)).add_(eps_);
    param.addcdiv_(m, denom, -lr / bc1);
}

} // namespace ts
