#include "core/TensorConvert.h"

#include "core/Error.h"

namespace ts {

namespace {
torch::ScalarType scalarType(DType t)
{
    switch (t) {
    case DType::Float32: return torch::kFloat32;
    case DType::Float64: return torch::kFloat64;
    case DType::Int64: return torch::kInt64;
    }
    return torch::kFloat32;
}
} // namespace

torch::Tensor toTensor(const HostArray& a)
{
    if (static_cast<int64_t>(a.bytes.size()) != a.numel() * static_cast<int64_t>(dtypeSize(a.dtype)))
        throw Error("array of shape " + shapeToString(a.shape) + " holds " + std::to_string(a.bytes.size()) +
                    " bytes, expected " + std::to_string(a.numel() * dtypeSize(a.dtype)));
    auto t = torch::empty(a.shape, torch::TensorOptions().dtype(scalarType(a.dtype)));
    if (!a.bytes.empty())
        std::memcpy(t.data_ptr(), a.bytes.data(), a.bytes.size());
    return t;
}

HostArray toHostArray(const torch::Tensor& tensor)
{
    HostArray a;
    switch (tensor.scalar_type()) {
    case torch::kFloat32: a.dtype = DType::Float32; break;
    case torch::kFloat64: a.dtype = DType::Float64; break;
    case torch::kInt64: a.dtype = DType::Int64; break;
    default: throw Error(std::string("unsupported tensor dtype ") + c10::toString(tensor.scalar_type()));
    }
    auto t = tensor.detach().contiguous().cpu();
    a.shape = t.sizes().vec();
    a.bytes.resize(static_cast<std::size_t>(t.numel()) * dtypeSize(a.dtype));
    if (!a.bytes.empty())
        std::memcpy(a.bytes.data(), t.data_ptr(), a.bytes.size());
    return a;
}

torch::Device torchDevice(const ComputeDevice& device)
{
    return device.isCuda() ? torch::Device(torch::kCUDA, static_cast<c10::DeviceIndex>(device.index))
                           : torch::Device(torch::kCPU);
}

} // namespace ts
