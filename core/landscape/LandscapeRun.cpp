#include "core/landscape/LandscapeRun.h"

#include "core/Error.h"
#include "core/landscape/LandscapeJob.h"
#include "core/landscape/SurfaceFile.h"
#include "core/runfile/RunReader.h"

namespace ts {

LandscapeSurface computeLandscape(const std::string& runPath, const LandscapeSpec& spec, const std::string& surfacePath,
                                  Feedback* feedback, const std::function<void(const LandscapeSurface&)>& onSurface,
                                  LandscapeRunInfo* info)
{
    RunReader run(runPath);
    LandscapeJob job(run, spec);
    LandscapeRunInfo local;
    LandscapeRunInfo& out = info ? *info : local;
    out.warning = job.warning();
    LandscapeSurface surface = job.newSurface();
    if (!surfacePath.empty() && isSurfaceFile(surfacePath)) {
        auto previous = readSurfaceFile(surfacePath);
        job.checkResumable(previous);
        surface = std::move(previous);
        out.resumed = true;
    }
    auto post = [&onSurface](const LandscapeSurface& s) {
        if (onSurface)
            onSurface(s);
    };
    if (out.resumed)
        post(surface);
    try {
        LevelObserver observer;
        if (onSurface)
            observer = [&onSurface](const LandscapeSurface& s, int, int) { onSurface(s); };
        job.compute(surface, feedback, observer);
    } catch (const Cancelled&) {
        if (!surfacePath.empty())
            writeSurfaceFile(surfacePath, surface); // nothing computed is lost
        throw;
    }
    if (!surfacePath.empty())
        writeSurfaceFile(surfacePath, surface);
    post(surface);
    return surface;
}

} // namespace ts
