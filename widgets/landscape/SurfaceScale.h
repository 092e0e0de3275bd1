#pragma once
// How a surface's values become heights and colours: an optional z-clip (values above it are
// drawn at it, as loss-landscape's h52vtp --zmax does) and an optional log10 scale. Shared by
// the 3-D view, the contour map and the exports, so all of them show the same numbers.
#include "core/landscape/Surface.h"

#include <limits>
#include <string>
#include <vector>

namespace ts::widgets {

struct SurfaceScale {
    bool log = false;
    double zClip = std::numeric_limits<double>::quiet_NaN(); // NaN: no clip
    // A fixed value range for colours and heights, in the metric's own units, so that several
    // surfaces share one scale (LandscapeComparison); NaN: each surface's own range.
    double rangeLo = std::numeric_limits<double>::quiet_NaN();
    double rangeHi = std::numeric_limits<double>::quiet_NaN();

    // NaN for points not computed yet and, on a log scale, for values <= 0.
    double apply(double value) const;
    // The metric's grid with apply() on every point (row-major, x fastest).
    std::vector<double> grid(const LandscapeSurface& surface, const std::string& metric) const;
    // Replaces a grid's own scaled range [lo, hi] by the fixed one (scaled) where that is set.
    void fixRange(double& lo, double& hi) const;
};

// Smallest and largest finite entries; false when there are none.
bool finiteRange(const std::vector<double>& values, double& lo, double& hi);

// Bilinear interpolation of a grid at (x, y) inside the grid's coordinates (NaN outside or
// next to a missing point). ys empty: linear along xs. Coordinates must increase.
double interpolateGrid(const std::vector<double>& grid, const std::vector<double>& xs,
                       const std::vector<double>& ys, double x, double y);

// The height to draw a checkpoint at: its own loss when the metric is a loss and the
// checkpoint has one, else the surface interpolated under it (then scaled).
double trajectoryHeight(const LandscapeSurface& surface, const std::string& metric,
                        const SurfaceScale& scale, const TrajectoryPoint& point);

// The accuracy metric paired with a loss ("train_loss" → "train_acc"), "" if the surface has none.
std::string pairedAccuracy(const LandscapeSurface& surface, const std::string& lossMetric);

} // namespace ts::widgets
