#pragma once
// The MLP of "Grokking Tickets" (Minegishi et al.) for a ∘ b mod p:
// x = W_E[:, a] + W_E[:, b]; h = ReLU(xᵀ W_in); logits = h W_out W_U. No biases.
// Init N(0, 1/fan): W_E [d, p] / √p, W_in [d, h] / √d, W_out [h, d] / √h, W_U [d, p] / √d.
#include "core/models/Model.h"

namespace ts {

class TicketsMlp : public Model {
public:
    // spec: vocab (p), embed (500), hidden (48), out (p)
    TicketsMlp(const Settings& spec, at::Generator& gen);
    torch::Tensor forward(const torch::Tensor& inputs) override;

private:
    int64_t vocab_, embed_, hidden_, out_;
};

} // namespace ts
