#include "core/analysis/RunModel.h"

#include "core/Error.h"
#include "core/TensorConvert.h"
#include "core/models/ModelFactory.h"
#include "core/models/TorchScriptModel.h"
#include "core/runfile/RunReader.h"

#include <torch/torch.h>

namespace ts {

namespace {
// The run's model as its file describes it (TorchScript or a built-in architecture), with
// the parameters and buffers it is built or saved with.
std::unique_ptr<Model> rebuildModel(const RunReader& run)
{
    if (run.modelArch() == TorchScriptModel::kArch)
        return std::make_unique<TorchScriptModel>(run.readModelScript(), run.path() + ":/model/torchscript");
    Settings spec;
    for (const auto& [k, v] : run.modelSpec())
        spec.set(k, v);
    return makeModel(run.modelArch(), spec, 0);
}
} // namespace

LoadedRun loadRunModel(const RunReader& run, const ComputeDevice& device)
{
    requireAvailable(device);
    LoadedRun out;
    try {
        out.model = rebuildModel(run);
    } catch (const ConfigError& e) {
        throw ConfigError(run.path() + ": cannot rebuild model '" + run.modelArch() + "': " + e.what());
    }
    const auto& params = run.params();
    if (params.size() != out.model->params().size())
        throw ConfigError(run.path() + ": the file has " + std::to_string(params.size()) + " parameter tensors, model '" +
                          run.modelArch() + "' has " + std::to_string(out.model->params().size()));
    for (std::size_t i = 0; i < params.size(); ++i) {
        const auto& p = out.model->params()[i];
        if (params[i].name != out.model->paramNames()[i] || params[i].shape != p.sizes().vec())
            throw ConfigError(run.path() + ": parameter '" + params[i].name + "' " + shapeToString(params[i].shape) +
                              " does not match the model's '" + out.model->paramNames()[i] + "' " +
                              shapeToString(p.sizes().vec()));
    }
    if (run.storesBuffers()) {
        const auto& stored = run.buffers();
        const auto& names = out.model->bufferNames();
        if (stored.size() != names.size())
            throw ConfigError(run.path() + ": the file has " + std::to_string(stored.size()) + " buffers, model '" +
                              run.modelArch() + "' has " + std::to_string(names.size()));
        for (std::size_t i = 0; i < stored.size(); ++i) {
            const auto& b = out.model->buffers()[i];
            if (stored[i].name != names[i] || stored[i].numel() != b.numel())
                throw ConfigError(run.path() + ": buffer '" + stored[i].name + "' " + shapeToString(stored[i].shape) +
                                  " does not match the model's '" + names[i] + "' " + shapeToString(b.sizes().vec()));
        }
    }
    out.warning = bufferWarning(run, *out.model);
    out.data.name = run.configValue("task", "?");
    out.data.loss = lossKindFromName(run.lossKind());
    for (const auto& name : run.splitNames()) {
        auto s = run.readSplit(name);
        out.data.splits.push_back({name, toTensor(s.inputs), toTensor(s.targets)});
    }
    const auto where = torchDevice(device);
    out.model->to(where);
    out.data.to(where);
    return out;
}

int64_t checkpointIndex(const RunReader& run, const std::string& step)
{
    const auto steps = run.checkpointSteps();
    if (steps.empty())
        throw ConfigError(run.path() + ": the run has no checkpoints");
    if (step == "last")
        return int64_t(steps.size()) - 1;
    if (step == "first")
        return 0;
    int64_t s = 0;
    if (!parseInt64(step, s))
        throw ConfigError("checkpoint '" + step + "' is not a step number, first or last");
    for (std::size_t i = 0; i < steps.size(); ++i)
        if (steps[i] == s)
            return int64_t(i);
    std::string list;
    for (std::size_t i = 0; i < steps.size() && i < 12; ++i)
        list += (i ? ", " : "") + std::to_string(steps[i]);
    if (steps.size() > 12)
        list += ", … " + std::to_string(steps.back());
    throw ConfigError(run.path() + ": no checkpoint at step " + step + " (checkpoints: " + list + ")");
}

torch::Tensor checkpointVector(const RunReader& run, int64_t index)
{
    auto flat = run.readCheckpointFlat(index);
    return torch::from_blob(flat.data(), {int64_t(flat.size())}, torch::kFloat32).clone();
}

std::vector<torch::Tensor> checkpointBuffers(const RunReader& run, int64_t index)
{
    std::vector<torch::Tensor> out;
    if (!run.storesBuffers() || run.buffers().empty())
        return out;
    for (auto& a : run.readBuffers(index))
        out.push_back(toTensor(a));
    return out;
}

void applyCheckpointBuffers(const RunReader& run, int64_t index, Model& model)
{
    if (run.storesBuffers() && model.hasBuffers())
        model.setBufferValues(checkpointBuffers(run, index));
}

void applyCheckpoint(const RunReader& run, int64_t index, Model& model)
{
    model.setFlatParameters(checkpointVector(run, index));
    applyCheckpointBuffers(run, index, model);
}

PointBuffers endpointBuffers(const RunReader& a, int64_t ia, const RunReader& b, int64_t ib, LoadedRun& loaded,
                             const BnChoice& choice)
{
    auto atA = checkpointBuffers(a, ia), atB = checkpointBuffers(b, ib);
    if (atA.empty() || atB.empty())
        return {};
    for (auto* list : {&atA, &atB}) // interpolated statistics are mixed where the model is
        for (auto& t : *list)
            t = t.to(loaded.model->device());
    loaded.model->setBufferValues(atA);
    const torch::Tensor train = loaded.data.hasSplit("train") ? loaded.data.split("train").inputs : torch::Tensor();
    return PointBuffers(choice, std::move(atA), std::move(atB), train);
}

std::string bufferWarning(const RunReader& run, const Model& model)
{
    if (run.storesBuffers())
        return {};
    for (const auto& b : model.buffers())
        if (b.is_floating_point())
            return run.path() + " is a format-1 run file: it stores no BatchNorm statistics per checkpoint, so every "
                                "checkpoint is evaluated with the statistics saved in the model file and results are "
                                "approximate (record or import the run again with this version to store them)";
    return {};
}

std::string bufferWarning(const RunReader& run)
{
    if (run.storesBuffers())
        return {};
    try {
        return bufferWarning(run, *rebuildModel(run));
    } catch (const std::exception&) {
        return {}; // a model that cannot be rebuilt is reported by the analyses themselves
    }
}

void requireSameArchitecture(const RunReader& a, const RunReader& b)
{
    if (a.modelArch() != b.modelArch())
        throw ConfigError("checkpoints of different architectures: " + a.path() + " is '" + a.modelArch() + "', " +
                          b.path() + " is '" + b.modelArch() + "'");
    const auto &pa = a.params(), &pb = b.params();
    if (pa.size() != pb.size())
        throw ConfigError("checkpoints of different architectures: " + std::to_string(pa.size()) + " vs " +
                          std::to_string(pb.size()) + " parameter tensors");
    for (std::size_t i = 0; i < pa.size(); ++i)
        if (pa[i].name != pb[i].name || pa[i].shape != pb[i].shape)
            throw ConfigError("checkpoints of different architectures: parameter '" + pa[i].name + "' " +
                              shapeToString(pa[i].shape) + " vs '" + pb[i].name + "' " + shapeToString(pb[i].shape));
}

std::vector<ParamGroup> layerGroups(const Model& model)
{
    std::vector<ParamGroup> groups;
    const auto& names = model.paramNames();
    for (std::size_t i = 0; i < names.size(); ++i) {
        const auto dot = names[i].rfind('.');
        const std::string g = dot == std::string::npos ? names[i] : names[i].substr(0, dot);
        if (groups.empty() || groups.back().name != g)
            groups.push_back({g, {}});
        groups.back().params.push_back(i);
    }
    return groups;
}

} // namespace ts
