// --device values (core/ComputeDevice.h): what parses, what is refused and why, and what this
// build says when asked for a GPU.
#include "core/ComputeDevice.h"
#include "core/Error.h"
#include "core/models/ModelFactory.h"
#include "core/tasks/TaskData.h"

#include <ATen/detail/CUDAHooksInterface.h>
#include <functional>
#include <gtest/gtest.h>
#include <torch/cuda.h>
#include <torch/torch.h>

using namespace ts;

namespace {
std::string errorOf(const std::function<void()>& f)
{
    try {
        f();
    } catch (const ConfigError& e) {
        return e.what();
    }
    return "(no ConfigError)";
}
} // namespace

TEST(ComputeDevice, ParsesCpuCudaAndCudaN)
{
    const auto cpu = ComputeDevice::parse("cpu");
    EXPECT_FALSE(cpu.isCuda());
    EXPECT_EQ(cpu.toString(), "cpu");
    EXPECT_EQ(cpu, ComputeDevice());

    const auto cuda = ComputeDevice::parse("cuda");
    EXPECT_TRUE(cuda.isCuda());
    EXPECT_EQ(cuda.index, 0);
    EXPECT_EQ(cuda.toString(), "cuda:0");
    EXPECT_EQ(cuda, ComputeDevice::parse("cuda:0"));

    const auto second = ComputeDevice::parse("cuda:1");
    EXPECT_TRUE(second.isCuda());
    EXPECT_EQ(second.index, 1);
    EXPECT_NE(second, cuda);
    EXPECT_EQ(ComputeDevice::parse("cuda:12").index, 12);
    EXPECT_EQ(ComputeDevice::parse(ComputeDevice::parse("cuda:7").toString()).index, 7);
}

TEST(ComputeDevice, RefusesAnythingElseNamingTheValueAndTheForms)
{
    for (const char* bad : {"gpu", "GPU", "CUDA", "Cpu", "", " cpu", "cpu ", "cuda:", "cuda:-1", "cuda:x", "cuda:1:2",
                            "cuda1", "cuda:+1", "cuda:1.0", "cuda:99999", "mps", "cpu:0"}) {
        SCOPED_TRACE(bad);
        const auto what = errorOf([&] { ComputeDevice::parse(bad); });
        EXPECT_NE(what.find("--device '" + std::string(bad) + "' is not cpu, cuda or cuda:N"), std::string::npos)
            << what;
    }
}

TEST(ComputeDevice, AvailabilityOfThisBuild)
{
    EXPECT_NO_THROW(requireAvailable(ComputeDevice()));
    const auto cuda = ComputeDevice::parse("cuda");
    const auto far = ComputeDevice::parse("cuda:3");
    if (!at::detail::getCUDAHooks().hasCUDART()) { // Debian's LibTorch: no CUDA at all
        for (const auto& d : {cuda, far}) {
            const auto what = errorOf([&] { requireAvailable(d); });
            EXPECT_EQ(what, "this TrainScope was built against a LibTorch without CUDA (Debian's libtorch is "
                            "CPU-only); build against a CUDA LibTorch to use --device cuda");
        }
        return;
    }
    const int gpus = int(torch::cuda::device_count());
    if (gpus > 0)
        EXPECT_NO_THROW(requireAvailable(cuda));
    const auto beyond = ComputeDevice::parse("cuda:" + std::to_string(gpus));
    const auto what = errorOf([&] { requireAvailable(beyond); });
    EXPECT_NE(what.find("cuda:" + std::to_string(gpus) + " requested but "), std::string::npos) << what;
    if (gpus == 1)
        EXPECT_NE(what.find("but 1 GPU present"), std::string::npos) << what;
}

TEST(ComputeDevice, MovingToTheDeviceItIsOnCopiesNothing)
{
    // --device cpu must give the default's numbers: the same tensors, not copies of them.
    Settings spec({{"in_dim", "3"}, {"widths", "4"}, {"out", "2"}});
    auto model = makeModel("mlp", spec, 0);
    EXPECT_EQ(model->device(), torch::Device(torch::kCPU));
    std::vector<const void*> before;
    for (const auto& p : model->params())
        before.push_back(p.data_ptr());
    model->to(torch::kCPU);
    for (std::size_t i = 0; i < before.size(); ++i) {
        EXPECT_EQ(model->params()[i].data_ptr(), before[i]);
        EXPECT_TRUE(model->params()[i].requires_grad());
    }
    TaskData data;
    data.splits.push_back({"train", torch::ones({5, 3}), torch::zeros({5}, torch::kInt64)});
    const void* inputs = data.splits[0].inputs.data_ptr();
    data.to(torch::kCPU);
    EXPECT_EQ(data.splits[0].inputs.data_ptr(), inputs);
}
