#pragma once
// Algebra of the plane θ(a, b) = θ₀ + a·d1 + b·d2 for the fast evaluators. A parameter is
// linear in (a, b): three coefficient tensors. A product of two linear factors with no
// nonlinearity between them is a quadratic with six coefficients on the basis
// [1, a, b, a², ab, b²], computed once (in float64) and evaluated for a batch of points with
// one matrix product. Coefficients are formed in float64; at() sums them in the coefficients'
// own dtype (float64 unless a caller rounded large ones to the evaluation dtype) and returns
// the evaluation dtype. Everything is on the model's device (the directions may be anywhere).
#include "core/landscape/PlaneDirections.h"

#include <array>
#include <functional>
#include <vector>

namespace ts {

using Linear3 = std::array<torch::Tensor, 3>;

class PlanePolynomial {
public:
    // dtype: the evaluation dtype (the model's); coefficients are formed in float64 first.
    PlanePolynomial(const Model& model, const PlaneDirections& directions, torch::ScalarType dtype);

    // Parameter i's three coefficients in float64, shaped like the parameter (d2's zero for a line).
    const Linear3& param(std::size_t i) const { return params_[i]; }
    // Parameter i at a batch of points (basis in float64): [P, shape...] in the evaluation dtype.
    torch::Tensor paramAt(std::size_t i, const torch::Tensor& basis3) const;

    // [P, 3] basis [1, a, b] and [P, 6] basis [1, a, b, a², ab, b²], float64.
    torch::Tensor linearBasis(const std::vector<double>& a, const std::vector<double>& b) const;
    torch::Tensor quadraticBasis(const std::vector<double>& a, const std::vector<double>& b) const;

    // Coefficients of f(X(a,b), Y(a,b)) for a bilinear f, stacked [6, ...] in float64.
    torch::Tensor product(const Linear3& x, const Linear3& y,
                          const std::function<torch::Tensor(const torch::Tensor&, const torch::Tensor&)>& f) const;
    // Stacks linear coefficients [3, ...] (float64).
    torch::Tensor stack(const Linear3& x) const;
    // coeffs [k, ...] at a basis [P, k] → [P, ...], summed in float64, in the evaluation dtype.
    torch::Tensor at(const torch::Tensor& coeffs, const torch::Tensor& basis) const;

    torch::ScalarType dtype() const { return dtype_; }
    // The model's device: coefficients and bases live there.
    torch::Device device() const { return device_; }

private:
    torch::ScalarType dtype_;
    torch::Device device_ = torch::kCPU;
    std::vector<Linear3> params_;
    std::vector<torch::Tensor> stacked_; // [3, numel] per parameter, float64
};

} // namespace ts
