#include "core/landscape/PlanePolynomial.h"

#include "core/models/Model.h"

#include <torch/torch.h>

namespace ts {

PlanePolynomial::PlanePolynomial(const Model& model, const PlaneDirections& directions, torch::ScalarType dtype)
    : dtype_(dtype), device_(model.device())
{
    torch::NoGradGuard guard;
    const auto c0 = directions.centre.to(device_, torch::kFloat64);
    const auto c1 = directions.d1.to(device_, torch::kFloat64);
    const auto c2 = directions.is2d() ? directions.d2.to(device_, torch::kFloat64) : torch::zeros_like(c1);
    int64_t offset = 0;
    for (const auto& p : model.params()) {
        const int64_t n = p.numel();
        auto part = [&](const torch::Tensor& v) { return v.slice(0, offset, offset + n).view(p.sizes()); };
        params_.push_back({part(c0), part(c1), part(c2)});
        stacked_.push_back(torch::stack({c0.slice(0, offset, offset + n), c1.slice(0, offset, offset + n),
                                         c2.slice(0, offset, offset + n)}));
        offset += n;
    }
}

torch::Tensor PlanePolynomial::paramAt(std::size_t i, const torch::Tensor& basis3) const
{
    auto shape = params_[i][0].sizes().vec();
    shape.insert(shape.begin(), basis3.size(0));
    return torch::mm(basis3, stacked_[i]).view(shape).to(dtype_);
}

torch::Tensor PlanePolynomial::linearBasis(const std::vector<double>& a, const std::vector<double>& b) const
{
    const int64_t n = int64_t(a.size());
    auto basis = torch::empty({n, 3}, torch::kFloat64);
    auto acc = basis.accessor<double, 2>();
    for (int64_t i = 0; i < n; ++i) {
        acc[i][0] = 1.0;
        acc[i][1] = a[std::size_t(i)];
        acc[i][2] = b.empty() ? 0.0 : b[std::size_t(i)];
    }
    return basis.to(device_); // filled on the CPU: a few numbers per point
}

torch::Tensor PlanePolynomial::quadraticBasis(const std::vector<double>& a, const std::vector<double>& b) const
{
    const int64_t n = int64_t(a.size());
    auto basis = torch::empty({n, 6}, torch::kFloat64);
    auto acc = basis.accessor<double, 2>();
    for (int64_t i = 0; i < n; ++i) {
        const double x = a[std::size_t(i)], y = b.empty() ? 0.0 : b[std::size_t(i)];
        acc[i][0] = 1.0;
        acc[i][1] = x;
        acc[i][2] = y;
        acc[i][3] = x * x;
        acc[i][4] = x * y;
        acc[i][5] = y * y;
    }
    return basis.to(device_);
}

torch::Tensor PlanePolynomial::product(const Linear3& x, const Linear3& y,
                                       const std::function<torch::Tensor(const torch::Tensor&, const torch::Tensor&)>& f) const
{
    torch::NoGradGuard guard;
    // (X0 + aX1 + bX2)(Y0 + aY1 + bY2) = X0Y0 + a(X1Y0 + X0Y1) + b(X2Y0 + X0Y2)
    //                                   + a²X1Y1 + ab(X1Y2 + X2Y1) + b²X2Y2
    return torch::stack({f(x[0], y[0]), f(x[1], y[0]) + f(x[0], y[1]), f(x[2], y[0]) + f(x[0], y[2]), f(x[1], y[1]),
                         f(x[1], y[2]) + f(x[2], y[1]), f(x[2], y[2])});
}

torch::Tensor PlanePolynomial::stack(const Linear3& x) const
{
    return torch::stack({x[0], x[1], x[2]});
}

torch::Tensor PlanePolynomial::at(const torch::Tensor& coeffs, const torch::Tensor& basis) const
{
    auto shape = coeffs.sizes().vec();
    shape[0] = basis.size(0);
    return torch::mm(basis.to(coeffs.scalar_type()), coeffs.reshape({coeffs.size(0), -1})).view(shape).to(dtype_);
}

} // namespace ts
