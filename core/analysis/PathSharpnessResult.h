#pragma once
// What layerSharpnessAlongPath (core/analysis/PathSharpness.h) returns; torch-free.
#include <string>
#include <vector>

namespace ts {

struct PathSharpnessResult {
    std::vector<double> alpha;
    std::vector<std::string> layers;
    std::vector<std::vector<double>> lambdaMax; // [layer][alpha]
    std::vector<std::vector<double>> residual;  // [layer][alpha]
    std::string split;
    int iterations = 0;
};

} // namespace ts
