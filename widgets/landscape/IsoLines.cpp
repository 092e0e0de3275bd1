#include "widgets/landscape/IsoLines.h"

#include <cmath>

namespace ts::widgets {

std::vector<IsoSegment> isoSegments(const std::vector<double>& grid, const std::vector<double>& xs,
                                    const std::vector<double>& ys, double level)
{
    std::vector<IsoSegment> out;
    const size_t nx = xs.size(), ny = ys.size();
    if (nx < 2 || ny < 2 || grid.size() < nx * ny || !std::isfinite(level))
        return out;
    for (size_t j = 0; j + 1 < ny; ++j) {
        for (size_t i = 0; i + 1 < nx; ++i) {
            // Corners counter-clockwise from (i, j): 0 = (i,j), 1 = (i+1,j), 2 = (i+1,j+1), 3 = (i,j+1).
            const double v[4] = {grid[j * nx + i], grid[j * nx + i + 1], grid[(j + 1) * nx + i + 1],
                                 grid[(j + 1) * nx + i]};
            const double px[4] = {xs[i], xs[i + 1], xs[i + 1], xs[i]};
            const double py[4] = {ys[j], ys[j], ys[j + 1], ys[j + 1]};
            if (!std::isfinite(v[0]) || !std::isfinite(v[1]) || !std::isfinite(v[2]) || !std::isfinite(v[3]))
                continue;
            int code = 0;
            for (int k = 0; k < 4; ++k)
                code |= (v[k] >= level ? 1 : 0) << k;
            if (code == 0 || code == 15)
                continue;
            // Crossing point on edge k (from corner k to corner k+1).
            const auto cross = [&](int k, double& x, double& y) {
                const int a = k, b = (k + 1) % 4;
                const double t = (level - v[a]) / (v[b] - v[a]);
                x = px[a] + t * (px[b] - px[a]);
                y = py[a] + t * (py[b] - py[a]);
            };
            // The edges whose ends lie on different sides of the level, in order.
            int edges[4], n = 0;
            for (int k = 0; k < 4; ++k)
                if (((code >> k) & 1) != ((code >> ((k + 1) % 4)) & 1))
                    edges[n++] = k;
            if (n == 2) {
                IsoSegment s;
                cross(edges[0], s.x0, s.y0);
                cross(edges[1], s.x1, s.y1);
                out.push_back(s);
            } else if (n == 4) {
                // Saddle: corners 0 and 2 on one side. If the centre is on their side, the
                // segments cut off corners 1 and 3; else corners 0 and 2.
                const bool centreHigh = (v[0] + v[1] + v[2] + v[3]) / 4 >= level;
                const bool zeroHigh = code & 1;
                const int pairs[2][2] = {{0, 1}, {2, 3}}; // isolates corners 1 and 3
                const int other[2][2] = {{3, 0}, {1, 2}}; // isolates corners 0 and 2
                const auto& use = (centreHigh == zeroHigh) ? pairs : other;
                for (const auto& p : use) {
                    IsoSegment s;
                    cross(p[0], s.x0, s.y0);
                    cross(p[1], s.x1, s.y1);
                    out.push_back(s);
                }
            }
        }
    }
    return out;
}

std::vector<double> evenLevels(double lo, double hi, int n)
{
    std::vector<double> levels;
    if (!(hi > lo) || n <= 0)
        return levels;
    for (int k = 1; k <= n; ++k)
        levels.push_back(lo + (hi - lo) * k / (n + 1));
    return levels;
}

} // namespace ts::widgets
