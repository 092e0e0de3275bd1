#pragma once
// Which landscape of a recorded run to compute: centre, directions, grid, split, evaluator and
// BatchNorm handling. Torch-free: the GUI and the CLI's option parser build it; LandscapeJob
// (core/landscape/LandscapeJob.h) and computeLandscape (core/landscape/LandscapeRun.h) use it.
#include "core/landscape/DirectionOptions.h"
#include "core/landscape/EvaluatorChoice.h"

#include <cstdint>
#include <string>

namespace ts {

struct LandscapeSpec {
    std::string checkpoint = "last";   // the centre θ₀: a step, first or last
    std::string directions = "random"; // random | pca | ckpt:A,B[,C] | file:PATH | task:RUN[,RUN]
    RandomDirectionOptions random;
    int64_t nx = 51, ny = 51;          // ny = 0: a 1-D slice
    double xmin = -1, xmax = 1, ymin = -1, ymax = 1;
    // Ranges that cover the projected trajectory and the centre, with a 15% margin (PCA
    // directions are unit vectors, so a fixed -1:1 often shows a speck of the path).
    bool autoRange = false;
    std::string split = "train";
    int64_t subset = 0;                // evaluate the first N samples of the split; 0 = all
    // K ≥ 2: the surface over K disjoint batches of the (subset of the) split, seeded by
    // random.seed, with a std map (BatchedPlaneEvaluator); 0 = one surface of all examples.
    int64_t batches = 0;
    EvaluatorChoice evaluator = EvaluatorChoice::Fastest;
    // Models with BatchNorm: plane points use the centre checkpoint's statistics ("keep",
    // Li et al.'s practice) or recompute them at every point ("recompute[:N]"); checkpoints on
    // the trajectory always use their own. trainMode evaluates with batch statistics.
    std::string bn = "keep";
    bool trainMode = false;
};

} // namespace ts
