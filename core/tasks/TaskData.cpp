#include "core/tasks/TaskData.h"

#include "core/Error.h"

namespace ts {

const char* lossKindName(LossKind k)
{
    switch (k) {
    case LossKind::CrossEntropy: return "cross_entropy";
    case LossKind::Logistic: return "logistic";
    case LossKind::Mse: return "mse";
    }
    return "?";
}

LossKind lossKindFromName(const std::string& name)
{
    if (name == "cross_entropy")
        return LossKind::CrossEntropy;
    if (name == "logistic")
        return LossKind::Logistic;
    if (name == "mse")
        return LossKind::Mse;
    throw ConfigError("unknown loss '" + name + "' (expected cross_entropy, logistic or mse)");
}

const Split& TaskData::split(const std::string& name) const
{
    for (const auto& s : splits)
        if (s.name == name)
            return s;
    throw ConfigError("task '" + this->name + "' has no split '" + name + "'");
}

bool TaskData::hasSplit(const std::string& name) const
{
    for (const auto& s : splits)
        if (s.name == name)
            return true;
    return false;
}

void TaskData::to(const torch::Device& device)
{
    for (auto& s : splits) {
        s.inputs = s.inputs.to(device);
        s.targets = s.targets.to(device);
    }
}

} // namespace ts
