#pragma once
// Where a command's tensors live and its computations run: the CPU (the default) or one CUDA
// GPU. Torch-free, so option parsers and the GUI can hold one; torchDevice()
// (core/TensorConvert.h) turns it into a torch::Device. Models, data and directions move there
// (docs/devices.md); random numbers are still drawn on the CPU, so a seed gives the same
// directions and probes on every device.
#include <string>

namespace ts {

struct ComputeDevice {
    enum class Kind { Cpu, Cuda };
    Kind kind = Kind::Cpu;
    int index = 0; // CUDA: the GPU's ordinal ("cuda" is "cuda:0")

    bool isCuda() const { return kind == Kind::Cuda; }
    // "cpu", "cuda" or "cuda:N"; ConfigError naming the accepted forms otherwise.
    static ComputeDevice parse(const std::string& text);
    std::string toString() const; // "cpu" or "cuda:N"
    bool operator==(const ComputeDevice& o) const { return kind == o.kind && (kind == Kind::Cpu || index == o.index); }
    bool operator!=(const ComputeDevice& o) const { return !(*this == o); }
};

// ConfigError unless this build of LibTorch can compute on the device: the CPU always can; CUDA
// needs a LibTorch built with CUDA and a GPU of that ordinal.
void requireAvailable(const ComputeDevice& device);

} // namespace ts
