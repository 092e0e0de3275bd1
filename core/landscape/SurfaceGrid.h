#pragma once
// Grid coordinates and the progressive order in which a surface's points are computed:
// level 0 is a coarse sub-grid of at most 9 points per axis (every k-th index plus the last,
// k a power of two), each later level halves k, and the last level (k = 1) completes the
// grid. Every level reuses the points of the levels before it.
#include <cstdint>
#include <vector>

namespace ts {

// n evenly spaced values from lo to hi (n == 1: just lo). ConfigError for n < 1, n > 100000,
// non-finite bounds or lo >= hi with n > 1.
std::vector<double> gridCoordinates(double lo, double hi, int64_t n, const char* axis = "x");

// Flat indices (iy·nx + ix) of each level; disjoint, together every point once.
std::vector<std::vector<int64_t>> refinementLevels(int64_t nx, int64_t ny, int64_t coarse = 9);

} // namespace ts
