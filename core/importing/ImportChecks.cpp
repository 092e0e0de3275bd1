#include "core/importing/ImportChecks.h"

#include "core/Error.h"
#include "core/TensorConvert.h"
#include "core/models/TorchScriptModel.h"
#include "core/train/Loss.h"

#include <torch/torch.h>

#include <algorithm>
#include <map>
#include <set>
#include <stdexcept>

namespace ts {

namespace {
// State dicts saved inside a training checkpoint or from DataParallel carry a prefix: the
// first one under which every parameter name is present.
bool findPrefix(const std::map<std::string, const TensorRecord*>& byName, const std::vector<std::string>& names,
                std::string& prefix)
{
    for (const char* p : {"", "model.", "state_dict.", "model_state_dict.", "module.", "model.module.", "state_dict.module."}) {
        if (std::all_of(names.begin(), names.end(), [&](const std::string& n) { return byName.count(p + n) > 0; })) {
            prefix = p;
            return true;
        }
    }
    return false;
}
} // namespace

std::vector<HostArray> matchCheckpointBuffers(const std::string& path, const std::vector<TensorRecord>& tensors,
                                              const TorchScriptModel& model)
{
    std::map<std::string, const TensorRecord*> byName;
    for (const auto& t : tensors)
        byName[t.name] = &t;
    std::string prefix;
    findPrefix(byName, model.paramNames(), prefix); // matchCheckpoint reports a missing parameter
    std::vector<HostArray> out;
    for (std::size_t i = 0; i < model.bufferNames().size(); ++i) {
        const auto& name = model.bufferNames()[i];
        const auto& current = model.buffers()[i];
        const auto it = byName.find(prefix + name);
        if (it == byName.end()) {
            if (current.is_floating_point())
                throw FileError(path, "has no tensor for the model's buffer '" + name +
                                          "' (BatchNorm statistics are needed to evaluate the checkpoint)");
            out.push_back(toHostArray(current.to(torch::kInt64).contiguous()));
            continue;
        }
        const TensorRecord& t = *it->second;
        if (t.numel() != current.numel())
            throw FileError(path, "tensor '" + t.name + "' has shape " + shapeToString(t.shape) + ", the model's buffer '" +
                                      name + "' has " + shapeToString(current.sizes().vec()));
        HostArray a;
        a.shape = current.sizes().vec();
        if (current.is_floating_point()) {
            const auto v = t.toFloat32();
            a.dtype = DType::Float32;
            a.bytes.assign(reinterpret_cast<const unsigned char*>(v.data()),
                           reinterpret_cast<const unsigned char*>(v.data() + v.size()));
        } else {
            if (t.isFloatingPoint())
                throw FileError(path, "tensor '" + t.name + "' is " + elemTypeName(t.type) + ", the model's buffer '" +
                                          name + "' is an integer counter");
            a = t.toHostArray();
            a.shape = current.sizes().vec();
        }
        out.push_back(std::move(a));
    }
    return out;
}

std::vector<std::vector<float>> matchCheckpoint(const std::string& path, const std::vector<TensorRecord>& tensors,
                                                const TorchScriptModel& model)
{
    std::map<std::string, const TensorRecord*> byName;
    for (const auto& t : tensors)
        byName[t.name] = &t;
    const auto& names = model.paramNames();
    std::string prefix;
    const bool found = findPrefix(byName, names, prefix);
    if (!found) {
        for (const auto& n : names)
            if (!byName.count(n)) {
                std::string some;
                for (std::size_t i = 0; i < tensors.size() && i < 6; ++i)
                    some += (i ? ", " : "") + tensors[i].name;
                throw FileError(path, "has no tensor for the model's parameter '" + n + "' (the file holds " +
                                          std::to_string(tensors.size()) + " tensors" +
                                          (some.empty() ? std::string() : ": " + some + (tensors.size() > 6 ? ", …" : "")) + ")");
            }
    }
    if (prefix.empty()) { // a plain state dict: everything in it must belong to the model
        std::set<std::string> known(names.begin(), names.end());
        known.insert(model.bufferNames().begin(), model.bufferNames().end());
        for (const auto& t : tensors)
            if (!known.count(t.name))
                throw FileError(path, "holds tensor '" + t.name + "', which the model has no parameter or buffer for");
    }
    std::vector<std::vector<float>> out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        const TensorRecord& t = *byName[prefix + names[i]];
        const auto shape = model.params()[i].sizes().vec();
        if (t.shape != shape)
            throw FileError(path, "tensor '" + t.name + "' has shape " + shapeToString(t.shape) + ", the model's '" +
                                      names[i] + "' has " + shapeToString(shape));
        if (!t.isFloatingPoint())
            throw FileError(path, "tensor '" + t.name + "' has dtype " + elemTypeName(t.type) +
                                      "; parameters must be floating point (F64, F32, F16, BF16)");
        out.push_back(t.toFloat32());
    }
    return out;
}

// A few examples per split: a model that does not fit the data fails here with a clear
// message instead of in every later analysis.
void checkModelOnData(TorchScriptModel& model, const std::vector<SplitData>& splits, LossKind loss, const std::string& dataPath)
{
    torch::NoGradGuard noGrad;
    for (const auto& s : splits) {
        const int64_t n = std::min<int64_t>(s.inputs.shape[0], 8);
        auto x = toTensor(s.inputs).slice(0, 0, n).to(model.device());
        auto y = toTensor(s.targets).slice(0, 0, n).to(model.device());
        torch::Tensor out = model.forward(x);
        try {
            // Broadcasting would hide a mismatch: demand the shapes each loss is defined for.
            const bool fits = loss == LossKind::CrossEntropy ? out.dim() == 2 && y.dim() == 1 && out.size(0) == y.size(0)
                                                             : out.sizes() == y.sizes();
            if (!fits)
                throw std::runtime_error(loss == LossKind::CrossEntropy ? "expected logits [n, classes] and class ids [n]"
                                                                        : "expected outputs shaped like the targets");
            computeLoss(loss, out, y);
        } catch (const std::exception& e) {
            std::string why = e.what();
            why = why.substr(0, why.find('\n'));
            throw ConfigError("the model's output " + shapeToString(out.sizes().vec()) + " on split '" + s.name + "' of " +
                              dataPath + " does not fit loss '" + lossKindName(loss) + "' with targets " +
                              shapeToString(s.targets.shape) + " " + dtypeName(s.targets.dtype) + ": " + why);
        }
    }
}
} // namespace ts
