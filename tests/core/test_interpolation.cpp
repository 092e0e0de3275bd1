#include "core/Error.h"
#include "core/analysis/Interpolation.h"
#include "core/analysis/PathSharpness.h"
#include "core/models/ModelFactory.h"
#include "core/tasks/TaskFactory.h"
#include "core/train/Loss.h"

#include <gtest/gtest.h>

#include <cmath>
#include <torch/torch.h>

using namespace ts;

namespace {
struct Fixture {
    TaskData data;
    std::unique_ptr<Model> model;
    Fixture(const std::string& task, const std::string& arch, Settings extra = {})
    {
        Settings s = extra;
        s.set("task", task);
        data = makeTask(s);
        model = makeModel(arch, resolveModelSpec(arch, s, data), 0);
    }
};
} // namespace

TEST(Interpolation, CheckpointWithItselfIsFlat)
{
    Fixture f("modular", "tickets_mlp", Settings({{"p", "11"}, {"embed", "16"}, {"hidden", "8"}}));
    auto theta = f.model->flatParameters();
    auto r = interpolateLinear(*f.model, f.data, theta, theta, alphaGrid(-0.25, 1.25, 13));
    for (const auto& [split, c] : r.splits)
        for (double v : c.loss)
            EXPECT_DOUBLE_EQ(v, c.loss.front()) << split;
    EXPECT_NEAR(r.barrier, 0.0, 1e-12);
    EXPECT_TRUE(torch::equal(f.model->flatParameters(), theta)); // restored
}

TEST(Interpolation, ConvexLossHasNoBarrier)
{
    // A linear classifier with cross-entropy is convex in its parameters.
    Fixture f("blobs", "mlp", Settings({{"widths", "none"}, {"classes", "3"}}));
    auto a = torch::randn({f.model->parameterCount()}) * 3;
    auto b = torch::randn({f.model->parameterCount()}) * 3;
    auto r = interpolateLinear(*f.model, f.data, a, b, alphaGrid(0, 1, 41), {"train"});
    EXPECT_LE(r.barrier, 1e-6);
    // A grid that misses 0 and 1 still measures the barrier against the true ends.
    auto coarse = interpolateLinear(*f.model, f.data, a, b, alphaGrid(-0.25, 1.25, 21), {"train"});
    EXPECT_TRUE(std::isfinite(coarse.barrier));
    EXPECT_LE(coarse.barrier, 1e-6);
    // The endpoints are the two models.
    f.model->setFlatParameters(a);
    EXPECT_NEAR(r.splits["train"].loss.front(), evaluate(*f.model, f.data.split("train"), f.data.loss).loss, 1e-6);
}

TEST(Interpolation, BarrierOfAKnownCurve)
{
    double barrier = 0, at = 0;
    lossBarrier({-0.5, 0, 0.25, 0.5, 1, 1.5}, {9, 1, 2.5, 4, 3, 0}, barrier, at);
    EXPECT_DOUBLE_EQ(barrier, 2.0); // at α = 0.5: 4 − (0.5·1 + 0.5·3)
    EXPECT_DOUBLE_EQ(at, 0.5);
    EXPECT_THROW(lossBarrier({0.1, 0.9}, {1, 2}, barrier, at), ConfigError);
}

TEST(Interpolation, BezierWithMidpointBendIsTheSegment)
{
    auto a = torch::randn({50}), b = torch::randn({50});
    for (double t : {0.0, 0.3, 0.5, 0.9, 1.0})
        EXPECT_TRUE(torch::allclose(bezierPoint(a, (a + b) * 0.5, b, t), a * (1 - t) + b * t, 1e-6, 1e-6));
    Fixture f("blobs", "mlp", Settings({{"widths", "8"}}));
    BezierOptions o;
    o.steps = 0;
    o.points = 6;
    auto r = trainBezierCurve(*f.model, f.data, torch::randn({f.model->parameterCount()}),
                              torch::randn({f.model->parameterCount()}), o, "test");
    for (std::size_t i = 0; i < r.t.size(); ++i)
        EXPECT_NEAR(r.curve.loss[i], r.straight.loss[i], 1e-5);
}

TEST(Interpolation, TrainedBezierCurveLowersTheBarrier)
{
    Fixture f("blobs", "mlp", Settings({{"widths", "16"}, {"classes", "3"}, {"noise", "0.2"}}));
    // A trained net and the same net with its hidden units permuted: equal losses at the ends,
    // a barrier on the straight segment between them, and a curved path around it.
    {
        torch::optim::Adam opt(f.model->params(), torch::optim::AdamOptions(0.02));
        const auto& tr = f.data.split("train");
        for (int i = 0; i < 300; ++i) {
            opt.zero_grad();
            computeLoss(f.data.loss, f.model->forward(tr.inputs), tr.targets).backward();
            opt.step();
        }
    }
    auto a = f.model->flatParameters();
    auto permuted = makeModel("mlp", f.model->spec(), 0);
    {
        torch::NoGradGuard g;
        auto perm = torch::randperm(16, torch::kInt64);
        auto& p = permuted->params();
        p[0].copy_(f.model->params()[0].index_select(0, perm));
        p[1].copy_(f.model->params()[1].index_select(0, perm));
        p[2].copy_(f.model->params()[2].index_select(1, perm));
        p[3].copy_(f.model->params()[3]);
    }
    auto b = permuted->flatParameters();
    BezierOptions o;
    o.steps = 200;
    o.lr = 0.05;
    o.points = 11;
    auto r = trainBezierCurve(*f.model, f.data, a, b, o, "train");
    EXPECT_NEAR(r.curve.loss.front(), r.straight.loss.front(), 1e-5); // ends fixed
    EXPECT_NEAR(r.curve.loss.back(), r.straight.loss.back(), 1e-5);
    EXPECT_LT(r.curveBarrier, r.straightBarrier);
}

TEST(Interpolation, LayerwiseHoldsTheOtherLayers)
{
    Fixture f("modular", "tickets_mlp", Settings({{"p", "11"}, {"embed", "16"}, {"hidden", "8"}}));
    auto a = f.model->flatParameters();
    auto b = a + torch::randn({a.numel()}) * 0.5;
    auto r = interpolateLayerwise(*f.model, f.data, a, b, alphaGrid(0, 1, 5), "train");
    ASSERT_EQ(r.layers, (std::vector<std::string>{"W_E", "W_in", "W_out", "W_U"}));
    f.model->setFlatParameters(a);
    const double base = evaluate(*f.model, f.data.split("train"), f.data.loss).loss;
    for (std::size_t l = 0; l < r.layers.size(); ++l)
        EXPECT_NEAR(r.loss[l][0], base, 1e-6); // α = 0: every layer at θ_A
    EXPECT_EQ(r.stragglers.size(), 4u);
    EXPECT_GE(r.cost[r.stragglers[0]], r.cost[r.stragglers[3]]);
    // Interpolating W_U alone to α = 1 equals θ_A with W_U taken from θ_B.
    auto mixed = a.clone();
    const int64_t nU = f.model->params()[3].numel();
    mixed.slice(0, a.numel() - nU).copy_(b.slice(0, a.numel() - nU));
    f.model->setFlatParameters(mixed);
    EXPECT_NEAR(r.loss[3][4], evaluate(*f.model, f.data.split("train"), f.data.loss).loss, 1e-5);
}

TEST(Interpolation, LinesScalesDeeperBlocksMore)
{
    Fixture f("modular", "transformer", Settings({{"p", "11"}, {"d_model", "16"}, {"heads", "2"}, {"d_mlp", "16"}, {"layers", "2"}}));
    auto a = f.model->flatParameters();
    auto b = a + 1.0;
    std::vector<std::string> blocks;
    EXPECT_TRUE(torch::allclose(linesPoint(*f.model, a, b, 1.0, 0.0, &blocks), b));
    EXPECT_TRUE(torch::allclose(linesPoint(*f.model, a, b, 0.0, 0.0), a));
    EXPECT_EQ(blocks, (std::vector<std::string>{"blocks.0", "blocks.1"}));
    // α = 0, β = 1: embeddings stay at θ_A, block 0 gets λ = 0, block 1 gets λ = 1.
    auto p = linesPoint(*f.model, a, b, 0.0, 1.0) - a;
    int64_t offset = 0;
    for (std::size_t i = 0; i < f.model->params().size(); ++i) {
        const auto& name = f.model->paramNames()[i];
        const int64_t n = f.model->params()[i].numel();
        const double expected = name.rfind("blocks.1", 0) == 0 ? 1.0 : 0.0;
        EXPECT_NEAR(p.slice(0, offset, offset + n).mean().item<double>(), expected, 1e-6) << name;
        offset += n;
    }
    auto sweep = linesSweep(*f.model, f.data, a, b, alphaGrid(0, 1, 3));
    EXPECT_EQ(sweep.splits.at("test").accuracy.size(), 3u);
}

TEST(Interpolation, NonsenseInputsAreClearErrors)
{
    EXPECT_THROW(alphaGrid(1.25, -0.25, 61), ConfigError);
    EXPECT_THROW(alphaGrid(0, 1, 0), ConfigError);
    EXPECT_THROW(alphaGrid(0, std::nan(""), 5), ConfigError);
    Fixture f("blobs", "mlp", Settings({{"widths", "8"}}));
    auto a = f.model->flatParameters();
    EXPECT_THROW(interpolateLinear(*f.model, f.data, a, torch::zeros({a.numel() + 3}), alphaGrid(0, 1, 3)), ConfigError);
    EXPECT_THROW(interpolateLinear(*f.model, f.data, a, a, alphaGrid(0, 1, 3), {"validation"}), ConfigError);
}

TEST(Interpolation, LayerSharpnessAlongThePath)
{
    // A linear classifier: the Hessian of one layer at θ(α) has a known top eigenvalue that
    // the dense per-layer Hessian (computed with autograd functional tools) confirms.
    Fixture f("blobs", "mlp", Settings({{"widths", "none"}, {"classes", "3"}, {"n_train", "60"}}));
    auto a = torch::randn({f.model->parameterCount()});
    auto b = torch::randn({f.model->parameterCount()});
    const auto before = f.model->flatParameters();
    auto r = layerSharpnessAlongPath(*f.model, f.data, a, b, {0.0, 0.5, 1.0}, "train", 200);
    EXPECT_TRUE(torch::equal(f.model->flatParameters(), before)); // restored
    ASSERT_EQ(r.layers, (std::vector<std::string>{"layers.0"}));
    ASSERT_EQ(r.lambdaMax[0].size(), 3u);
    for (std::size_t i = 0; i < 3; ++i) {
        const double alpha = r.alpha[i];
        f.model->setFlatParameters(a * (1 - alpha) + b * alpha);
        const auto& tr = f.data.split("train");
        auto flat = f.model->flatParameters().to(torch::kFloat64).requires_grad_(true);
        auto lossOf = [&](const torch::Tensor& theta) {
            auto W = theta.slice(0, 0, 6).view({3, 2}), bias = theta.slice(0, 6, 9);
            return computeLoss(f.data.loss, torch::addmm(bias, tr.inputs.to(torch::kFloat64), W.t()), tr.targets);
        };
        auto g = torch::autograd::grad({lossOf(flat)}, {flat}, {}, true, true)[0];
        std::vector<torch::Tensor> rows;
        for (int64_t k = 0; k < 9; ++k)
            rows.push_back(torch::autograd::grad({g[k]}, {flat}, {}, true)[0]);
        auto H = torch::stack(rows);
        const double top = torch::linalg::eigvalsh(H, "L").max().item<double>();
        EXPECT_NEAR(r.lambdaMax[0][i], top, 1e-3 * std::max(1.0, top)) << "alpha " << alpha;
    }
}
