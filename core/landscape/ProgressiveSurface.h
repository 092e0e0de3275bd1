#pragma once
// Fills a surface's missing points (NaN) level by level (SurfaceGrid's refinementLevels), so a
// view can draw a complete coarse surface first and watch it refine. The surface is updated
// in place: on cancel (ts::Cancelled is thrown) every point computed so far is kept, and a
// later call with the same surface computes only what is still missing (resume).
//
// The points go out in blocks of the evaluator's batch size, in level order, through a
// TaskDistributor: in one process, or across the ranks of an mpirun job, where each rank asks
// for the next block when it is done (the root updates the surface; the other ranks only
// evaluate). The blocks are the same either way, so the values are too.
#include "core/Feedback.h"
#include "core/landscape/PlaneEvaluator.h"
#include "core/landscape/Surface.h"

#include <functional>

namespace ts {

class TaskDistributor;

// Called after each completed level with the surface so far (level counts from 0).
using LevelObserver = std::function<void(const LandscapeSurface&, int level, int levels)>;

struct SurfaceObservers {
    LevelObserver level;
    // Called on the root with the surface so far at most every partialSeconds while a level
    // fills (a long last level is saved as it grows, so a killed job keeps most of its work).
    std::function<void(const LandscapeSurface&)> partial;
    double partialSeconds = 10.0;
};

// Metric names "<split>_loss" and "<split>_acc" from surface.split. A metric absent from the
// surface is created all-NaN; one of the wrong size is a ConfigError. On the non-root ranks of
// a distributor the surface is left as it was (only the root's holds the results). An
// evaluator over K batches (PlaneEvaluator::batches) also fills surface.stds and sets
// surface.batches; a surface over another K (or none) is a ConfigError.
void computeSurface(LandscapeSurface& surface, PlaneEvaluator& evaluator, Feedback* feedback,
                    const SurfaceObservers& observers, TaskDistributor& distributor);
void computeSurface(LandscapeSurface& surface, PlaneEvaluator& evaluator, Feedback* feedback = nullptr,
                    const LevelObserver& observer = {});

std::string lossMetric(const std::string& split);
std::string accuracyMetric(const std::string& split);

} // namespace ts
