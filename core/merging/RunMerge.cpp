#include "core/merging/RunMerge.h"

#include "core/Error.h"
#include "core/TensorConvert.h"
#include "core/analysis/RunModel.h"
#include "core/merging/ModelMerging.h"
#include "core/runfile/RunReader.h"
#include "core/runfile/RunWriter.h"
#include "core/train/Loss.h"

#include <torch/torch.h>

#include <filesystem>
#include <memory>
#include <sstream>

namespace ts {

namespace {

std::string number(double v)
{
    std::ostringstream s;
    s.precision(10);
    s << v;
    return s.str();
}

std::string joined(const std::vector<double>& values)
{
    std::string out;
    for (std::size_t i = 0; i < values.size(); ++i)
        out += (i ? "," : "") + number(values[i]);
    return out;
}

bool samePath(const std::string& a, const std::string& b)
{
    std::error_code ea, eb;
    const auto pa = std::filesystem::weakly_canonical(a, ea), pb = std::filesystem::weakly_canonical(b, eb);
    return !ea && !eb ? pa == pb : a == b;
}

void setKey(KeyValues& config, const std::string& key, const std::string& value)
{
    for (auto& kv : config)
        if (kv.first == key) {
            kv.second = value;
            return;
        }
    config.emplace_back(key, value);
}

// Buffers must match by name and shape as the parameters do (requireSameArchitecture).
void requireSameBuffers(const RunReader& a, const RunReader& b)
{
    if (a.storesBuffers() != b.storesBuffers() || a.buffers().size() != b.buffers().size())
        throw ConfigError("checkpoints of different architectures: " + a.path() + " and " + b.path() +
                          " store different buffers");
    for (std::size_t i = 0; i < a.buffers().size(); ++i) {
        const auto &x = a.buffers()[i], &y = b.buffers()[i];
        if (x.name != y.name || x.shape != y.shape || x.dtype != y.dtype)
            throw ConfigError("checkpoints of different architectures: buffer '" + x.name + "' " +
                              shapeToString(x.shape) + " vs '" + y.name + "' " + shapeToString(y.shape));
    }
}

void progress(Feedback* feedback, double fraction, const std::string& message)
{
    if (!feedback)
        return;
    feedback->throwIfCancelled();
    feedback->setProgress(fraction);
    feedback->setMessage(message);
}

} // namespace

MergeSource MergeSource::parse(const std::string& text, const std::string& checkpoint)
{
    const auto at = text.rfind('@');
    if (at == std::string::npos || at + 1 == text.size())
        return {text, checkpoint};
    return {text.substr(0, at), text.substr(at + 1)};
}

MergeSummary mergeRuns(const MergeRequest& request, Feedback* feedback)
{
    torch::NoGradGuard noGrad;
    const auto& o = request.options;
    o.validate(request.inputs.size());
    if (request.out.empty())
        throw ConfigError("the merge needs an output file");
    progress(feedback, 0.0, "reading checkpoints");

    std::vector<std::unique_ptr<RunReader>> runs;
    for (const auto& in : request.inputs) {
        if (samePath(in.path, request.out))
            throw ConfigError("the output " + request.out + " would replace the input " + in.path);
        runs.push_back(std::make_unique<RunReader>(in.path));
    }
    const RunReader& first = *runs.front();
    std::unique_ptr<RunReader> baseOwned, dataOwned;
    const RunReader* baseRun = &first;
    if (!request.base.path.empty() && !samePath(request.base.path, first.path())) {
        baseOwned = std::make_unique<RunReader>(request.base.path);
        baseRun = baseOwned.get();
    }
    const RunReader* dataRun = &first;
    if (!request.dataFrom.empty() && !samePath(request.dataFrom, first.path())) {
        dataOwned = std::make_unique<RunReader>(request.dataFrom);
        dataRun = dataOwned.get();
    }
    for (std::size_t i = 1; i < runs.size(); ++i) {
        requireSameArchitecture(first, *runs[i]);
        requireSameBuffers(first, *runs[i]);
    }
    requireSameArchitecture(first, *baseRun);
    requireSameArchitecture(first, *dataRun);
    requireSameBuffers(first, *dataRun);

    MergeSummary s;
    s.out = request.out;
    const std::string baseCheckpoint = request.base.path.empty() ? "first" : request.base.checkpoint;
    const int64_t baseIndex = checkpointIndex(*baseRun, baseCheckpoint);
    s.basePath = baseRun->path();
    s.baseStep = baseRun->checkpointSteps()[std::size_t(baseIndex)];
    const auto base = checkpointVector(*baseRun, baseIndex);

    std::vector<torch::Tensor> thetas;
    std::vector<std::vector<torch::Tensor>> buffers;
    for (std::size_t i = 0; i < runs.size(); ++i) {
        progress(feedback, 0.5 * double(i) / double(runs.size()), "reading " + runs[i]->path());
        const int64_t index = checkpointIndex(*runs[i], request.inputs[i].checkpoint);
        s.inputPaths.push_back(runs[i]->path());
        s.inputSteps.push_back(runs[i]->checkpointSteps()[std::size_t(index)]);
        s.step = std::max(s.step, s.inputSteps.back());
        thetas.push_back(checkpointVector(*runs[i], index));
        buffers.push_back(checkpointBuffers(*runs[i], index));
        s.taskVectorNorms.push_back(
            (thetas.back().to(torch::kFloat64) - base.to(torch::kFloat64)).norm().item<double>());
        if (o.method != MergeMethod::Average && !torch::equal(checkpointVector(*runs[i], 0), base))
            s.warnings.push_back(runs[i]->path() + " does not start from the base (" + s.basePath + " step " +
                                 std::to_string(s.baseStep) + "): its task vector includes its own initialisation");
    }
    if (first.storesBuffers() && !first.buffers().empty() && buffers.front().empty())
        throw FileError(first.path(), "the checkpoint has no buffers");

    progress(feedback, 0.5, std::string("merging (") + mergeMethodName(o.method) + ")");
    const auto merged = mergeParameters(base, thetas, o).contiguous();
    const auto mergedBuffers = mergeBuffers(buffers, o.normalisedWeights(runs.size()));
    s.distanceFromBase = (merged.to(torch::kFloat64) - base.to(torch::kFloat64)).norm().item<double>();
    s.parameterCount = merged.numel();
    s.weights = o.method == MergeMethod::Average ? o.normalisedWeights(runs.size()) : o.weightsFor(runs.size());
    if (!torch::isfinite(merged).all().item<bool>())
        throw ConfigError("the merged parameters are not finite");

    // The merged model on the data it carries, with the merged statistics, in eval mode.
    progress(feedback, 0.6, "evaluating the merged model");
    auto loaded = loadRunModel(*dataRun);
    if (!loaded.warning.empty())
        s.warnings.push_back(loaded.warning);
    loaded.model->setFlatParameters(merged);
    if (!mergedBuffers.empty())
        loaded.model->setBufferValues(mergedBuffers);
    loaded.model->setTraining(false);
    RunHeader h;
    std::vector<double> metrics;
    for (const auto& split : loaded.data.splits) {
        if (feedback)
            feedback->throwIfCancelled();
        const auto r = evaluate(*loaded.model, split, loaded.data.loss);
        s.splits[split.name] = {r.loss, r.accuracy};
        h.metricNames.push_back(split.name + "_loss");
        h.metricNames.push_back(split.name + "_acc");
        metrics.push_back(r.loss);
        metrics.push_back(r.accuracy);
    }

    // The header: first input's model, the data run's data and configuration, the merge's keys.
    h.config = dataRun->config();
    setKey(h.config, "source", "merge");
    setKey(h.config, "merge_method", mergeMethodName(o.method));
    std::string inputs;
    for (std::size_t i = 0; i < runs.size(); ++i)
        inputs += (i ? "," : "") + s.inputPaths[i] + "@" + std::to_string(s.inputSteps[i]);
    setKey(h.config, "merge_inputs", inputs);
    setKey(h.config, "merge_weights", joined(s.weights));
    if (o.method != MergeMethod::Average) {
        setKey(h.config, "merge_base", s.basePath + "@" + std::to_string(s.baseStep));
        setKey(h.config, "merge_lambda", number(o.lambda));
    }
    if (o.method == MergeMethod::Ties || (o.method == MergeMethod::Dare && o.dareTies))
        setKey(h.config, "merge_trim", number(o.trim));
    if (o.method == MergeMethod::Dare) {
        setKey(h.config, "merge_drop", number(o.drop));
        setKey(h.config, "merge_seed", std::to_string(o.seed));
        setKey(h.config, "merge_combine", o.dareTies ? "ties" : "task-arithmetic");
    }
    setKey(h.config, "merge_data", dataRun->path());
    h.modelArch = first.modelArch();
    if (first.hasModelScript())
        h.modelScript = first.readModelScript();
    h.modelSpec = first.modelSpec();
    h.params = first.params();
    if (first.storesBuffers())
        h.buffers = first.buffers();
    h.lossKind = dataRun->lossKind();
    for (const auto& name : dataRun->splitNames())
        h.splits.push_back(dataRun->readSplit(name));

    // Written under a temporary name and renamed: a failure or a cancel leaves nothing.
    progress(feedback, 0.8, "writing " + request.out);
    const std::string partial = request.out + ".merging";
    try {
        RunWriter writer(partial, h);
        writer.appendMetrics(s.step, metrics);
        std::vector<const float*> ptrs;
        std::size_t offset = 0;
        const float* data = merged.data_ptr<float>();
        for (const auto& p : h.params) {
            ptrs.push_back(data + offset);
            offset += std::size_t(p.numel());
        }
        std::vector<torch::Tensor> heldBuffers;
        std::vector<const void*> bufferPtrs;
        if (!h.buffers.empty())
            for (const auto& b : mergedBuffers) {
                heldBuffers.push_back(b.to(torch::kCPU).contiguous());
                bufferPtrs.push_back(heldBuffers.back().data_ptr());
            }
        writer.appendCheckpoint(s.step, ptrs, bufferPtrs);
        writer.setStatus(RunStatus::Finished, std::string("merged (") + mergeMethodName(o.method) + ")");
        writer.close();
        if (feedback)
            feedback->throwIfCancelled();
        std::filesystem::rename(partial, request.out);
    } catch (...) {
        std::error_code ec;
        std::filesystem::remove(partial, ec);
        throw;
    }
    progress(feedback, 1.0, "merged into " + request.out);
    return s;
}

} // namespace ts
