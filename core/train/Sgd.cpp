#include "core/train/Sgd.h"

#include <torch/torch.h>

namespace ts {

Sgd::Sgd(std::vector<torch::Tensor> params, std::vector<double> lrScales, double momentum, bool nesterov,
         double weightDecay)
    : Optimizer(params, std::move(lrScales)), momentum_(momentum), weightDecay_(weightDecay), nesterov_(nesterov)
{
    buffers_.resize(params.size());
}

void Sgd::update(std::size_t i, torch::Tensor& param, const torch::Tensor& grad, double lr)
{
    torch::Tensor d = weightDecay_ != 0.0 ? grad.add(param, weightDecay_) : grad;
    if (momentum_ != 0.0) {
        auto& buf = buffers_[i];
        if (!buf.defined())
            buf = d.clone();
        else
            buf.mul_(momentum_).add_(d);
        d = nesterov_ ? d.add(buf, momentum_) : buf;
    }
    param.add_(d, -lr);
}

} // namespace ts
