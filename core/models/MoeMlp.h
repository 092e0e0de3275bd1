#pragma once
// The Grokking-Tickets MLP with both linear maps turned into mixture-of-experts layers:
//   x = W_E[:, a] + W_E[:, b]
//   layer 0: g0 = route(x·R0),  h   = Σ_e g0_e · ReLU(x·W_in_e)      (hidden-d)
//   layer 1: g1 = route(h·R1),  out = Σ_e g1_e · (h·W_out_e)          (embed-d)
//   logits = out·W_U
// route = softmax over all experts ("soft"), or top-k of the softmax renormalised ("topk").
// Routers start at zero and learn at router_lr_scale × lr. Optional Switch-Transformer
// load-balancing loss: balance_coef · Σ_layers E · Σ_e f_e · P_e.
#include "core/models/Model.h"

namespace ts {

class MoeMlp : public Model {
public:
    // spec: vocab, embed (500), hidden (48), experts (4), routing soft|topk, top_k (2),
    //       router_lr_scale (0.01), balance_coef (0), out
    MoeMlp(const Settings& spec, at::Generator& gen);
    torch::Tensor forward(const torch::Tensor& inputs) override;
    double lrScale(std::size_t paramIndex) const override;
    torch::Tensor auxiliaryLoss() const override { return aux_; }
    int64_t moeLayers() const override { return 2; }
    int64_t moeExperts() const override { return experts_; }
    torch::Tensor routingWeights(const torch::Tensor& inputs) override;

private:
    torch::Tensor route(const torch::Tensor& logits) const; // [n, E] gate weights
    torch::Tensor balanceLoss(const torch::Tensor& logits, const torch::Tensor& gates) const;
    torch::Tensor forwardImpl(const torch::Tensor& inputs, torch::Tensor* gates0, torch::Tensor* gates1);

    int64_t vocab_, embed_, hidden_, experts_, topK_, out_;
    bool topkRouting_;
    double routerLrScale_, balanceCoef_;
    torch::Tensor aux_;
};

} // namespace ts
