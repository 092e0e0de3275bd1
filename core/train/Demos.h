#pragma once
// Calibrated demo settings (measured against independent PyTorch runs; see docs/demos.md).
#include "core/Settings.h"

#include <string>
#include <vector>

namespace ts {

// The demo that trains two runs, with and without skip connections, and then their landscapes
// (core/landscape/SkipConnectionDemo.h); demoSettings gives its run with shortcuts.
constexpr const char* kSkipConnectionsDemo = "skip-connections";

std::vector<std::string> demoNames();
// Throws ConfigError for an unknown name.
Settings demoSettings(const std::string& name);

} // namespace ts
