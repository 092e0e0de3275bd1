#include "core/ComputeDevice.h"

#include "core/Error.h"

#include <ATen/detail/CUDAHooksInterface.h>
#include <torch/cuda.h>

#include <cctype>

namespace ts {

ComputeDevice ComputeDevice::parse(const std::string& text)
{
    ComputeDevice d;
    if (text == "cpu")
        return d;
    d.kind = Kind::Cuda;
    if (text == "cuda")
        return d;
    const std::string prefix = "cuda:";
    const std::string digits = text.rfind(prefix, 0) == 0 ? text.substr(prefix.size()) : std::string();
    bool ok = !digits.empty() && digits.size() <= 4;
    for (char c : digits)
        ok = ok && std::isdigit(static_cast<unsigned char>(c));
    if (!ok)
        throw ConfigError("--device '" + text + "' is not cpu, cuda or cuda:N (N: the GPU's number, from 0)");
    d.index = std::stoi(digits);
    return d;
}

std::string ComputeDevice::toString() const { return isCuda() ? "cuda:" + std::to_string(index) : "cpu"; }

void requireAvailable(const ComputeDevice& device)
{
    if (!device.isCuda())
        return;
    // A LibTorch without CUDA answers every CUDA query with the stub hooks, which report no
    // CUDA runtime; a CUDA build without a usable GPU (no driver, none visible) has the runtime.
    if (!at::detail::getCUDAHooks().hasCUDART())
        throw ConfigError("this TrainScope was built against a LibTorch without CUDA (Debian's libtorch is CPU-only); "
                          "build against a CUDA LibTorch to use --device cuda");
    const auto count = int(torch::cuda::device_count());
    if (device.index >= count)
        throw ConfigError(device.toString() + " requested but " +
                          (count == 0 ? std::string("no GPU is present (is the NVIDIA driver loaded, is "
                                                    "CUDA_VISIBLE_DEVICES empty?)")
                                      : std::to_string(count) + (count == 1 ? " GPU" : " GPUs") + " present"));
}

} // namespace ts
