#include "app/cli/DeviceOption.h"

namespace ts::cli {

const char* kDeviceUsage =
    "  --device cpu|cuda[:N]\n"
    "                      where the model and the computations run (default cpu); cuda needs a TrainScope\n"
    "                      built against a CUDA LibTorch (docs/devices.md)\n";

OptionSpec deviceOptionSpec() { return {"device"}; }

ComputeDevice deviceFromCommandLine(const CommandLine& cl)
{
    const auto device = ComputeDevice::parse(cl.value("device", "cpu"));
    requireAvailable(device);
    return device;
}

} // namespace ts::cli
