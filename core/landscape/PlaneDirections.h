#pragma once
// The plane (or line) a landscape is drawn on: θ(a, b) = centre + a·d1 + b·d2, all flat
// float32 vectors in the model's parameter order, and the recipe that made the directions
// (JSON, stored in LandscapeSurface::directions so a surface says how it was made).
#include <torch/types.h>

#include <string>
#include <vector>

namespace ts {

class Model;

struct PlaneDirections {
    torch::Tensor centre;           // θ₀
    torch::Tensor d1;               // direction of the x axis
    torch::Tensor d2;               // direction of the y axis; undefined for a 1-D slice
    std::string recipe;             // JSON object
    std::vector<double> explainedVariance; // PCA only: fraction per axis

    bool is2d() const { return d2.defined(); }
    // ConfigError unless centre, d1 (and d2) are flat vectors of the model's size with finite
    // values and non-zero directions.
    void validate(const Model& model) const;
};

} // namespace ts
