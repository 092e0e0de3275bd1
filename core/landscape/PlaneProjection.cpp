#include "core/landscape/PlaneProjection.h"

#include "core/Error.h"

#include <torch/torch.h>

#include <limits>

namespace ts {

std::vector<TrajectoryPoint> projectTrajectory(const PlaneDirections& plane, const std::vector<torch::Tensor>& checkpoints,
                                               const std::vector<int64_t>& steps)
{
    torch::NoGradGuard guard;
    if (checkpoints.size() != steps.size())
        throw ConfigError("projectTrajectory: one step per checkpoint is needed");
    const auto c0 = plane.centre.to(torch::kFloat64);
    const auto d1 = plane.d1.to(torch::kFloat64);
    const auto d2 = plane.is2d() ? plane.d2.to(torch::kFloat64) : torch::Tensor();
    const double g11 = torch::dot(d1, d1).item<double>();
    const double g12 = d2.defined() ? torch::dot(d1, d2).item<double>() : 0.0;
    const double g22 = d2.defined() ? torch::dot(d2, d2).item<double>() : 1.0;
    const double det = g11 * g22 - g12 * g12;
    if (!(det > 0))
        throw ConfigError("the plane's directions are parallel: no projection");
    std::vector<TrajectoryPoint> out;
    for (std::size_t i = 0; i < checkpoints.size(); ++i) {
        const auto v = checkpoints[i].to(torch::kFloat64) - c0;
        const double r1 = torch::dot(d1, v).item<double>();
        const double r2 = d2.defined() ? torch::dot(d2, v).item<double>() : 0.0;
        TrajectoryPoint p;
        p.step = steps[i];
        p.x = (g22 * r1 - g12 * r2) / det;
        p.y = d2.defined() ? (g11 * r2 - g12 * r1) / det : 0.0;
        auto rest = v - p.x * d1;
        if (d2.defined())
            rest = rest - p.y * d2;
        p.residual = rest.norm().item<double>();
        p.loss = std::numeric_limits<double>::quiet_NaN();
        out.push_back(p);
    }
    return out;
}

} // namespace ts
