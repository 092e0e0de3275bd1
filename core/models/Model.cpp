#include "core/models/Model.h"

#include "core/Error.h"

#include <torch/torch.h>

namespace ts {

std::size_t Model::paramIndex(const std::string& name) const
{
    for (std::size_t i = 0; i < names_.size(); ++i)
        if (names_[i] == name)
            return i;
    throw ConfigError("model '" + arch_ + "' has no parameter '" + name + "'");
}

int64_t Model::parameterCount() const
{
    int64_t n = 0;
    for (const auto& p : params_)
        n += p.numel();
    return n;
}

torch::Tensor Model::flatParameters() const
{
    torch::NoGradGuard guard;
    std::vector<torch::Tensor> parts;
    parts.reserve(params_.size());
    for (const auto& p : params_)
        parts.push_back(p.detach().reshape({-1}));
    return torch::cat(parts).to(torch::kFloat32).clone();
}

void Model::setFlatParameters(const torch::Tensor& flat)
{
    if (flat.dim() != 1 || flat.numel() != parameterCount())
        throw ConfigError("flat parameter vector has " + std::to_string(flat.numel()) + " values, model '" + arch_ +
                          "' has " + std::to_string(parameterCount()));
    torch::NoGradGuard guard;
    auto src = flat.to(torch::kFloat32);
    int64_t offset = 0;
    for (auto& p : params_) {
        const int64_t n = p.numel();
        p.copy_(src.slice(0, offset, offset + n).view(p.sizes()));
        offset += n;
    }
}

torch::Tensor Model::routingWeights(const torch::Tensor&)
{
    throw ConfigError("model '" + arch_ + "' has no mixture-of-experts layers");
}

const torch::Tensor& Model::addParam(const std::string& name, torch::Tensor value)
{
    if (name.find('/') != std::string::npos)
        throw ConfigError("parameter name '" + name + "' must not contain '/'");
    names_.push_back(name);
    params_.push_back(value.to(torch::kFloat32).contiguous().detach().requires_grad_(true));
    return params_.back();
}

} // namespace ts
