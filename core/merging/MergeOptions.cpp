#include "core/merging/MergeOptions.h"

#include "core/Error.h"

#include <cmath>

namespace ts {

const char* mergeMethodName(MergeMethod method)
{
    switch (method) {
    case MergeMethod::Average: return "average";
    case MergeMethod::TaskArithmetic: return "task-arithmetic";
    case MergeMethod::Ties: return "ties";
    case MergeMethod::Dare: return "dare";
    }
    return "?";
}

std::string mergeMethodChoices() { return "average, task-arithmetic, ties, dare"; }

MergeMethod mergeMethodFromName(const std::string& name)
{
    for (auto m : {MergeMethod::Average, MergeMethod::TaskArithmetic, MergeMethod::Ties, MergeMethod::Dare})
        if (name == mergeMethodName(m))
            return m;
    if (name == "task_arithmetic")
        return MergeMethod::TaskArithmetic;
    throw ConfigError("unknown merge method '" + name + "' (expected one of " + mergeMethodChoices() + ")");
}

void MergeOptions::validate(std::size_t inputs) const
{
    if (inputs < 1)
        throw ConfigError("a merge needs at least one input checkpoint");
    if (!weights.empty() && weights.size() != inputs)
        throw ConfigError("there are " + std::to_string(inputs) + " inputs but " + std::to_string(weights.size()) +
                          " weights");
    for (double w : weights)
        if (!std::isfinite(w) || w < 0)
            throw ConfigError("merge weights must be finite and non-negative");
    if (!std::isfinite(lambda))
        throw ConfigError("lambda must be a finite number");
    if (!(trim > 0 && trim <= 1))
        throw ConfigError("the TIES trim fraction (entries kept) must be in (0, 1]");
    if (!(drop >= 0 && drop < 1))
        throw ConfigError("the DARE drop rate must be in [0, 1)");
    if (method == MergeMethod::Average)
        normalisedWeights(inputs);
}

std::vector<double> mergeWeights(const std::vector<double>& weights, std::size_t n, bool normalise)
{
    if (!weights.empty() && weights.size() != n)
        throw ConfigError(std::to_string(n) + " inputs but " + std::to_string(weights.size()) + " weights");
    auto w = weights.empty() ? std::vector<double>(n, 1.0) : weights;
    if (!normalise)
        return w;
    double sum = 0;
    for (double v : w)
        sum += v;
    if (!(sum > 0))
        throw ConfigError("the merge weights sum to zero");
    for (double& v : w)
        v /= sum;
    return w;
}

std::vector<double> MergeOptions::weightsFor(std::size_t inputs) const { return mergeWeights(weights, inputs, false); }

std::vector<double> MergeOptions::normalisedWeights(std::size_t inputs) const
{
    return mergeWeights(weights, inputs, true);
}

} // namespace ts
