#include "core/tasks/XorClusters.h"

#include "core/Error.h"

#include <ATen/CPUGeneratorImpl.h>

#include <cmath>

namespace ts {

namespace {
// n points of the mixture; returns (inputs, clean labels ±1).
std::pair<torch::Tensor, torch::Tensor> sample(int64_t n, const torch::Tensor& mu1, const torch::Tensor& mu2,
                                               at::Generator& gen)
{
    const int64_t d = mu1.size(0);
    auto labelBit = torch::randint(0, 2, {n}, gen, torch::kInt64);
    auto signBit = torch::randint(0, 2, {n}, gen, torch::kInt64);
    auto y = labelBit.to(torch::kFloat32) * 2 - 1;                 // +1 / −1
    auto s = (signBit.to(torch::kFloat32) * 2 - 1).unsqueeze(1);   // ± cluster
    auto isPos = (y > 0).unsqueeze(1);
    auto centres = torch::where(isPos, mu1.unsqueeze(0).expand({n, d}), mu2.unsqueeze(0).expand({n, d})) * s;
    auto x = centres + torch::randn({n, d}, gen, torch::kFloat32);
    return {x, y};
}
} // namespace

TaskData makeXorClusters(const XorClustersOptions& o)
{
    if (o.dim < 2)
        throw ConfigError("xor: dim must be at least 2");
    if (o.nTrain < 1 || o.nTest < 1)
        throw ConfigError("xor: n_train and n_test must be positive");
    if (!(o.eta >= 0.0 && o.eta < 0.5))
        throw ConfigError("xor: label-flip rate eta must be in [0, 0.5)");
    if (!(o.muScale > 0.0))
        throw ConfigError("xor: mu_scale must be positive");

    auto gen = at::make_generator<at::CPUGeneratorImpl>(o.seed);
    // Two random orthogonal directions (Gram–Schmidt), scaled to ‖μ‖.
    const double norm = o.muScale * std::sqrt(static_cast<double>(o.dim) / static_cast<double>(o.nTrain));
    auto a = torch::randn({o.dim}, gen, torch::kFloat64);
    auto b = torch::randn({o.dim}, gen, torch::kFloat64);
    a = a / a.norm();
    b = b - a * a.dot(b);
    b = b / b.norm();
    auto mu1 = (a * norm).to(torch::kFloat32);
    auto mu2 = (b * norm).to(torch::kFloat32);

    auto [xTr, yTr] = sample(o.nTrain, mu1, mu2, gen);
    auto flip = torch::rand({o.nTrain}, gen, torch::kFloat64) < o.eta;
    auto yTrNoisy = torch::where(flip, -yTr, yTr);
    auto [xTe, yTe] = sample(o.nTest, mu1, mu2, gen);

    TaskData t;
    t.name = "xor";
    t.description = "XOR clusters, d=" + std::to_string(o.dim) + ", n=" + std::to_string(o.nTrain) +
                    ", eta=" + std::to_string(o.eta).substr(0, 5) + " (" + std::to_string(flip.sum().item<int64_t>()) +
                    " train labels flipped)";
    t.loss = LossKind::Logistic;
    t.inputKind = InputKind::Features;
    t.featureDim = o.dim;
    t.outputDim = 1;
    t.splits.push_back({"train", xTr, yTrNoisy});
    t.splits.push_back({"test", xTe, yTe});
    return t;
}

} // namespace ts
