#pragma once
// --device cpu|cuda[:N], shared by every command that computes: where the model, the data and
// an analysis' tensors live (core/ComputeDevice.h, docs/devices.md). The default is the CPU.
#include "app/cli/CommandLine.h"

#include "core/ComputeDevice.h"

namespace ts::cli {

// The option spec to add to a command's CommandLine.
OptionSpec deviceOptionSpec();
// --device, the CPU when absent, checked against this build and machine: ConfigError (exit
// code 2) for a value that names no device or a device this LibTorch cannot use.
ComputeDevice deviceFromCommandLine(const CommandLine& cl);

// The usage lines each command's --help ends with.
extern const char* kDeviceUsage;

} // namespace ts::cli
