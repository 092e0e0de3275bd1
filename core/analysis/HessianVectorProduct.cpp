#include "core/analysis/HessianVectorProduct.h"

#include "core/Error.h"

#include <torch/torch.h>

namespace ts {

HessianVectorProduct::HessianVectorProduct(Objective& objective, const std::vector<std::size_t>& subset)
    : objective_(objective), subset_(resolveSubset(objective, subset))
{
    for (std::size_t i : subset_) {
        const auto& p = objective_.parameters()[i];
        if (!p.requires_grad())
            throw ConfigError("parameter " + std::to_string(i) + " does not require gradients");
        inputs_.push_back(p);
    }
    dim_ = subsetNumel(objective_, subset_);
    device_ = inputs_.front().device();
    torch::AutoGradMode enable(true);
    auto loss = objective_.loss();
    if (loss.numel() != 1)
        throw ConfigError("the objective's loss must be a scalar");
    lossValue_ = loss.item<double>();
    if (!loss.requires_grad()) {
        grads_.assign(inputs_.size(), torch::Tensor());
        return;
    }
    grads_ = torch::autograd::grad({loss}, inputs_, /*grad_outputs=*/{}, /*retain_graph=*/true,
                                   /*create_graph=*/true, /*allow_unused=*/true);
}

torch::Tensor HessianVectorProduct::gradient() const { return flattenTensors(objective_, subset_, grads_); }

torch::Tensor HessianVectorProduct::apply(const torch::Tensor& v)
{
    if (v.dim() != 1 || v.numel() != dim_)
        throw ConfigError("vector has " + std::to_string(v.numel()) + " values, the Hessian's dimension is " +
                          std::to_string(dim_));
    ++count_;
    auto parts = unflattenLike(objective_, subset_, v.to(device_)); // one transfer, if any
    torch::AutoGradMode enable(true);
    // H·v = ∂(g·v)/∂θ: backpropagate v through the gradient's graph (grad_outputs = v),
    // skipping the parameters whose gradient does not depend on θ.
    std::vector<torch::Tensor> outputs, weights;
    for (std::size_t k = 0; k < grads_.size(); ++k) {
        if (!grads_[k].defined() || !grads_[k].requires_grad())
            continue;
        outputs.push_back(grads_[k]);
        weights.push_back(parts[k]);
    }
    if (outputs.empty()) // the gradient is constant: H = 0
        return torch::zeros({dim_}, torch::TensorOptions(torch::kFloat64).device(device_));
    auto hv = torch::autograd::grad(outputs, inputs_, weights, /*retain_graph=*/true, /*create_graph=*/false,
                                    /*allow_unused=*/true);
    return flattenTensors(objective_, subset_, hv);
}

torch::Tensor hessianVectorProduct(Objective& objective, const torch::Tensor& v, const std::vector<std::size_t>& subset)
{
    HessianVectorProduct hvp(objective, subset);
    return hvp.apply(v);
}

torch::Tensor objectiveGradient(Objective& objective, const std::vector<std::size_t>& subset)
{
    auto s = resolveSubset(objective, subset);
    std::vector<torch::Tensor> inputs;
    for (std::size_t i : s)
        inputs.push_back(objective.parameters()[i]);
    torch::AutoGradMode enable(true);
    auto loss = objective.loss();
    if (!loss.requires_grad())
        return torch::zeros({subsetNumel(objective, s)},
                            torch::TensorOptions(torch::kFloat64).device(inputs.front().device()));
    auto g = torch::autograd::grad({loss}, inputs, {}, false, false, true);
    return flattenTensors(objective, s, g);
}

} // namespace ts
