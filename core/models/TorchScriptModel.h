#pragma once
// A model given as a TorchScript module (torch.jit.script or torch.jit.trace, saved with
// torch.jit.save). Its parameters, named as in its state dict, become this Model's
// parameters: the module is rewired to use exactly these tensors, so every analysis that
// sets parameters or differentiates through params() (Hessian-vector products included)
// works on it unchanged. Its buffers (e.g. BatchNorm running statistics) become this
// Model's buffers the same way, so a checkpoint's buffers can be swapped in, and train mode
// (setTraining) switches the module's own mode.
#include "core/models/Model.h"

#include <memory>
#include <string>
#include <vector>

namespace torch::jit {
struct Module;
} // namespace torch::jit

namespace ts {

class TorchScriptModel : public Model {
public:
    static constexpr const char* kArch = "torchscript";

    // bytes: the file written by torch.jit.save. source names it in error messages.
    // Throws FileError naming source when it is not a loadable TorchScript module.
    TorchScriptModel(const std::vector<unsigned char>& bytes, const std::string& source);
    static std::unique_ptr<TorchScriptModel> fromFile(const std::string& path);
    ~TorchScriptModel() override;

    // The module's output for inputs; [n, 1] outputs are read as scores [n]. Errors from
    // the module become ConfigError naming the model and the input shape.
    torch::Tensor forward(const torch::Tensor& inputs) override;

    // The module itself, wired to this Model's parameters and buffers (core/landscape/
    // TorchScriptPlane freezes copies of it).
    const torch::jit::Module& module() const;
    // forward through another module of the same interface (a frozen copy), with forward's
    // error messages and output reading; it runs in the plain interpreter too.
    torch::Tensor forwardWith(const torch::jit::Module& module, const torch::Tensor& inputs) const;

private:
    void trainingChanged(bool on) override;

    struct Impl;
    std::unique_ptr<Impl> d_;
};

} // namespace ts
