#include "core/tasks/PlanarSets.h"

#include "core/Error.h"

#include <ATen/CPUGeneratorImpl.h>

#include <cmath>

namespace ts {

namespace {
void validate(const PlanarOptions& o, const char* name)
{
    if (o.classes < 2 || o.classes > 10)
        throw ConfigError(std::string(name) + ": classes must be between 2 and 10");
    if (o.nTrain < o.classes || o.nTest < o.classes)
        throw ConfigError(std::string(name) + ": n_train and n_test must be at least the number of classes");
    if (!(o.noise >= 0.0))
        throw ConfigError(std::string(name) + ": noise must be >= 0");
}

TaskData finish(const char* name, const std::string& description, const PlanarOptions& o,
                std::pair<torch::Tensor, torch::Tensor> tr, std::pair<torch::Tensor, torch::Tensor> te)
{
    TaskData t;
    t.name = name;
    t.description = description;
    t.loss = LossKind::CrossEntropy;
    t.inputKind = InputKind::Features;
    t.featureDim = 2;
    t.outputDim = o.classes;
    t.splits.push_back({"train", tr.first, tr.second});
    t.splits.push_back({"test", te.first, te.second});
    return t;
}
} // namespace

TaskData makeSpirals(const PlanarOptions& o)
{
    validate(o, "spirals");
    auto gen = at::make_generator<at::CPUGeneratorImpl>(o.seed);
    auto make = [&](int64_t n) {
        auto cls = torch::randint(0, o.classes, {n}, gen, torch::kInt64);
        auto r = torch::rand({n}, gen, torch::kFloat32);                   // radius in [0, 1)
        auto theta = r * 3.0 * M_PI + cls.to(torch::kFloat32) * (2.0 * M_PI / static_cast<double>(o.classes));
        auto x = torch::stack({r * torch::cos(theta), r * torch::sin(theta)}, 1);
        x = x + torch::randn({n, 2}, gen, torch::kFloat32) * o.noise * 0.1;
        return std::make_pair(x, cls);
    };
    auto tr = make(o.nTrain);
    auto te = make(o.nTest);
    return finish("spirals", std::to_string(o.classes) + " interleaved spirals", o, tr, te);
}

TaskData makeBlobs(const PlanarOptions& o)
{
    validate(o, "blobs");
    auto gen = at::make_generator<at::CPUGeneratorImpl>(o.seed);
    auto make = [&](int64_t n) {
        auto cls = torch::randint(0, o.classes, {n}, gen, torch::kInt64);
        auto angle = cls.to(torch::kFloat32) * (2.0 * M_PI / static_cast<double>(o.classes));
        auto centres = torch::stack({torch::cos(angle), torch::sin(angle)}, 1);
        auto x = centres + torch::randn({n, 2}, gen, torch::kFloat32) * (o.noise * 3.0);
        return std::make_pair(x, cls);
    };
    auto tr = make(o.nTrain);
    auto te = make(o.nTest);
    return finish("blobs", std::to_string(o.classes) + " Gaussian blobs", o, tr, te);
}

} // namespace ts
