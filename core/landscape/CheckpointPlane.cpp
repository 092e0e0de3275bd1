#include "core/landscape/CheckpointPlane.h"

#include "core/Error.h"
#include "core/Json.h"

#include <torch/torch.h>

namespace ts {

PlaneDirections checkpointPlane(const torch::Tensor& thetaA, const torch::Tensor& thetaB, const torch::Tensor& thetaC,
                                int64_t stepA, int64_t stepB, int64_t stepC)
{
    torch::NoGradGuard guard;
    if (thetaA.numel() != thetaB.numel() || (thetaC.defined() && thetaC.numel() != thetaA.numel()))
        throw ConfigError("the checkpoints of a checkpoint plane must have the same number of parameters");
    const auto a = thetaA.to(torch::kFloat64);
    const auto d1 = thetaB.to(torch::kFloat64) - a;
    const double n1 = torch::dot(d1, d1).item<double>();
    if (!(n1 > 0))
        throw ConfigError("checkpoints " + std::to_string(stepA) + " and " + std::to_string(stepB) +
                          " are identical: no direction between them");
    PlaneDirections p;
    p.centre = thetaA.to(torch::kFloat32).contiguous();
    p.d1 = d1.to(torch::kFloat32).contiguous();
    if (thetaC.defined()) {
        const auto c = thetaC.to(torch::kFloat64) - a;
        const auto d2 = c - d1 * (torch::dot(c, d1).item<double>() / n1);
        if (!(torch::dot(d2, d2).item<double>() > 1e-10 * std::max(n1, torch::dot(c, c).item<double>())))
            throw ConfigError("checkpoints " + std::to_string(stepA) + ", " + std::to_string(stepB) + " and " +
                              std::to_string(stepC) + " are collinear: they span no plane");
        p.d2 = d2.to(torch::kFloat32).contiguous();
    }
    JsonWriter j;
    j.beginObject().key("type").value("checkpoints").key("steps").beginArray().value(stepA).value(stepB);
    if (thetaC.defined())
        j.value(stepC);
    j.endArray().key("dimensions").value(thetaC.defined() ? 2 : 1).key("centre_step").value(stepA).endObject();
    p.recipe = j.str();
    return p;
}

} // namespace ts
