#include "core/models/Model.h"

#include "core/Error.h"

#include <torch/torch.h>

namespace ts {

std::size_t Model::paramIndex(const std::string& name) const
{
    for (std::size_t i = 0; i < names_.size(); ++i)
        if (names_[i] == name)
            return i;
    throw ConfigError("model '" + arch_ + "' has no parameter '" + name + "'");
}

int64_t Model::parameterCount() const
{
    int64_t n = 0;
    for (const auto& p : params_)
        n += p.numel();
    return n;
}

torch::Tensor Model::flatParameters() const
{
    torch::NoGradGuard guard;
    std::vector<torch::Tensor> parts;
    parts.reserve(params_.size());
    for (const auto& p : params_)
        parts.push_back(p.detach().reshape({-1}));
    return torch::cat(parts).to(torch::kFloat32).clone();
}

void Model::setFlatParameters(const torch::Tensor& flat)
{
    if (flat.dim() != 1 || flat.numel() != parameterCount())
        throw ConfigError("flat parameter vector has " + std::to_string(flat.numel()) + " values, model '" + arch_ +
                          "' has " + std::to_string(parameterCount()));
    torch::NoGradGuard guard;
    auto src = flat.to(device(), torch::kFloat32); // one transfer, not one per tensor
    int64_t offset = 0;
    for (auto& p : params_) {
        const int64_t n = p.numel();
        p.copy_(src.slice(0, offset, offset + n).view(p.sizes()));
        offset += n;
    }
}

std::vector<torch::Tensor> Model::bufferValues() const
{
    std::vector<torch::Tensor> out;
    out.reserve(buffers_.size());
    for (const auto& b : buffers_)
        out.push_back(b.detach().clone());
    return out;
}

void Model::setBufferValues(const std::vector<torch::Tensor>& values)
{
    if (values.size() != buffers_.size())
        throw ConfigError(std::to_string(values.size()) + " buffers given, model '" + arch_ + "' has " +
                          std::to_string(buffers_.size()));
    torch::NoGradGuard guard;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (values[i].numel() != buffers_[i].numel())
            throw ConfigError("buffer '" + bufferNames_[i] + "' has " + std::to_string(buffers_[i].numel()) +
                              " values, " + std::to_string(values[i].numel()) + " given");
        buffers_[i].copy_(values[i].reshape(buffers_[i].sizes()).to(buffers_[i].scalar_type()));
    }
}

void Model::setTraining(bool on)
{
    if (on == training_)
        return;
    training_ = on;
    trainingChanged(on);
}

torch::Device Model::device() const
{
    if (!params_.empty())
        return params_.front().device();
    return buffers_.empty() ? torch::Device(torch::kCPU) : buffers_.front().device();
}

void Model::to(const torch::Device& device)
{
    if (device == this->device())
        return;
    if (device.is_cuda()) {
        // LibTorch 1.13 lets cuDNN round convolutions through TF32 (10-bit mantissas) by
        // default: analyses want float32 to be float32 (docs/devices.md).
        at::globalContext().setAllowTF32CuDNN(false);
        at::globalContext().setAllowTF32CuBLAS(false);
    }
    torch::NoGradGuard guard;
    for (auto& p : params_) {
        p.mutable_grad() = torch::Tensor();
        p.set_data(p.detach().to(device));
    }
    for (auto& b : buffers_)
        b.set_data(b.detach().to(device));
    deviceChanged(device);
}

const torch::Tensor& Model::addBuffer(const std::string& name, torch::Tensor value)
{
    if (name.find('/') != std::string::npos)
        throw ConfigError("buffer name '" + name + "' must not contain '/'");
    const auto dtype = value.is_floating_point() ? torch::kFloat32 : torch::kInt64;
    bufferNames_.push_back(name);
    buffers_.push_back(value.detach().to(dtype).contiguous());
    return buffers_.back();
}

torch::Tensor Model::routingWeights(const torch::Tensor&)
{
    throw ConfigError("model '" + arch_ + "' has no mixture-of-experts layers");
}

const torch::Tensor& Model::addParam(const std::string& name, torch::Tensor value)
{
    if (name.find('/') != std::string::npos)
        throw ConfigError("parameter name '" + name + "' must not contain '/'");
    names_.push_back(name);
    params_.push_back(value.to(torch::kFloat32).contiguous().detach().requires_grad_(true));
    return params_.back();
}

void describeTensors(const Model& model, RunHeader& header)
{
    for (std::size_t i = 0; i < model.params().size(); ++i)
        header.params.push_back({model.paramNames()[i], model.params()[i].sizes().vec()});
    for (std::size_t i = 0; i < model.buffers().size(); ++i) {
        const auto& b = model.buffers()[i];
        header.buffers.push_back(
            {model.bufferNames()[i], b.sizes().vec(), b.is_floating_point() ? DType::Float32 : DType::Int64});
    }
}

} // namespace ts
