#include "widgets/charts/Decimator.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace ts::widgets {

namespace {

struct Filter {
    const double* x;
    const double* y;
    const Decimator::Options& o;
    bool drawable(std::size_t i) const {
        if (!std::isfinite(x[i]) || !std::isfinite(y[i])) return false;
        if (o.logX && x[i] <= 0.0) return false;
        if (o.positiveYOnly && y[i] <= 0.0) return false;
        return true;
    }
};

// Emits indices in ascending order; a repeated index (e.g. the global first point that is
// also the point before the range) is written once.
struct Sink {
    const double* x;
    const double* y;
    std::vector<Decimator::Point>& out;
    std::size_t next = 0; // smallest index not yet emitted
    void put(std::size_t i) {
        if (i < next) return;
        out.push_back({x[i], y[i]});
        next = i + 1;
    }
};

} // namespace

std::vector<Decimator::Point> Decimator::decimate(const std::vector<double>& x,
                                                  const std::vector<double>& y,
                                                  const Options& options) {
    return decimate(x.data(), y.data(), std::min(x.size(), y.size()), options);
}

std::vector<Decimator::Point> Decimator::decimate(const double* x, const double* y,
                                                  std::size_t n, const Options& o) {
    std::vector<Point> out;
    if (n == 0) return out;
    const Filter ok{x, y, o};
    Sink sink{x, y, out};

    const std::size_t lo = std::size_t(std::lower_bound(x, x + n, o.xMin) - x);
    const std::size_t hi = std::size_t(std::upper_bound(x, x + n, o.xMax) - x); // [lo, hi)

    std::size_t first = 0;
    while (first < n && !ok.drawable(first)) ++first;
    if (first == n) return out;
    std::size_t last = n - 1;
    while (!ok.drawable(last)) --last;

    // The points just outside the range make the line run on to the plot edge.
    std::size_t before = n, after = n;
    for (std::size_t i = lo; i-- > first;)
        if (ok.drawable(i)) { before = i; break; }
    for (std::size_t i = hi; i <= last; ++i)
        if (ok.drawable(i)) { after = i; break; }

    const std::size_t columns = std::size_t(std::max(1, o.columns));
    out.reserve(std::min(hi - lo, kPointsPerColumn * columns) + 4);
    sink.put(first);
    if (before != n) sink.put(before);

    if (hi - lo < kPointsPerColumn * columns) {
        for (std::size_t i = lo; i < hi; ++i)
            if (ok.drawable(i)) sink.put(i);
    } else {
        const auto coord = [&](double v) { return o.logX ? std::log10(v) : v; };
        double start = o.xMin;
        if (o.logX && start <= 0.0) { // no log of the range start: begin at the first point
            std::size_t i = lo;
            while (i < hi && !ok.drawable(i)) ++i;
            start = i < hi ? x[i] : 1.0;
        }
        const double c0 = coord(start);
        const double span = coord(o.xMax) - c0;
        const double perUnit = span > 0 ? double(columns) / span : 0.0;
        const auto columnOf = [&](double v) {
            const double c = (coord(v) - c0) * perUnit;
            return c <= 0 ? std::size_t(0) : std::min(columns - 1, std::size_t(c));
        };

        std::size_t col = columns; // none yet
        std::size_t cFirst = 0, cMin = 0, cMax = 0, cLast = 0;
        const auto flush = [&] {
            std::array<std::size_t, 4> idx{cFirst, cMin, cMax, cLast};
            std::sort(idx.begin(), idx.end());
            for (std::size_t i : idx) sink.put(i);
        };
        for (std::size_t i = lo; i < hi; ++i) {
            if (!ok.drawable(i)) continue;
            const std::size_t c = columnOf(x[i]);
            if (c != col) {
                if (col != columns) flush();
                col = c;
                cFirst = cMin = cMax = cLast = i;
                continue;
            }
            cLast = i;
            if (y[i] < y[cMin]) cMin = i;
            if (y[i] > y[cMax]) cMax = i;
        }
        if (col != columns) flush();
    }

    if (after != n) sink.put(after);
    sink.put(last);
    return out;
}

} // namespace ts::widgets
