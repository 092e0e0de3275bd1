#include "core/landscape/Surface.h"

#include <cmath>
#include <limits>

namespace ts {

namespace {
double gridValue(const LandscapeSurface& s, const std::map<std::string, std::vector<double>>& maps,
                 const std::string& metric, int64_t ix, int64_t iy)
{
    const auto it = maps.find(metric);
    if (it == maps.end() || ix < 0 || iy < 0 || ix >= s.nx() || iy >= s.ny())
        return std::numeric_limits<double>::quiet_NaN();
    const std::size_t i = static_cast<std::size_t>(iy * s.nx() + ix);
    return i < it->second.size() ? it->second[i] : std::numeric_limits<double>::quiet_NaN();
}
} // namespace

double LandscapeSurface::value(const std::string& metric, int64_t ix, int64_t iy) const
{
    return gridValue(*this, values, metric, ix, iy);
}

double LandscapeSurface::stdValue(const std::string& metric, int64_t ix, int64_t iy) const
{
    return gridValue(*this, stds, metric, ix, iy);
}

int64_t LandscapeSurface::computedPoints(const std::string& metric) const
{
    const auto it = values.find(metric);
    if (it == values.end())
        return 0;
    int64_t n = 0;
    for (double v : it->second)
        n += std::isfinite(v) ? 1 : 0;
    return n;
}

std::vector<std::string> LandscapeSurface::metricNames() const
{
    std::vector<std::string> names;
    for (const auto& [name, v] : values)
        names.push_back(name);
    return names;
}

} // namespace ts
