#pragma once
// A landscape of a run file computed end to end through a torch-free signature: what the GUI
// and `render` drive (LandscapeJob, which the CLI uses directly, holds the model and tensors).
#include "core/landscape/LandscapeSpec.h"
#include "core/landscape/Surface.h"

#include <functional>
#include <string>

namespace ts {

class Feedback;

struct LandscapeRunInfo {
    bool resumed = false; // continued a surface file made by the same spec
    std::string warning;  // non-empty when results are approximate (LandscapeJob::warning)
};

// Computes the landscape `spec` describes for the run file at runPath. With a surfacePath, a
// surface file there is resumed (ConfigError when another spec made it) and the surface is
// written there when complete or cancelled (then Cancelled is rethrown). onSurface sees the
// resumed surface first, then the surface after every completed level, and the final one.
LandscapeSurface computeLandscape(const std::string& runPath, const LandscapeSpec& spec,
                                  const std::string& surfacePath = {}, Feedback* feedback = nullptr,
                                  const std::function<void(const LandscapeSurface&)>& onSurface = {},
                                  LandscapeRunInfo* info = nullptr);

} // namespace ts
