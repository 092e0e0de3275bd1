#pragma once
// Interpolation between two recorded checkpoints, end to end: opens the runs, rebuilds the
// model, reads both end points and computes the curves asked for. The GUI and `render` drive it
// through this torch-free header (the CLI, which also applies its evaluation options to the
// model, calls core/analysis/Interpolation.h itself).
#include "core/analysis/InterpolationResult.h"
#include "core/analysis/PathSharpnessResult.h"

#include <cstdint>
#include <memory>
#include <string>

namespace ts {

class Feedback;

struct CheckpointInterpolationSpec {
    std::string runA, stepA;      // steps: a step number, "first" or "last"
    std::string runB;             // empty: run A again
    std::string stepB;
    double alphaMin = 0.0, alphaMax = 1.0;
    int points = 21;
    bool layerwise = false;       // these three on the training split (else the first split)
    bool lines = false;           // LiNeS, α ∈ [0, 1] in 21 points
    bool layerSharpness = false;  // α ∈ [0, 1] in 11 points, 20 power iterations
    int64_t bezierSteps = -1;     // >= 0: also a Bézier curve trained this many steps
    std::string bn = "recompute"; // BatchNorm statistics between the checkpoints (BnChoice::parse)
    bool trainMode = false;       // batch statistics: every point keeps the nearer end's buffers
};

struct CheckpointInterpolation {
    std::string pathA, pathB;
    int64_t stepA = -1, stepB = -1;
    std::string warning; // approximate results (a format-1 file of a BatchNorm model)
    InterpolationResult linear;
    std::unique_ptr<LayerwiseResult> layerwise;
    std::unique_ptr<LinesResult> lines;
    std::unique_ptr<BezierResult> bezier;
    std::unique_ptr<PathSharpnessResult> layerSharpness;
};

// ConfigError for runs of different architectures, unknown steps or a bad range; Cancelled
// through feedback.
CheckpointInterpolation interpolateCheckpoints(const CheckpointInterpolationSpec& spec, Feedback* feedback = nullptr);

} // namespace ts
