#pragma once
// Options and result of the spectral density (core/analysis/SpectralDensity.h); torch-free.
#include <cstdint>
#include <vector>

namespace ts {

struct DensityOptions {
    int probes = 1;                  // independent Gaussian start vectors
    int steps = 80;                  // Lanczos steps per probe (capped at the dimension)
    int gridPoints = 1000;
    double sigma = 0.0;              // Gaussian broadening (std); 0 = sigmaRelative · range
    double sigmaRelative = 0.01;     // relative to the Ritz-value range max θ − min θ (1 if 0)
    uint64_t seed = 0;
    std::vector<std::size_t> subset; // parameter indices (empty = all)
};

struct DensityResult {
    std::vector<double> grid;       // ascending, from min θ − 5σ to max θ + 5σ
    std::vector<double> density;    // normalised: trapezoidal integral over grid = 1
    double sigma = 0.0;             // the broadening used
    std::vector<std::vector<double>> ritzValues; // per probe
    std::vector<std::vector<double>> weights;    // per probe (each sums to 1)
    int stepsPerProbe = 0;          // the steps asked for after capping at the dimension
    int64_t dim = 0;
};

} // namespace ts
