#include "core/analysis/Objective.h"

#include "core/Error.h"
#include "core/models/Model.h"
#include "core/train/Loss.h"

#include <torch/torch.h>

#include <set>

namespace ts {

ModelObjective::ModelObjective(Model& model, const Split& split, LossKind kind, int64_t batchSize)
    : model_(model), kind_(kind)
{
    if (batchSize < 0)
        throw ConfigError("objective batch size must be >= 0 (0 = the whole split)");
    const int64_t n = split.inputs.size(0);
    if (n == 0)
        throw ConfigError("split '" + split.name + "' is empty");
    if (batchSize == 0 || batchSize >= n) {
        inputs_ = split.inputs;
        targets_ = split.targets;
    } else {
        inputs_ = split.inputs.slice(0, 0, batchSize);
        targets_ = split.targets.slice(0, 0, batchSize);
    }
}

std::vector<torch::Tensor>& ModelObjective::parameters() { return model_.params(); }

torch::Tensor ModelObjective::loss() { return computeLoss(kind_, model_.forward(inputs_), targets_); }

std::vector<std::size_t> resolveSubset(Objective& objective, const std::vector<std::size_t>& subset)
{
    const std::size_t n = objective.parameters().size();
    if (n == 0)
        throw ConfigError("the objective has no parameters");
    if (subset.empty()) {
        std::vector<std::size_t> all(n);
        for (std::size_t i = 0; i < n; ++i)
            all[i] = i;
        return all;
    }
    std::set<std::size_t> seen;
    for (std::size_t i : subset) {
        if (i >= n)
            throw ConfigError("parameter index " + std::to_string(i) + " is out of range (the objective has " +
                              std::to_string(n) + " parameters)");
        if (!seen.insert(i).second)
            throw ConfigError("parameter index " + std::to_string(i) + " appears twice in the subset");
    }
    return subset;
}

int64_t subsetNumel(Objective& objective, const std::vector<std::size_t>& subset)
{
    int64_t n = 0;
    for (std::size_t i : subset)
        n += objective.parameters()[i].numel();
    return n;
}

torch::Tensor flatSubset(Objective& objective, const std::vector<std::size_t>& subset)
{
    torch::NoGradGuard guard;
    std::vector<torch::Tensor> parts;
    for (std::size_t i : subset)
        parts.push_back(objective.parameters()[i].detach().reshape({-1}).to(torch::kFloat64));
    return torch::cat(parts);
}

std::vector<torch::Tensor> unflattenLike(Objective& objective, const std::vector<std::size_t>& subset,
                                         const torch::Tensor& flat)
{
    const int64_t total = subsetNumel(objective, subset);
    if (flat.dim() != 1 || flat.numel() != total)
        throw ConfigError("flat vector has " + std::to_string(flat.numel()) + " values, the parameter subset has " +
                          std::to_string(total));
    std::vector<torch::Tensor> out;
    out.reserve(subset.size());
    int64_t offset = 0;
    for (std::size_t i : subset) {
        const auto& p = objective.parameters()[i];
        const int64_t n = p.numel();
        out.push_back(flat.slice(0, offset, offset + n).view(p.sizes()).to(p.device(), p.scalar_type()));
        offset += n;
    }
    return out;
}

torch::Tensor flattenTensors(Objective& objective, const std::vector<std::size_t>& subset,
                             const std::vector<torch::Tensor>& parts)
{
    std::vector<torch::Tensor> flat;
    flat.reserve(parts.size());
    for (std::size_t k = 0; k < subset.size(); ++k) {
        const auto& p = objective.parameters()[subset[k]];
        if (k < parts.size() && parts[k].defined())
            flat.push_back(parts[k].detach().reshape({-1}).to(torch::kFloat64));
        else
            flat.push_back(torch::zeros({p.numel()}, p.options().dtype(torch::kFloat64)));
    }
    return torch::cat(flat);
}

ParameterRestorer::ParameterRestorer(Objective& objective, std::vector<std::size_t> subset)
    : objective_(objective), subset_(std::move(subset))
{
    torch::NoGradGuard guard;
    for (std::size_t i : subset_)
        saved_.push_back(objective_.parameters()[i].detach().clone());
}

ParameterRestorer::~ParameterRestorer()
{
    try {
        restore();
    } catch (...) {
    }
}

void ParameterRestorer::restore()
{
    torch::NoGradGuard guard;
    for (std::size_t k = 0; k < subset_.size(); ++k)
        objective_.parameters()[subset_[k]].detach().copy_(saved_[k]);
}

} // namespace ts
