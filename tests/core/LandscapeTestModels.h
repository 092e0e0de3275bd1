#pragma once
// Small models for the landscape tests: a quadratic whose loss is ½θᵀHθ through the MSE
// path, and a model with conv-, linear- and bias-shaped tensors for normalisation tests.
#include "core/models/Model.h"
#include "core/models/ModelFactory.h"
#include "core/tasks/TaskFactory.h"

#include <ATen/CPUGeneratorImpl.h>
#include <torch/torch.h>

namespace ts::test {

// scores = A θ on features A [n, P] with targets 0: MSE loss = (1/n)‖Aθ‖² = ½θᵀHθ, H = (2/n)AᵀA.
class QuadraticScores : public Model {
public:
    explicit QuadraticScores(int64_t P) : Model("quadratic_scores", Settings())
    {
        addParam("theta", torch::zeros({P}));
        params()[0] = params()[0].detach().to(torch::kFloat64); // exact arithmetic for the analytic check
    }
    torch::Tensor forward(const torch::Tensor& inputs) override { return torch::mv(inputs, params()[0]); }
};

class ShapedParams : public Model {
public:
    explicit ShapedParams(uint64_t seed) : Model("shaped", Settings())
    {
        auto gen = at::make_generator<at::CPUGeneratorImpl>(seed);
        addParam("conv.weight", torch::randn({8, 3, 3, 3}, gen, torch::kFloat32));
        addParam("conv.bias", torch::randn({8}, gen, torch::kFloat32));
        addParam("fc.weight", torch::randn({5, 7}, gen, torch::kFloat32) * 3);
        addParam("fc.bias", torch::randn({5}, gen, torch::kFloat32));
    }
    torch::Tensor forward(const torch::Tensor& inputs) override { return inputs; }
};

struct BuiltIn {
    TaskData data;
    std::unique_ptr<Model> model;
    BuiltIn(const std::string& arch, Settings s, uint64_t seed = 0)
    {
        if (!s.has("task"))
            s.set("task", "modular");
        data = makeTask(s);
        model = makeModel(arch, resolveModelSpec(arch, s, data), seed);
    }
};

} // namespace ts::test
