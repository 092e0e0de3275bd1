#pragma once
// Li et al. 2018's Figure 5 as a demo: one ResNet trained twice, with and without its skip
// connections (same seed, data and schedule), then both loss surfaces computed with the same
// random filter-normalised directions on the same training images, and each summarised by its
// loss range, non-convex share and local minima. The CLI (`trainscope train --demo
// skip-connections`) and the window both drive it; docs/demos.md has the measured numbers.
#include "core/ComputeDevice.h"
#include "core/Feedback.h"
#include "core/Settings.h"
#include "core/landscape/Surface.h"
#include "core/landscape/SurfaceCurvature.h"

#include <functional>
#include <string>
#include <vector>

namespace ts {

struct SkipDemoOptions {
    Settings training;                      // demoSettings("skip-connections") and overrides
    std::string prefix = "demo-skip-connections"; // PREFIX-short.h5, PREFIX-noshort.h5, PREFIX-*-surface.h5
    int64_t grid = 21;                      // grid × grid points
    double range = 1;                       // both axes from -range to range
    int64_t subset = 1000;                  // training images the surfaces are evaluated on
    uint64_t seed = 0;                      // seed of the directions, the same for both networks
    ComputeDevice device;                   // where both networks train and their surfaces are computed
};

struct SkipDemoNetwork {
    std::string name;                       // "short" or "noshort"
    bool shortcut = true;
    std::string runPath, surfacePath;
    int64_t parameters = 0;
    double testAccuracy = 0;                // at the last step
    double trainSeconds = 0, surfaceSeconds = 0;
    double lossMin = 0, lossMax = 0;        // train loss over the surface
    SurfaceCurvature curvature;             // of the train loss
};

// Where each stage stands, for a progress line: "training short", "surface noshort", ...
using SkipDemoStage = std::function<void(const std::string& stage)>;

// The two run paths and surface paths for a prefix (short first).
std::vector<SkipDemoNetwork> skipDemoNetworks(const std::string& prefix);

// Trains both networks and computes both surfaces, writing the four files. ConfigError for bad
// settings (before anything is written); Cancelled when feedback is cancelled (the files hold
// what was done); Error when training fails (a non-finite loss).
std::vector<SkipDemoNetwork> runSkipConnectionDemo(const SkipDemoOptions& options, Feedback* feedback = nullptr,
                                                   const SkipDemoStage& onStage = {});

// The summary of a surface file as the demo reports it (loss range and curvature of train_loss).
void summariseSkipDemoSurface(const LandscapeSurface& surface, SkipDemoNetwork& network);

} // namespace ts
