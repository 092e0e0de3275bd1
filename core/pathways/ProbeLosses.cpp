#include "core/pathways/ProbeLosses.h"

#include "core/Error.h"
#include "core/Feedback.h"
#include "core/analysis/RunModel.h"
#include "core/runfile/RunReader.h"

#include <torch/torch.h>

#include <algorithm>
#include <string>

namespace ts::pathways {

std::vector<double> probeLosses(const RunReader& run, Feedback* feedback, const ComputeDevice& device)
{
    const int64_t samples = run.routingShape().samples;
    auto loaded = loadRunModel(run, device);
    if (!loaded.data.hasSplit("train"))
        throw ConfigError(run.path() + ": the run stores no training split, so its probe samples' losses are unknown");
    const auto& train = loaded.data.split("train");
    if (train.inputs.size(0) < samples)
        throw ConfigError(run.path() + ": the routing probe set is larger than the training split");
    const auto x = train.inputs.slice(0, 0, samples), y = train.targets.slice(0, 0, samples);
    std::vector<double> losses;
    torch::NoGradGuard guard;
    const auto steps = run.routingSteps();
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const auto step = steps[i];
        if (feedback) {
            feedback->throwIfCancelled();
            feedback->setProgress(double(i) / double(steps.size()));
        }
        applyCheckpoint(run, checkpointIndex(run, std::to_string(step)), *loaded.model);
        const auto l =
            torch::nn::functional::cross_entropy(
                loaded.model->forward(x), y, torch::nn::functional::CrossEntropyFuncOptions().reduction(torch::kNone))
                .to(torch::kCPU, torch::kFloat64)
                .contiguous();
        losses.insert(losses.end(), l.data_ptr<double>(), l.data_ptr<double>() + l.numel());
    }
    return losses;
}

std::vector<int64_t> probeLabels(const RunReader& run)
{
    const auto names = run.splitNames();
    if (std::find(names.begin(), names.end(), "train") == names.end())
        return {};
    const auto split = run.readSplit("train");
    if (split.targets.dtype != DType::Int64 || split.targets.shape.size() != 1)
        return {};
    const int64_t n = std::min(run.routingShape().samples, split.targets.numel());
    const auto* t = split.targets.data<int64_t>();
    return std::vector<int64_t>(t, t + n);
}

} // namespace ts::pathways
