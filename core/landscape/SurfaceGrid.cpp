#include "core/landscape/SurfaceGrid.h"

#include "core/Error.h"
#include "core/Settings.h"

#include <cmath>
#include <string>

namespace ts {

std::vector<double> gridCoordinates(double lo, double hi, int64_t n, const char* axis)
{
    const std::string a(axis);
    if (n < 1)
        throw ConfigError("the " + a + " grid needs at least 1 point (got " + std::to_string(n) + ")");
    if (n > 100000)
        throw ConfigError("the " + a + " grid has " + std::to_string(n) + " points; at most 100000 are allowed");
    if (!std::isfinite(lo) || !std::isfinite(hi))
        throw ConfigError("the " + a + " range must be finite");
    if (n > 1 && !(lo < hi))
        throw ConfigError("the " + a + " range " + formatDouble(lo) + ":" + formatDouble(hi) +
                          " is reversed or empty (need lo < hi)");
    std::vector<double> v(static_cast<std::size_t>(n));
    for (int64_t i = 0; i < n; ++i)
        v[std::size_t(i)] = n == 1 ? lo : lo + (hi - lo) * double(i) / double(n - 1);
    for (double& x : v)
        if (std::fabs(x) < 1e-12 * std::max(std::fabs(lo), std::fabs(hi)))
            x = 0.0; // the centre exactly, when the grid passes through it
    return v;
}

namespace {
int64_t coarseStride(int64_t n, int64_t coarse)
{
    int64_t s = 1;
    while ((n - 1) / s + 1 > coarse)
        s *= 2;
    return s;
}
bool onLevel(int64_t i, int64_t n, int64_t stride) { return i % stride == 0 || i == n - 1; }
} // namespace

std::vector<std::vector<int64_t>> refinementLevels(int64_t nx, int64_t ny, int64_t coarse)
{
    coarse = std::max<int64_t>(coarse, 2);
    const int64_t sx = coarseStride(nx, coarse), sy = coarseStride(ny, coarse);
    std::vector<std::vector<int64_t>> levels;
    std::vector<char> done(std::size_t(nx * ny), 0);
    for (int64_t kx = sx, ky = sy;; kx = std::max<int64_t>(1, kx / 2), ky = std::max<int64_t>(1, ky / 2)) {
        std::vector<int64_t> level;
        for (int64_t iy = 0; iy < ny; ++iy)
            for (int64_t ix = 0; ix < nx; ++ix) {
                const int64_t flat = iy * nx + ix;
                if (!done[std::size_t(flat)] && onLevel(ix, nx, kx) && onLevel(iy, ny, ky)) {
                    done[std::size_t(flat)] = 1;
                    level.push_back(flat);
                }
            }
        if (!level.empty())
            levels.push_back(std::move(level));
        if (kx == 1 && ky == 1)
            break;
    }
    return levels;
}

} // namespace ts
