#pragma once
// HostArray <-> torch::Tensor, and ComputeDevice -> torch::Device. Core-internal: includes
// LibTorch, so keep it out of headers that Qt code includes.
#include "core/ComputeDevice.h"
#include "core/HostArray.h"

#include <torch/types.h>

namespace ts {

torch::Tensor toTensor(const HostArray& a);     // copies
HostArray toHostArray(const torch::Tensor& t);  // copies; float32, float64 or int64 tensors (any device)

torch::Device torchDevice(const ComputeDevice& device);

} // namespace ts
