#include "core/analysis/BatchSharpness.h"

#include "core/Feedback.h"
#include "core/analysis/HutchinsonTrace.h"
#include "core/analysis/Objective.h"
#include "core/stats/DisjointBatches.h"

#include <torch/torch.h>

namespace ts {

BatchSpread sharpnessOverBatches(Model& model, const Split& split, LossKind kind, int64_t K, uint64_t seed,
                                 EigenOptions eigen, const std::optional<TraceOptions>& trace, Feedback* feedback)
{
    const auto parts = disjointBatches(split.inputs.size(0), K, seed);
    BatchSpread spread;
    spread.examples = int64_t(parts.front().size());
    eigen.k = 1;
    const double share = 1.0 / double(parts.size());
    for (std::size_t b = 0; b < parts.size(); ++b) {
        if (feedback)
            feedback->throwIfCancelled();
        const auto index = torch::tensor(parts[b], torch::kInt64).to(split.inputs.device());
        Split batch{split.name, split.inputs.index_select(0, index),
                    split.targets.index_select(0, index.to(split.targets.device()))};
        ModelObjective objective(model, batch, kind);
        ScaledFeedback scaled(feedback, double(b) * share, double(b + 1) * share);
        Feedback* sub = &scaled;
        spread.lambdaMax.push_back(topHessianEigenvalues(objective, eigen, sub).eigenvalues.front());
        if (trace)
            spread.trace.push_back(hutchinsonTrace(objective, *trace, sub).mean);
    }
    spread.summarise(seed);
    return spread;
}

} // namespace ts
