#include "core/models/Transformer.h"

#include "core/Error.h"

#include <torch/torch.h>

#include <cmath>

namespace ts {

Transformer::Transformer(const Settings& spec, at::Generator& gen)
    : Model("transformer", spec),
      vocab_(spec.getInt("vocab", 67)),
      seqLen_(spec.getInt("seq_len", 2)),
      dModel_(spec.getInt("d_model", 128)),
      heads_(spec.getInt("heads", 4)),
      layers_(spec.getInt("layers", 1)),
      dMlp_(spec.getInt("d_mlp", 512)),
      out_(spec.getInt("out", vocab_))
{
    if (vocab_ < 2 || seqLen_ < 1 || dModel_ < 1 || heads_ < 1 || dMlp_ < 1 || out_ < 1)
        throw ConfigError("transformer: vocab, seq_len, d_model, heads, d_mlp and out must be positive");
    if (layers_ < 1 || layers_ > 2)
        throw ConfigError("transformer: layers must be 1 or 2");
    if (dModel_ % heads_ != 0)
        throw ConfigError("transformer: d_model must be divisible by heads");
    const int64_t T = seqLen_ + 1, dh = dModel_ / heads_;
    auto randn = [&](std::vector<int64_t> shape, double fan) {
        return torch::randn(shape, gen, torch::kFloat32) / std::sqrt(fan);
    };
    const double d = double(dModel_);
    addParam("embed.W_E", randn({vocab_ + 1, dModel_}, d)); // + the "=" token
    addParam("pos.W_pos", randn({T, dModel_}, d));
    for (int64_t l = 0; l < layers_; ++l) {
        const std::string b = "blocks." + std::to_string(l) + ".";
        addParam(b + "attn.W_Q", randn({heads_, dModel_, dh}, d));
        addParam(b + "attn.W_K", randn({heads_, dModel_, dh}, d));
        addParam(b + "attn.W_V", randn({heads_, dModel_, dh}, d));
        addParam(b + "attn.W_O", randn({heads_, dh, dModel_}, d));
        addParam(b + "mlp.W_in", randn({dModel_, dMlp_}, d));
        addParam(b + "mlp.b_in", torch::zeros({dMlp_}));
        addParam(b + "mlp.W_out", randn({dMlp_, dModel_}, double(dMlp_)));
        addParam(b + "mlp.b_out", torch::zeros({dModel_}));
    }
    addParam("unembed.W_U", randn({dModel_, out_}, d));
    causalMask_ = torch::ones({T, T}, torch::kBool).triu(1);
}

torch::Tensor Transformer::forward(const torch::Tensor& inputs)
{
    const auto& p = params();
    const int64_t n = inputs.size(0), T = seqLen_ + 1, dh = dModel_ / heads_;
    if (inputs.dim() != 2 || inputs.size(1) != seqLen_)
        throw ConfigError("transformer: expected token inputs [n, " + std::to_string(seqLen_) + "]");
    auto eq = torch::full({n, 1}, vocab_, inputs.options().dtype(torch::kInt64));
    auto tokens = torch::cat({inputs, eq}, 1);
    auto x = p[0].index_select(0, tokens.reshape({-1})).view({n, T, dModel_}) + p[1];
    const double scale = 1.0 / std::sqrt(double(dh));
    std::size_t i = 2;
    for (int64_t l = 0; l < layers_; ++l, i += 8) {
        auto xh = x.unsqueeze(1);                            // [n, 1, T, d]
        auto q = torch::matmul(xh, p[i]);                    // [n, H, T, dh]
        auto k = torch::matmul(xh, p[i + 1]);
        auto v = torch::matmul(xh, p[i + 2]);
        auto scores = torch::matmul(q, k.transpose(-1, -2)) * scale; // [n, H, T, T]
        scores = scores.masked_fill(causalMask_, -1e30);
        auto z = torch::matmul(torch::softmax(scores, -1), v);        // [n, H, T, dh]
        x = x + torch::matmul(z, p[i + 3]).sum(1);                    // [n, T, d]
        auto hidden = torch::relu(torch::matmul(x, p[i + 4]) + p[i + 5]);
        x = x + torch::matmul(hidden, p[i + 6]) + p[i + 7];
    }
    return torch::mm(x.select(1, T - 1), p[i]);
}

} // namespace ts
