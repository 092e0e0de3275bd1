#include "core/influence/Influence.h"

#include "core/Error.h"
#include "core/analysis/RunModel.h"
#include "core/influence/InfluenceFunction.h"
#include "core/influence/TracIn.h"
#include "core/runfile/RunReader.h"

#include <torch/torch.h>

namespace ts {

InfluenceScores computeInfluence(const RunReader& run, const InfluenceOptions& options, Feedback* feedback,
                                 const ComputeDevice& device)
{
    if (options.chunk < 1)
        throw ConfigError("the chunk size must be at least 1");
    auto loaded = loadRunModel(run, device);
    const auto& train = loaded.data.split(options.trainSplit);
    if (train.inputs.size(0) == 0)
        throw ConfigError("split '" + options.trainSplit + "' is empty");
    if (options.testIndex < -1)
        throw ConfigError("the test row must be >= 0 (or -1 for self-influence)");
    if (options.testIndex >= 0) {
        const auto& test = loaded.data.split(options.testSplit);
        if (options.testIndex >= test.inputs.size(0))
            throw ConfigError("test row " + std::to_string(options.testIndex) + " is outside split '" +
                              options.testSplit + "' (" + std::to_string(test.inputs.size(0)) + " rows)");
    }
    if (feedback)
        feedback->setProgress(0.0);
    auto scores = options.method == InfluenceMethod::TracIn ? tracIn(run, loaded, options, feedback)
                                                            : influenceFunction(run, loaded, options, feedback);
    if (!loaded.warning.empty())
        scores.note += std::string(scores.note.empty() ? "" : "; ") + loaded.warning;
    if (feedback)
        feedback->setProgress(1.0);
    return scores;
}

} // namespace ts
