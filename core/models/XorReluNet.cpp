#include "core/models/XorReluNet.h"

#include "core/Error.h"

#include <torch/torch.h>

#include <cmath>

namespace ts {

XorReluNet::XorReluNet(const Settings& spec, at::Generator& gen) : Model("xor_relu", spec)
{
    const int64_t d = spec.getInt("in_dim", 0), m = spec.getInt("width", 500);
    const double initStd = spec.getDouble("init_std", 1e-15);
    if (d < 1 || m < 2)
        throw ConfigError("xor_relu: in_dim must be positive and width at least 2");
    if (!(initStd > 0.0))
        throw ConfigError("xor_relu: init_std must be positive");
    addParam("W", torch::randn({m, d}, gen, torch::kFloat32) * initStd);
    const double a = 1.0 / std::sqrt(double(m));
    outputWeights_ = torch::cat({torch::full({m - m / 2}, a), torch::full({m / 2}, -a)}).to(torch::kFloat32);
}

torch::Tensor XorReluNet::forward(const torch::Tensor& inputs)
{
    return torch::mv(torch::relu(torch::mm(inputs, params()[0].t())), outputWeights_);
}

} // namespace ts
