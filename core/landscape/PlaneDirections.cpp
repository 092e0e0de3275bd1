#include "core/landscape/PlaneDirections.h"

#include "core/Error.h"
#include "core/models/Model.h"

#include <torch/torch.h>

namespace ts {

namespace {
void checkVector(const torch::Tensor& v, int64_t n, const char* what)
{
    if (!v.defined() || v.dim() != 1 || v.numel() != n)
        throw ConfigError(std::string("the landscape's ") + what + " has " +
                          (v.defined() ? std::to_string(v.numel()) : std::string("no")) +
                          " values, the model has " + std::to_string(n) + " parameters");
    if (!torch::isfinite(v).all().item<bool>())
        throw ConfigError(std::string("the landscape's ") + what + " has non-finite values");
}
} // namespace

void PlaneDirections::validate(const Model& model) const
{
    const int64_t n = model.parameterCount();
    checkVector(centre, n, "centre");
    checkVector(d1, n, "x direction");
    if (d1.abs().max().item<double>() == 0.0)
        throw ConfigError("the landscape's x direction is zero");
    if (d2.defined()) {
        checkVector(d2, n, "y direction");
        if (d2.abs().max().item<double>() == 0.0)
            throw ConfigError("the landscape's y direction is zero");
    }
}

} // namespace ts
