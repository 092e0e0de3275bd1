#pragma once
// Fills a surface's missing points (NaN) level by level (SurfaceGrid's refinementLevels), so a
// view can draw a complete coarse surface first and watch it refine. The surface is updated
// in place: on cancel (ts::Cancelled is thrown) every point computed so far is kept, and a
// later call with the same surface computes only what is still missing (resume).
#include "core/Feedback.h"
#include "core/landscape/PlaneEvaluator.h"
#include "core/landscape/Surface.h"

#include <functional>

namespace ts {

// Called after each completed level with the surface so far (level counts from 0).
using LevelObserver = std::function<void(const LandscapeSurface&, int level, int levels)>;

// Metric names "<split>_loss" and "<split>_acc" from surface.split. A metric absent from the
// surface is created all-NaN; one of the wrong size is a ConfigError.
void computeSurface(LandscapeSurface& surface, PlaneEvaluator& evaluator, Feedback* feedback = nullptr,
                    const LevelObserver& observer = {});

std::string lossMetric(const std::string& split);
std::string accuracyMetric(const std::string& split);

} // namespace ts
