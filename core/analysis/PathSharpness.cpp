#include "core/analysis/PathSharpness.h"

#include "core/Error.h"
#include "core/analysis/HessianEigen.h"
#include "core/analysis/Objective.h"

#include <torch/torch.h>

namespace ts {

PathSharpnessResult layerSharpnessAlongPath(Model& model, const TaskData& data, const torch::Tensor& endA,
                                            const torch::Tensor& endB, const std::vector<double>& alphas,
                                            const std::string& split, int iterations, Feedback* feedback)
{
    if (endA.numel() != model.parameterCount() || endB.numel() != model.parameterCount())
        throw ConfigError("parameter vectors do not match the model");
    const auto thetaA = endA.to(model.device()), thetaB = endB.to(model.device());
    if (iterations < 1)
        throw ConfigError("power iterations must be at least 1");
    const auto& evalSplit = data.split(split);
    const auto saved = model.flatParameters();
    const auto groups = layerGroups(model);
    PathSharpnessResult r;
    r.alpha = alphas;
    r.split = split;
    r.iterations = iterations;
    r.lambdaMax.assign(groups.size(), {});
    r.residual.assign(groups.size(), {});
    for (const auto& g : groups)
        r.layers.push_back(g.name);
    try {
        std::size_t done = 0;
        for (double a : alphas) {
            model.setFlatParameters(thetaA * (1.0 - a) + thetaB * a);
            ModelObjective objective(model, evalSplit, data.loss);
            for (std::size_t l = 0; l < groups.size(); ++l) {
                if (feedback) {
                    feedback->throwIfCancelled();
                    feedback->setProgress(double(done++) / double(alphas.size() * groups.size()));
                }
                EigenOptions o;
                o.k = 1;
                o.maxIterations = iterations;
                o.subset = groups[l].params;
                auto e = topHessianEigenvalues(objective, o);
                r.lambdaMax[l].push_back(e.eigenvalues.front());
                r.residual[l].push_back(e.residuals.empty() ? 0.0 : e.residuals.front());
            }
        }
    } catch (...) {
        model.setFlatParameters(saved);
        throw;
    }
    model.setFlatParameters(saved);
    if (feedback)
        feedback->setProgress(1.0);
    return r;
}

} // namespace ts
