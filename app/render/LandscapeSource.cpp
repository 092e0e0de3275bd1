#include "app/render/LandscapeSource.h"

#include "app/cli/ConsoleFeedback.h"
#include "app/cli/InterruptGuard.h"
#include "app/cli/LandscapeOptions.h"

#include "core/Runtime.h"
#include "core/landscape/LandscapeRun.h"
#include "core/landscape/SurfaceFile.h"

namespace ts::app {

ts::LandscapeSurface landscapeSurfaceForRender(const std::string& path, const cli::CommandLine& cl)
{
    if (ts::isSurfaceFile(path))
        return ts::readSurfaceFile(path);
    const ts::LandscapeSpec spec = cli::landscapeSpecFromCommandLine(cl);
    ts::configureRuntime(0);
    // Quiet (a figure's command prints nothing on success), but Ctrl-C stops it.
    cli::ConsoleFeedback feedback(true, "landscape");
    cli::InterruptGuard interrupt(feedback);
    return ts::computeLandscape(path, spec, {}, &feedback);
}

} // namespace ts::app
