#include "core/models/TorchScriptModel.h"

#include "core/Error.h"
#include "core/HostArray.h"
#include "core/importing/FileBytes.h"

#include <torch/csrc/jit/runtime/graph_executor.h>
#include <torch/script.h>

#include <sstream>

namespace ts {

struct TorchScriptModel::Impl {
    torch::jit::Module module;
    std::string source;
};

namespace {
// The submodule holding a dotted parameter name, and the name's last component.
torch::jit::Module ownerOf(torch::jit::Module m, const std::string& name, std::string& leaf)
{
    std::size_t start = 0, dot;
    while ((dot = name.find('.', start)) != std::string::npos) {
        m = m.attr(name.substr(start, dot - start)).toModule();
        start = dot + 1;
    }
    leaf = name.substr(start);
    return m;
}
} // namespace

TorchScriptModel::TorchScriptModel(const std::vector<unsigned char>& bytes, const std::string& source)
    : Model(kArch, Settings{}), d_(std::make_unique<Impl>())
{
    d_->source = source;
    try {
        std::istringstream in(std::string(bytes.begin(), bytes.end()));
        d_->module = torch::jit::load(in, torch::kCPU);
    } catch (const std::exception& e) {
        std::string why = e.what();
        if (why.size() > 300)
            why = why.substr(0, why.find('\n') == std::string::npos ? 300 : why.find('\n'));
        throw FileError(source, "is not a TorchScript model saved with torch.jit.save (" + why + ")");
    }
    d_->module.eval();
    for (const auto& p : d_->module.named_parameters(/*recurse=*/true)) {
        const torch::Tensor& stored = addParam(p.name, p.value.detach());
        std::string leaf;
        ownerOf(d_->module, p.name, leaf).register_parameter(leaf, stored, /*is_buffer=*/false);
    }
    for (const auto& b : d_->module.named_buffers(/*recurse=*/true)) {
        const torch::Tensor& stored = addBuffer(b.name, b.value.detach());
        std::string leaf;
        ownerOf(d_->module, b.name, leaf).register_buffer(leaf, stored);
    }
}

TorchScriptModel::~TorchScriptModel() = default;

std::unique_ptr<TorchScriptModel> TorchScriptModel::fromFile(const std::string& path)
{
    return std::make_unique<TorchScriptModel>(readFileBytes(path), path);
}

void TorchScriptModel::trainingChanged(bool on) { d_->module.train(on); }

const torch::jit::Module& TorchScriptModel::module() const { return d_->module; }

torch::Tensor TorchScriptModel::forward(const torch::Tensor& inputs) { return forwardWith(d_->module, inputs); }

torch::Tensor TorchScriptModel::forwardWith(const torch::jit::Module& module, const torch::Tensor& inputs) const
{
    // The plain interpreter: no fused or differentiable subgraphs, so autograd (including
    // double backward) sees ordinary operations.
    torch::jit::GraphOptimizerEnabledGuard plain(false);
    torch::IValue out;
    try {
        out = torch::jit::Module(module).forward({inputs}); // a handle: forward is not const
    } catch (const std::exception& e) {
        std::string why = e.what();
        const auto nl = why.find('\n');
        if (nl != std::string::npos)
            why = why.substr(0, nl);
        // A traced model can hold tensors made on the device it was traced on.
        const std::string where = inputs.is_cuda() ? " (on " + inputs.device().str() +
                                                         "; a model traced on the CPU may only run there: "
                                                         "trace it on the GPU, or use --device cpu)"
                                                   : "";
        throw ConfigError("TorchScript model " + d_->source + " fails on inputs " +
                          shapeToString(inputs.sizes().vec()) + " " + std::string(c10::toString(inputs.scalar_type())) +
                          where + ": " + why);
    }
    if (out.isTuple() && !out.toTupleRef().elements().empty())
        out = out.toTupleRef().elements()[0];
    if (!out.isTensor())
        throw ConfigError("TorchScript model " + d_->source + " returns " + out.tagKind() + ", not a tensor");
    torch::Tensor t = out.toTensor();
    if (t.dim() == 2 && t.size(1) == 1)
        t = t.squeeze(1);
    return t;
}

} // namespace ts
