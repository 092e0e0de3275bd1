#pragma once
// A model = ordered, named parameters (state-dict names), named buffers (state that is not
// trained by gradients, e.g. BatchNorm running statistics) + a forward function.
// Built-in models are written functionally on plain tensors, which keeps the parameter
// order explicit and lets analyses swap in any point of parameter space cheaply.
#include "core/Settings.h"
#include "core/runfile/RunHeader.h"

#include <torch/types.h>

#include <string>
#include <vector>

namespace ts {

class Model {
public:
    virtual ~Model() = default;

    const std::string& arch() const { return arch_; }
    const Settings& spec() const { return spec_; } // architecture hyperparameters, as resolved

    const std::vector<std::string>& paramNames() const { return names_; }
    std::vector<torch::Tensor>& params() { return params_; }
    const std::vector<torch::Tensor>& params() const { return params_; }
    std::size_t paramIndex(const std::string& name) const; // throws ConfigError
    int64_t parameterCount() const;

    // One float32 vector of all parameters in order (on the model's device), and back
    // (shape-checked copy from any device).
    torch::Tensor flatParameters() const;
    void setFlatParameters(const torch::Tensor& flat);

    // Buffers: float32 (running statistics) or int64 (counters such as
    // num_batches_tracked), in state-dict order. Empty for models without such state.
    const std::vector<std::string>& bufferNames() const { return bufferNames_; }
    std::vector<torch::Tensor>& buffers() { return buffers_; }
    const std::vector<torch::Tensor>& buffers() const { return buffers_; }
    bool hasBuffers() const { return !buffers_.empty(); }
    // Deep copies of the buffers, and copying such a list back (shape- and count-checked).
    std::vector<torch::Tensor> bufferValues() const;
    void setBufferValues(const std::vector<torch::Tensor>& values);

    // Train mode: BatchNorm normalises with batch statistics and updates its running
    // statistics (a forward changes buffers); dropout is active. Eval mode (the default):
    // running statistics, no dropout, a forward is a pure function of params and buffers.
    bool training() const { return training_; }
    void setTraining(bool on);

    // The device the parameters and buffers live on: the CPU until to() moves them.
    torch::Device device() const;
    // Moves the parameters, buffers and any fixed tensors of the model to `device`. The move
    // is in place (set_data, as torch.nn.Module.to does): every handle to a parameter, such
    // as a TorchScript module's, follows it. Gradients are dropped. A no-op on the same device.
    void to(const torch::Device& device);

    // inputs: the task's input tensor. Returns logits [n, classes] (cross-entropy) or
    // scores [n] (logistic / mse).
    virtual torch::Tensor forward(const torch::Tensor& inputs) = 0;

    // Learning-rate multiplier per parameter (e.g. slow routers in MoE models).
    virtual double lrScale(std::size_t /*paramIndex*/) const { return 1.0; }
    // A regulariser computed by the last forward (e.g. load balancing); undefined if none.
    virtual torch::Tensor auxiliaryLoss() const { return {}; }

    // Mixture-of-experts models: routing weights per sample and MoE layer, [n, layers, experts]
    // (tokens already averaged). Non-MoE models have 0 layers and throw.
    virtual int64_t moeLayers() const { return 0; }
    virtual int64_t moeExperts() const { return 0; }
    virtual torch::Tensor routingWeights(const torch::Tensor& inputs);

protected:
    Model(std::string arch, Settings spec) : arch_(std::move(arch)), spec_(std::move(spec)) {}
    // Registers a parameter (made a leaf requiring grad); returns the stored tensor.
    const torch::Tensor& addParam(const std::string& name, torch::Tensor value);
    // Registers a buffer (float → float32, integer → int64; never requires grad).
    const torch::Tensor& addBuffer(const std::string& name, torch::Tensor value);
    // Called when setTraining changes the mode (TorchScript modules switch theirs).
    virtual void trainingChanged(bool /*on*/) {}
    // Called by to() after the parameters and buffers moved: models move their other tensors.
    virtual void deviceChanged(const torch::Device& /*device*/) {}

private:
    std::string arch_;
    Settings spec_;
    std::vector<std::string> names_;
    std::vector<torch::Tensor> params_;
    std::vector<std::string> bufferNames_;
    std::vector<torch::Tensor> buffers_;
    bool training_ = false;
};

// The model's parameters and buffers as a run file's header lists them (names, shapes,
// buffer dtypes), appended to header.params and header.buffers.
void describeTensors(const Model& model, RunHeader& header);

} // namespace ts
