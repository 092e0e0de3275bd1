#pragma once
// Calibrated demo settings (measured against independent PyTorch runs; see docs/demos.md).
#include "core/Settings.h"

#include <string>
#include <vector>

namespace ts {

std::vector<std::string> demoNames();
// Throws ConfigError for an unknown name.
Settings demoSettings(const std::string& name);

} // namespace ts
