#pragma once
// What `render --view landscape3d|contour|slice` draws: a surface file as it is, or a surface
// computed from a run file with the landscape options (as `trainscope landscape` computes it).
#include "app/cli/CommandLine.h"
#include "core/landscape/Surface.h"

#include <string>

namespace ts::app {

// FileError / ConfigError / UsageError with a message for the user.
ts::LandscapeSurface landscapeSurfaceForRender(const std::string& path, const cli::CommandLine& cl);

} // namespace ts::app
