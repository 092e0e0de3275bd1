#pragma once
// Iso-lines of a gridded surface by marching squares: the segments where the bilinear-in-
// each-edge interpolation of the grid crosses a level. Cells with a missing (NaN) corner are
// skipped; the two saddle cases are resolved by the cell's mean.
#include <vector>

namespace ts::widgets {

struct IsoSegment {
    double x0, y0, x1, y1;
};

// grid is row-major with x fastest (grid[iy * xs.size() + ix]).
std::vector<IsoSegment> isoSegments(const std::vector<double>& grid, const std::vector<double>& xs,
                                    const std::vector<double>& ys, double level);

// n levels evenly spaced strictly inside (lo, hi).
std::vector<double> evenLevels(double lo, double hi, int n);

} // namespace ts::widgets
