// Each optimizer step against a hand computation (scalars, in double), and against
// LibTorch's own torch::optim implementations on a random problem.
#include "core/train/Adam.h"
#include "core/train/Sgd.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <cmath>

using namespace ts;

namespace {
torch::Tensor scalarParam(double v) { return torch::tensor({v}, torch::kFloat64).requires_grad_(true); }
void setGrad(torch::Tensor& p, double g) { p.mutable_grad() = torch::tensor({g}, torch::kFloat64); }
double val(const torch::Tensor& p) { return p.item<double>(); }
} // namespace

TEST(Optimizers, SgdPlainAndWeightDecay)
{
    auto p = scalarParam(2.0);
    Sgd sgd({p}, {}, 0.0, false, 0.5);
    setGrad(p, 3.0);
    sgd.step(0.1);
    // d = g + wd·θ = 3 + 1 = 4; θ = 2 − 0.1·4
    EXPECT_DOUBLE_EQ(val(p), 1.6);
}

TEST(Optimizers, SgdMomentumAndNesterov)
{
    auto p = scalarParam(1.0), q = scalarParam(1.0);
    Sgd heavy({p}, {}, 0.9, false, 0.0), nesterov({q}, {}, 0.9, true, 0.0);
    setGrad(p, 1.0);
    setGrad(q, 1.0);
    heavy.step(0.1);    // b = 1; θ = 1 − 0.1
    nesterov.step(0.1); // b = 1; d = 1 + 0.9 = 1.9; θ = 1 − 0.19
    EXPECT_DOUBLE_EQ(val(p), 0.9);
    EXPECT_DOUBLE_EQ(val(q), 0.81);
    setGrad(p, 2.0);
    setGrad(q, 2.0);
    heavy.step(0.1);    // b = 0.9 + 2 = 2.9; θ = 0.9 − 0.29
    nesterov.step(0.1); // b = 2.9; d = 2 + 2.61 = 4.61; θ = 0.81 − 0.461
    EXPECT_NEAR(val(p), 0.61, 1e-15);
    EXPECT_NEAR(val(q), 0.349, 1e-15);
}

TEST(Optimizers, AdamTwoStepsByHand)
{
    const double b1 = 0.9, b2 = 0.98, eps = 1e-8, lr = 0.01, wd = 0.1;
    auto p = scalarParam(1.0);
    Adam adam({p}, {}, b1, b2, eps, wd, false);
    double theta = 1.0, m = 0, v = 0;
    for (int t = 1; t <= 2; ++t) {
        const double grad = t == 1 ? 0.5 : -0.25;
        setGrad(p, grad);
        adam.step(lr);
        const double g = grad + wd * theta; // L2 decay joins the gradient
        m = b1 * m + (1 - b1) * g;
        v = b2 * v + (1 - b2) * g * g;
        const double mh = m / (1 - std::pow(b1, t)), vh = v / (1 - std::pow(b2, t));
        theta -= lr * mh / (std::sqrt(vh) + eps);
        EXPECT_NEAR(val(p), theta, 1e-12) << "step " << t;
    }
}

TEST(Optimizers, AdamWDecouplesWeightDecay)
{
    const double b1 = 0.9, b2 = 0.98, eps = 1e-8, lr = 0.01, wd = 1.0;
    auto p = scalarParam(2.0);
    Adam adamw({p}, {}, b1, b2, eps, wd, true);
    double theta = 2.0, m = 0, v = 0;
    for (int t = 1; t <= 3; ++t) {
        const double g = 0.3 * t;
        setGrad(p, g);
        adamw.step(lr);
        theta *= 1 - lr * wd; // decay first, independent of the gradient
        m = b1 * m + (1 - b1) * g;
        v = b2 * v + (1 - b2) * g * g;
        const double mh = m / (1 - std::pow(b1, t)), vh = v / (1 - std::pow(b2, t));
        theta -= lr * mh / (std::sqrt(vh) + eps);
        EXPECT_NEAR(val(p), theta, 1e-12) << "step " << t;
    }
}

TEST(Optimizers, LearningRateScalePerParameter)
{
    auto fast = scalarParam(1.0), slow = scalarParam(1.0);
    Sgd sgd({fast, slow}, {1.0, 0.01}, 0.0, false, 0.0);
    setGrad(fast, 1.0);
    setGrad(slow, 1.0);
    sgd.step(0.5);
    EXPECT_DOUBLE_EQ(val(fast), 0.5);
    EXPECT_DOUBLE_EQ(val(slow), 0.995);
}

TEST(Optimizers, ParametersWithoutGradientStay)
{
    auto p = scalarParam(1.0);
    Adam adam({p}, {}, 0.9, 0.999, 1e-8, 1.0, true);
    adam.step(0.1);
    EXPECT_DOUBLE_EQ(val(p), 1.0);
}

namespace {
// Ten steps of ours and of torch::optim on the same quadratic-plus-quartic problem.
template <typename Ours, typename Theirs>
void compareWithLibTorch(Ours makeOurs, Theirs makeTheirs)
{
    torch::manual_seed(0);
    auto init = torch::randn({5, 3}, torch::kFloat64);
    auto target = torch::randn({5, 3}, torch::kFloat64);
    auto a = init.clone().requires_grad_(true), b = init.clone().requires_grad_(true);
    auto ours = makeOurs(a);
    auto theirs = makeTheirs(b);
    auto lossOf = [&](const torch::Tensor& x) { return ((x - target).pow(2) + 0.1 * x.pow(4)).sum(); };
    for (int i = 0; i < 10; ++i) {
        ours->zeroGrad();
        lossOf(a).backward();
        ours->step(0.01);
        theirs->zero_grad();
        lossOf(b).backward();
        theirs->step();
    }
    EXPECT_TRUE(torch::allclose(a, b, 1e-12, 1e-12)) << (a - b).abs().max().item<double>();
}
} // namespace

TEST(Optimizers, MatchLibTorchOptim)
{
    compareWithLibTorch([](torch::Tensor p) { return std::make_unique<Adam>(std::vector<torch::Tensor>{p}, std::vector<double>{}, 0.9, 0.98, 1e-8, 1.0, true); },
                        [](torch::Tensor p) {
                            return std::make_unique<torch::optim::AdamW>(
                                std::vector<torch::Tensor>{p}, torch::optim::AdamWOptions(0.01).betas({0.9, 0.98}).weight_decay(1.0));
                        });
    compareWithLibTorch([](torch::Tensor p) { return std::make_unique<Adam>(std::vector<torch::Tensor>{p}, std::vector<double>{}, 0.9, 0.999, 1e-8, 0.1, false); },
                        [](torch::Tensor p) {
                            return std::make_unique<torch::optim::Adam>(
                                std::vector<torch::Tensor>{p}, torch::optim::AdamOptions(0.01).weight_decay(0.1));
                        });
    compareWithLibTorch([](torch::Tensor p) { return std::make_unique<Sgd>(std::vector<torch::Tensor>{p}, std::vector<double>{}, 0.9, true, 0.01); },
                        [](torch::Tensor p) {
                            return std::make_unique<torch::optim::SGD>(
                                std::vector<torch::Tensor>{p},
                                torch::optim::SGDOptions(0.01).momentum(0.9).nesterov(true).weight_decay(0.01));
                        });
}
