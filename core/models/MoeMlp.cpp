#include "core/models/MoeMlp.h"

#include "core/Error.h"

#include <torch/torch.h>

#include <cmath>

namespace ts {

namespace {
enum Param { kWE, kR0, kWin, kR1, kWout, kWU };
}

MoeMlp::MoeMlp(const Settings& spec, at::Generator& gen)
    : Model("moe_mlp", spec),
      vocab_(spec.getInt("vocab", 67)),
      embed_(spec.getInt("embed", 500)),
      hidden_(spec.getInt("hidden", 48)),
      experts_(spec.getInt("experts", 4)),
      topK_(spec.getInt("top_k", 2)),
      out_(spec.getInt("out", vocab_)),
      routerLrScale_(spec.getDouble("router_lr_scale", 0.01)),
      balanceCoef_(spec.getDouble("balance_coef", 0.0))
{
    const std::string routing = spec.getString("routing", "soft");
    if (routing != "soft" && routing != "topk")
        throw ConfigError("moe_mlp: routing '" + routing + "' is not soft or topk");
    topkRouting_ = routing == "topk";
    if (vocab_ < 2 || embed_ < 1 || hidden_ < 1 || out_ < 1)
        throw ConfigError("moe_mlp: vocab, embed, hidden and out must be positive");
    if (experts_ < 1 || experts_ > 1024)
        throw ConfigError("moe_mlp: experts must be between 1 and 1024");
    if (topkRouting_ && (topK_ < 1 || topK_ > experts_))
        throw ConfigError("moe_mlp: top_k must be between 1 and the number of experts");
    if (!(routerLrScale_ >= 0.0) || !(balanceCoef_ >= 0.0))
        throw ConfigError("moe_mlp: router_lr_scale and balance_coef must be >= 0");
    auto randn = [&](std::vector<int64_t> shape, double fan) {
        return torch::randn(shape, gen, torch::kFloat32) / std::sqrt(fan);
    };
    addParam("W_E", randn({embed_, vocab_}, double(vocab_)));
    addParam("moe0.router", torch::zeros({embed_, experts_}));
    addParam("moe0.W_in", randn({embed_, experts_ * hidden_}, double(embed_)));
    addParam("moe1.router", torch::zeros({hidden_, experts_}));
    addParam("moe1.W_out", randn({experts_ * hidden_, embed_}, double(hidden_)));
    addParam("W_U", randn({embed_, out_}, double(embed_)));
}

double MoeMlp::lrScale(std::size_t i) const
{
    return (i == kR0 || i == kR1) ? routerLrScale_ : 1.0;
}

torch::Tensor MoeMlp::route(const torch::Tensor& logits) const
{
    auto probs = torch::softmax(logits, 1);
    if (!topkRouting_)
        return probs;
    auto top = probs.topk(topK_, 1);
    auto kept = std::get<0>(top);
    kept = kept / kept.sum(1, true);
    return torch::zeros_like(probs).scatter(1, std::get<1>(top), kept);
}

torch::Tensor MoeMlp::balanceLoss(const torch::Tensor& logits, const torch::Tensor& gates) const
{
    // Switch Transformer: E · Σ_e (fraction of samples whose top-1 is e) · (mean router prob).
    auto probs = torch::softmax(logits, 1);
    auto top1 = gates.argmax(1);
    auto f = torch::one_hot(top1, experts_).to(torch::kFloat32).mean(0);
    return double(experts_) * (f * probs.mean(0)).sum();
}

torch::Tensor MoeMlp::forwardImpl(const torch::Tensor& inputs, torch::Tensor* gates0, torch::Tensor* gates1)
{
    const auto& p = params();
    const int64_t n = inputs.size(0);
    auto E = p[kWE].t();
    auto x = E.index_select(0, inputs.select(1, 0)) + E.index_select(0, inputs.select(1, 1));
    auto logits0 = torch::mm(x, p[kR0]);
    auto g0 = route(logits0);
    auto experts0 = torch::relu(torch::mm(x, p[kWin])).view({n, experts_, hidden_});
    auto h = (experts0 * g0.unsqueeze(2)).sum(1);                          // [n, hidden]
    auto logits1 = torch::mm(h, p[kR1]);
    auto g1 = route(logits1);
    auto mixed = (h.unsqueeze(1) * g1.unsqueeze(2)).reshape({n, experts_ * hidden_});
    // Σ_e g1_e·h·W_out_e in one matmul; W_out·W_U first since it is the smaller product.
    auto logits = torch::mm(mixed, torch::mm(p[kWout], p[kWU]));
    if (balanceCoef_ > 0.0)
        aux_ = balanceCoef_ * (balanceLoss(logits0, g0) + balanceLoss(logits1, g1));
    else
        aux_ = torch::Tensor();
    if (gates0)
        *gates0 = g0;
    if (gates1)
        *gates1 = g1;
    return logits;
}

torch::Tensor MoeMlp::forward(const torch::Tensor& inputs) { return forwardImpl(inputs, nullptr, nullptr); }

torch::Tensor MoeMlp::routingWeights(const torch::Tensor& inputs)
{
    torch::NoGradGuard guard;
    torch::Tensor g0, g1;
    forwardImpl(inputs, &g0, &g1);
    return torch::stack({g0, g1}, 1); // [n, 2, E]
}

} // namespace ts
