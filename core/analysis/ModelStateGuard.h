#pragma once
// Saves a model's parameters, buffers and train/eval mode, and puts them back (bit for bit)
// when the analysis ends, however it ends (cancel, non-finite loss, exception).
#include <torch/types.h>

#include <vector>

namespace ts {

class Model;

class ModelStateGuard {
public:
    explicit ModelStateGuard(Model& model);
    ~ModelStateGuard();
    ModelStateGuard(const ModelStateGuard&) = delete;
    ModelStateGuard& operator=(const ModelStateGuard&) = delete;

private:
    Model& model_;
    torch::Tensor params_;
    std::vector<torch::Tensor> buffers_;
    bool training_;
};

} // namespace ts
