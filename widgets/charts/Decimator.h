#pragma once
// Per-pixel-column min/max decimation (as in LabPlot): what a line plot needs to look exactly
// like the full series at a given width, in O(visible points). Pure C++, no Qt.
#include <cstddef>
#include <vector>

namespace ts::widgets {

class Decimator {
public:
    struct Point {
        double x;
        double y;
    };

    struct Options {
        double xMin = 0.0;           // visible x-range
        double xMax = 1.0;
        int columns = 800;           // pixel columns across the visible range
        bool logX = false;           // columns equal in log10(x); points with x <= 0 are skipped
        bool positiveYOnly = false;  // for a log y axis: points with y <= 0 are skipped
    };

    // Below this many visible points per column the series is returned undecimated.
    static constexpr std::size_t kPointsPerColumn = 4;

    // x must be sorted ascending. Returns, in x order: the global first and last drawable
    // points, one drawable point just outside each end of the range, and for every column the
    // first, min, max and last point (deduplicated). Non-finite points are skipped.
    static std::vector<Point> decimate(const double* x, const double* y, std::size_t n,
                                       const Options& options);
    static std::vector<Point> decimate(const std::vector<double>& x, const std::vector<double>& y,
                                       const Options& options);
};

} // namespace ts::widgets
