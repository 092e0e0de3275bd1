#include "core/models/Mlp.h"

#include "core/Error.h"

#include <torch/torch.h>

#include <cmath>

namespace ts {

Mlp::Mlp(const Settings& spec, at::Generator& gen) : Model("mlp", spec)
{
    activation_ = spec.getString("activation", "relu");
    if (activation_ != "relu" && activation_ != "tanh" && activation_ != "gelu")
        throw ConfigError("mlp: activation '" + activation_ + "' is not relu, tanh or gelu");
    const int64_t out = spec.getInt("out", 1);
    scalarOutput_ = spec.getBool("scalar_output", false);
    // "none" (or an empty list) gives a linear model: no hidden layers.
    const std::string widthText = spec.getString("widths", "128");
    auto widths = (widthText.empty() || widthText == "none") ? std::vector<int64_t>{} : spec.getIntList("widths", {128});
    int64_t in = 0;
    if (spec.has("vocab")) {
        tokens_ = true;
        const int64_t vocab = spec.getInt("vocab", 0), embed = spec.getInt("embed", 64);
        seqLen_ = spec.getInt("seq_len", 2);
        if (vocab < 1 || embed < 1 || seqLen_ < 1)
            throw ConfigError("mlp: vocab, embed and seq_len must be positive");
        addParam("embed.weight", torch::randn({vocab, embed}, gen, torch::kFloat32));
        in = embed * seqLen_;
        firstLayer_ = 1;
    } else {
        in = spec.getInt("in_dim", 0);
        if (in < 1)
            throw ConfigError("mlp: in_dim must be positive");
    }
    if (out < 1)
        throw ConfigError("mlp: out must be positive");
    widths.push_back(out);
    for (std::size_t i = 0; i < widths.size(); ++i) {
        const int64_t w = widths[i];
        if (w < 1)
            throw ConfigError("mlp: every width must be positive");
        const double bound = 1.0 / std::sqrt(double(in)); // PyTorch nn.Linear's default range
        addParam("layers." + std::to_string(i) + ".weight",
                 (torch::rand({w, in}, gen, torch::kFloat32) * 2 - 1) * bound);
        addParam("layers." + std::to_string(i) + ".bias", (torch::rand({w}, gen, torch::kFloat32) * 2 - 1) * bound);
        in = w;
    }
    layerCount_ = widths.size();
}

torch::Tensor Mlp::activate(const torch::Tensor& x) const
{
    if (activation_ == "tanh")
        return torch::tanh(x);
    if (activation_ == "gelu")
        return torch::gelu(x);
    return torch::relu(x);
}

torch::Tensor Mlp::forward(const torch::Tensor& inputs)
{
    const auto& p = params();
    torch::Tensor x;
    if (tokens_)
        x = p[0].index_select(0, inputs.reshape({-1})).reshape({inputs.size(0), -1});
    else
        x = inputs.dim() > 2 ? inputs.flatten(1) : inputs; // images [n, C, H, W]: in_dim = C*H*W
    for (std::size_t i = 0; i < layerCount_; ++i) {
        const auto& w = p[firstLayer_ + 2 * i];
        const auto& b = p[firstLayer_ + 2 * i + 1];
        x = torch::addmm(b, x, w.t());
        if (i + 1 < layerCount_)
            x = activate(x);
    }
    return scalarOutput_ ? x.squeeze(1) : x;
}

} // namespace ts
