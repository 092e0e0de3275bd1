#include "widgets/landscape/SurfaceScale.h"

#include <algorithm>
#include <cmath>

namespace ts::widgets {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Index i with v[i] <= x <= v[i+1] for increasing v, or -1 when x is outside.
int64_t bracket(const std::vector<double>& v, double x)
{
    if (v.size() < 2 || !(x >= v.front() && x <= v.back()))
        return -1;
    const auto it = std::upper_bound(v.begin(), v.end(), x);
    return std::min<int64_t>(int64_t(it - v.begin()) - 1, int64_t(v.size()) - 2);
}
} // namespace

double SurfaceScale::apply(double value) const
{
    if (!std::isfinite(value))
        return kNaN;
    if (std::isfinite(zClip))
        value = std::min(value, zClip);
    if (log)
        return value > 0 ? std::log10(value) : kNaN;
    return value;
}

void SurfaceScale::fixRange(double& lo, double& hi) const
{
    const double fixedLo = apply(rangeLo), fixedHi = apply(rangeHi);
    if (std::isfinite(fixedLo))
        lo = fixedLo;
    if (std::isfinite(fixedHi))
        hi = fixedHi;
}

std::vector<double> SurfaceScale::grid(const LandscapeSurface& surface, const std::string& metric) const
{
    const int64_t n = surface.nx() * surface.ny();
    std::vector<double> out(size_t(n), kNaN);
    const auto it = surface.values.find(metric);
    if (it == surface.values.end())
        return out;
    for (int64_t i = 0; i < n && i < int64_t(it->second.size()); ++i)
        out[size_t(i)] = apply(it->second[size_t(i)]);
    return out;
}

bool finiteRange(const std::vector<double>& values, double& lo, double& hi)
{
    lo = std::numeric_limits<double>::infinity();
    hi = -lo;
    for (double v : values)
        if (std::isfinite(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    return lo <= hi;
}

double interpolateGrid(const std::vector<double>& grid, const std::vector<double>& xs,
                       const std::vector<double>& ys, double x, double y)
{
    const int64_t nx = int64_t(xs.size());
    const int64_t ix = bracket(xs, x);
    if (ix < 0)
        return kNaN;
    const double fx = (x - xs[size_t(ix)]) / (xs[size_t(ix + 1)] - xs[size_t(ix)]);
    if (ys.empty())
        return grid[size_t(ix)] * (1 - fx) + grid[size_t(ix + 1)] * fx;
    const int64_t iy = bracket(ys, y);
    if (iy < 0)
        return kNaN;
    const double fy = (y - ys[size_t(iy)]) / (ys[size_t(iy + 1)] - ys[size_t(iy)]);
    const auto at = [&](int64_t i, int64_t j) { return grid[size_t(j * nx + i)]; };
    return (at(ix, iy) * (1 - fx) + at(ix + 1, iy) * fx) * (1 - fy) +
           (at(ix, iy + 1) * (1 - fx) + at(ix + 1, iy + 1) * fx) * fy;
}

double trajectoryHeight(const LandscapeSurface& surface, const std::string& metric, const SurfaceScale& scale,
                        const TrajectoryPoint& point)
{
    if (metric.find("loss") != std::string::npos && std::isfinite(point.loss))
        return scale.apply(point.loss);
    const auto it = surface.values.find(metric);
    if (it == surface.values.end())
        return kNaN;
    return scale.apply(interpolateGrid(it->second, surface.xs, surface.ys, point.x, point.y));
}

std::string pairedAccuracy(const LandscapeSurface& surface, const std::string& lossMetric)
{
    const auto pos = lossMetric.find("loss");
    if (pos == std::string::npos)
        return {};
    std::string acc = lossMetric;
    acc.replace(pos, 4, "acc");
    return surface.values.count(acc) ? acc : std::string();
}

} // namespace ts::widgets
