#pragma once
// Curvature summaries of a 2-D loss surface on its grid, the numbers behind Li et al. 2018's
// Figure 5 (networks without skip connections become chaotic with depth): how much of the
// surface is non-convex and how many local minima it has. Torch-free (docs/landscapes.md).
#include "core/landscape/Surface.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ts {

struct SurfaceCurvature {
    // Share of the interior points whose 2×2 finite-difference Hessian has a negative
    // eigenvalue: over the whole grid, and over the points with radius √(x²+y²) ≤ centreRadius.
    // NaN when no point could be assessed.
    double nonConvexShare = 0;
    double nonConvexShareCentre = 0;
    double centreRadius = 0.5;
    int64_t assessed = 0;        // interior points whose 3×3 neighbourhood is finite
    int64_t assessedCentre = 0;  // of those, within centreRadius
    int64_t skipped = 0;         // interior points left out: a NaN in their neighbourhood
    // Interior points strictly lower than all 8 neighbours.
    int64_t localMinima = 0;
};

// values row-major with x fastest (value(ix, iy) = values[iy * nx + ix]), as LandscapeSurface.
// ConfigError when the sizes do not match or either axis has fewer than 3 points.
SurfaceCurvature surfaceCurvature(const std::vector<double>& xs, const std::vector<double>& ys,
                                  const std::vector<double>& values, double centreRadius = 0.5);
// The metric of a 2-D surface; ConfigError for a 1-D slice or a missing metric.
SurfaceCurvature surfaceCurvature(const LandscapeSurface& surface, const std::string& metric, double centreRadius = 0.5);

} // namespace ts
