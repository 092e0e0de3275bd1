#include "core/train/Optimizer.h"

#include "core/Error.h"
#include "core/models/Model.h"
#include "core/train/Adam.h"
#include "core/train/Sgd.h"

#include <torch/torch.h>

namespace ts {

Optimizer::Optimizer(std::vector<torch::Tensor> params, std::vector<double> lrScales)
    : params_(std::move(params)), lrScales_(std::move(lrScales))
{
    if (lrScales_.empty())
        lrScales_.assign(params_.size(), 1.0);
    if (lrScales_.size() != params_.size())
        throw Error("optimizer: one learning-rate scale per parameter expected");
}

void Optimizer::step(double lr)
{
    torch::NoGradGuard guard;
    ++steps_;
    for (std::size_t i = 0; i < params_.size(); ++i) {
        auto& p = params_[i];
        const auto& g = p.grad();
        if (!g.defined())
            continue; // parameters without gradient (unused this step) stay as they are
        update(i, p, g, lr * lrScales_[i]);
    }
}

void Optimizer::zeroGrad()
{
    for (auto& p : params_) {
        auto& g = p.mutable_grad();
        if (g.defined())
            g = torch::Tensor(); // set_to_none, as PyTorch's default
    }
}

std::unique_ptr<Optimizer> makeOptimizer(const Settings& s, Model& model)
{
    std::vector<double> scales;
    for (std::size_t i = 0; i < model.params().size(); ++i)
        scales.push_back(model.lrScale(i));
    const std::string kind = s.getString("optimizer", "adamw");
    const double wd = s.getDouble("weight_decay", 0.0);
    if (wd < 0.0)
        throw ConfigError("weight_decay must be >= 0");
    if (kind == "sgd") {
        const double momentum = s.getDouble("momentum", 0.0);
        if (momentum < 0.0 || momentum >= 1.0)
            throw ConfigError("momentum must be in [0, 1)");
        return std::make_unique<Sgd>(model.params(), scales, momentum, s.getBool("nesterov", false), wd);
    }
    if (kind == "adam" || kind == "adamw") {
        const double b1 = s.getDouble("beta1", 0.9), b2 = s.getDouble("beta2", 0.999), eps = s.getDouble("eps", 1e-8);
        if (b1 < 0.0 || b1 >= 1.0 || b2 < 0.0 || b2 >= 1.0)
            throw ConfigError("beta1 and beta2 must be in [0, 1)");
        if (!(eps > 0.0))
            throw ConfigError("eps must be positive");
        return std::make_unique<Adam>(model.params(), scales, b1, b2, eps, wd, kind == "adamw");
    }
    throw ConfigError("unknown optimizer '" + kind + "' (expected sgd, adam or adamw)");
}

} // namespace ts
