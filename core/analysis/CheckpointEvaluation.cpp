#include "core/analysis/CheckpointEvaluation.h"

#include "core/analysis/ModelStateGuard.h"
#include "core/runfile/RunReader.h"
#include "core/train/Loss.h"

namespace ts {

std::vector<CheckpointEvaluation> evaluateCheckpoints(const RunReader& run, LoadedRun& loaded,
                                                      const std::vector<int64_t>& indices,
                                                      std::vector<std::string> splits, Feedback* feedback)
{
    if (splits.empty())
        for (const auto& s : loaded.data.splits)
            splits.push_back(s.name);
    for (const auto& s : splits)
        loaded.data.split(s); // ConfigError naming an unknown split
    const auto steps = run.checkpointSteps();
    ModelStateGuard guard(*loaded.model);
    std::vector<CheckpointEvaluation> out;
    for (std::size_t k = 0; k < indices.size(); ++k) {
        if (feedback) {
            feedback->throwIfCancelled();
            feedback->setProgress(double(k) / double(indices.size()));
        }
        applyCheckpoint(run, indices[k], *loaded.model);
        CheckpointEvaluation e;
        e.step = steps.at(std::size_t(indices[k]));
        for (const auto& s : splits) {
            const auto r = evaluate(*loaded.model, loaded.data.split(s), loaded.data.loss);
            e.splits[s] = {r.loss, r.accuracy};
        }
        out.push_back(std::move(e));
    }
    if (feedback)
        feedback->setProgress(1.0);
    return out;
}

} // namespace ts
