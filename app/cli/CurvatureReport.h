#pragma once
// The curvature numbers of a 2-D surface (core/landscape/SurfaceCurvature.h) as the CLI
// prints them, shared by `trainscope landscape` and the skip-connections demo.
#include "core/Json.h"
#include "core/landscape/SurfaceCurvature.h"

#include <string>

namespace ts::cli {

// An object: non_convex_share, non_convex_share_centre, centre_radius, local_minima,
// assessed, assessed_centre, skipped.
void writeCurvatureJson(JsonWriter& j, const SurfaceCurvature& c);
// "non-convex share 0.39 (r ≤ 0.5) / 0.49 (whole grid), 4 local minima[, 9 points skipped (NaN)]"
std::string curvatureText(const SurfaceCurvature& c);

} // namespace ts::cli
