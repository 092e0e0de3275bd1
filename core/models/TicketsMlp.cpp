#include "core/models/TicketsMlp.h"

#include "core/Error.h"

#include <torch/torch.h>

#include <cmath>

namespace ts {

TicketsMlp::TicketsMlp(const Settings& spec, at::Generator& gen)
    : Model("tickets_mlp", spec),
      vocab_(spec.getInt("vocab", 67)),
      embed_(spec.getInt("embed", 500)),
      hidden_(spec.getInt("hidden", 48)),
      out_(spec.getInt("out", vocab_))
{
    if (vocab_ < 2 || embed_ < 1 || hidden_ < 1 || out_ < 1)
        throw ConfigError("tickets_mlp: vocab, embed, hidden and out must be positive");
    auto randn = [&](std::vector<int64_t> shape, double fan) {
        return torch::randn(shape, gen, torch::kFloat32) / std::sqrt(fan);
    };
    addParam("W_E", randn({embed_, vocab_}, double(vocab_)));
    addParam("W_in", randn({embed_, hidden_}, double(embed_)));
    addParam("W_out", randn({hidden_, embed_}, double(hidden_)));
    addParam("W_U", randn({embed_, out_}, double(embed_)));
}

torch::Tensor TicketsMlp::forward(const torch::Tensor& inputs)
{
    const auto& p = params();
    auto E = p[0].t(); // [p, d]
    auto x = E.index_select(0, inputs.select(1, 0)) + E.index_select(0, inputs.select(1, 1));
    auto h = torch::relu(torch::mm(x, p[1]));
    // W_out·W_U first: [h, out] is far smaller than the [n, d] activations.
    return torch::mm(h, torch::mm(p[2], p[3]));
}

} // namespace ts
