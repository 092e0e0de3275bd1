#include "core/landscape/SurfaceCurvature.h"

#include "core/Error.h"

#include <cmath>
#include <limits>

namespace ts {

SurfaceCurvature surfaceCurvature(const std::vector<double>& xs, const std::vector<double>& ys,
                                  const std::vector<double>& values, double centreRadius)
{
    const int64_t nx = int64_t(xs.size()), ny = int64_t(ys.size());
    if (nx < 3 || ny < 3)
        throw ConfigError("surface curvature needs at least 3×3 grid points");
    if (int64_t(values.size()) != nx * ny)
        throw ConfigError("surface curvature: " + std::to_string(values.size()) + " values for a " +
                          std::to_string(nx) + "×" + std::to_string(ny) + " grid");
    SurfaceCurvature c;
    c.centreRadius = centreRadius;
    auto v = [&](int64_t ix, int64_t iy) { return values[std::size_t(iy * nx + ix)]; };
    int64_t negative = 0, negativeCentre = 0;
    for (int64_t iy = 1; iy + 1 < ny; ++iy) {
        for (int64_t ix = 1; ix + 1 < nx; ++ix) {
            bool finite = true, lowest = true;
            const double f = v(ix, iy);
            for (int dy = -1; dy <= 1; ++dy)
                for (int dx = -1; dx <= 1; ++dx) {
                    const double n = v(ix + dx, iy + dy);
                    finite = finite && std::isfinite(n);
                    if (dx != 0 || dy != 0)
                        lowest = lowest && f < n;
                }
            if (!finite) {
                ++c.skipped;
                continue;
            }
            c.localMinima += lowest ? 1 : 0;
            // Central differences with the local spacings (equal on a regular grid).
            const double hxm = xs[ix] - xs[ix - 1], hxp = xs[ix + 1] - xs[ix];
            const double hym = ys[iy] - ys[iy - 1], hyp = ys[iy + 1] - ys[iy];
            const double hx = 0.5 * (hxm + hxp), hy = 0.5 * (hym + hyp);
            const double fxx = ((v(ix + 1, iy) - f) / hxp - (f - v(ix - 1, iy)) / hxm) / hx;
            const double fyy = ((v(ix, iy + 1) - f) / hyp - (f - v(ix, iy - 1)) / hym) / hy;
            const double fxy = (v(ix + 1, iy + 1) - v(ix + 1, iy - 1) - v(ix - 1, iy + 1) + v(ix - 1, iy - 1)) /
                               ((hxm + hxp) * (hym + hyp));
            const double smallest = 0.5 * (fxx + fyy) - std::hypot(0.5 * (fxx - fyy), fxy);
            const bool nonConvex = smallest < 0;
            // A small tolerance so that grid points on the circle (0.5 from a float range) count.
            const bool centre = std::hypot(xs[ix], ys[iy]) <= centreRadius * (1 + 1e-9);
            ++c.assessed;
            negative += nonConvex ? 1 : 0;
            if (centre) {
                ++c.assessedCentre;
                negativeCentre += nonConvex ? 1 : 0;
            }
        }
    }
    const double nan = std::numeric_limits<double>::quiet_NaN();
    c.nonConvexShare = c.assessed > 0 ? double(negative) / double(c.assessed) : nan;
    c.nonConvexShareCentre = c.assessedCentre > 0 ? double(negativeCentre) / double(c.assessedCentre) : nan;
    return c;
}

SurfaceCurvature surfaceCurvature(const LandscapeSurface& surface, const std::string& metric, double centreRadius)
{
    if (!surface.is2d())
        throw ConfigError("surface curvature needs a 2-D surface, not a 1-D slice");
    const auto it = surface.values.find(metric);
    if (it == surface.values.end())
        throw ConfigError("the surface has no metric '" + metric + "'");
    return surfaceCurvature(surface.xs, surface.ys, it->second, centreRadius);
}

} // namespace ts
