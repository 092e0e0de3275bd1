// Surfaces: the analytic quadratic, fast == naive on the built-in models, progressive levels,
// cancel and resume, nonsense grids.
#include "core/Error.h"
#include "core/landscape/CheckpointPlane.h"
#include "core/landscape/NaivePlaneEvaluator.h"
#include "core/landscape/ProgressiveSurface.h"
#include "core/landscape/RandomDirections.h"
#include "core/landscape/SurfaceGrid.h"
#include "core/landscape/TrajectoryPca.h"
#include "tests/core/LandscapeTestModels.h"

#include <gtest/gtest.h>

#include <torch/torch.h>

#include <cmath>

using namespace ts;
using namespace ts::test;

namespace {
LandscapeSurface emptySurface(std::vector<double> xs, std::vector<double> ys, const std::string& split = "train")
{
    LandscapeSurface s;
    s.xs = std::move(xs);
    s.ys = std::move(ys);
    s.split = split;
    return s;
}

// Random, PCA (of a synthetic trajectory around θ) and checkpoint planes of a model.
std::vector<std::pair<std::string, PlaneDirections>> planes(const Model& model)
{
    torch::manual_seed(11);
    const auto theta = model.flatParameters();
    std::vector<torch::Tensor> traj;
    std::vector<int64_t> steps;
    for (int i = 0; i < 6; ++i) {
        traj.push_back(theta + torch::randn_like(theta) * 0.05 * (5 - i));
        steps.push_back(i);
    }
    RandomDirectionOptions o;
    o.seed = 3;
    return {{"random", randomPlane(model, theta, o, true)},
            {"pca", pcaPlane(traj, steps, theta, true)},
            {"checkpoints", checkpointPlane(traj[0], traj[3], traj[5], 0, 3, 5)}};
}

void expectFastEqualsNaive(BuiltIn& b, const std::string& what, bool toDouble)
{
    if (toDouble)
        for (auto& p : b.model->params())
            p = p.detach().to(torch::kFloat64);
    const auto xs = gridCoordinates(-1.0, 1.0, 7), ys = gridCoordinates(-0.8, 1.2, 5, "y");
    for (const auto& [name, plane] : planes(*b.model)) {
        auto fast = makePlaneEvaluator(*b.model, b.data.split("train"), b.data.loss, plane);
        ASSERT_NE(fast->method(), "naive") << what;
        auto naive = makePlaneEvaluator(*b.model, b.data.split("train"), b.data.loss, plane, EvaluatorChoice::Naive);
        auto s1 = emptySurface(xs, ys), s2 = emptySurface(xs, ys);
        computeSurface(s1, *fast);
        computeSurface(s2, *naive);
        const auto &f = s1.values["train_loss"], &n = s2.values["train_loss"];
        double worst = 0;
        for (std::size_t i = 0; i < f.size(); ++i) {
            ASSERT_TRUE(std::isfinite(f[i])) << what << " " << name << " point " << i;
            worst = std::max(worst, std::fabs(f[i] - n[i]) / std::fabs(n[i]));
        }
        EXPECT_LT(worst, 1e-5) << what << " " << name << (toDouble ? " float64" : " float32");
        const auto &fa = s1.values["train_acc"], &na = s2.values["train_acc"];
        for (std::size_t i = 0; i < fa.size(); ++i)
            EXPECT_NEAR(fa[i], na[i], toDouble ? 1e-12 : 1.5 / double(b.data.split("train").inputs.size(0)))
                << what << " " << name << " point " << i;
    }
}
} // namespace

TEST(LandscapeSurface, QuadraticSliceIsHalfAlphaSquaredCurvature)
{
    torch::manual_seed(2);
    const int64_t P = 12, n = 40;
    auto A = torch::randn({n, P}, torch::kFloat64);
    const auto H = A.t().mm(A) * (2.0 / double(n));
    QuadraticScores model(P);
    Split split{"train", A, torch::zeros({n}, torch::kFloat64)};
    PlaneDirections plane;
    plane.centre = torch::zeros({P});
    plane.d1 = torch::randn({P});
    plane.d2 = torch::randn({P});
    auto line = plane;
    line.d2 = torch::Tensor();
    auto s = emptySurface(gridCoordinates(-2, 2, 21), {});
    auto eval = makePlaneEvaluator(model, split, LossKind::Mse, line);
    computeSurface(s, *eval);
    const auto d = line.d1.to(torch::kFloat64);
    const double curvature = torch::dot(d, torch::mv(H, d)).item<double>();
    for (int64_t i = 0; i < s.nx(); ++i) {
        const double a = s.xs[std::size_t(i)];
        EXPECT_NEAR(s.value("train_loss", i, 0), 0.5 * a * a * curvature, 1e-10 * (1 + curvature)) << a;
    }
    // And the plane: ½(a·d1 + b·d2)ᵀH(a·d1 + b·d2).
    auto s2 = emptySurface(gridCoordinates(-1, 1, 5), gridCoordinates(-1, 2, 4, "y"));
    auto eval2 = makePlaneEvaluator(model, split, LossKind::Mse, plane);
    computeSurface(s2, *eval2);
    for (int64_t iy = 0; iy < s2.ny(); ++iy)
        for (int64_t ix = 0; ix < s2.nx(); ++ix) {
            auto t = s2.xs[std::size_t(ix)] * plane.d1.to(torch::kFloat64) + s2.ys[std::size_t(iy)] * plane.d2.to(torch::kFloat64);
            EXPECT_NEAR(s2.value("train_loss", ix, iy), 0.5 * torch::dot(t, torch::mv(H, t)).item<double>(), 1e-9);
        }
}

TEST(LandscapeSurface, FastEqualsNaiveOnTheGrokkingMlp)
{
    BuiltIn b("tickets_mlp", Settings({{"p", "13"}, {"embed", "24"}, {"hidden", "10"}}), 1);
    expectFastEqualsNaive(b, "tickets_mlp", false);
    BuiltIn d("tickets_mlp", Settings({{"p", "13"}, {"embed", "24"}, {"hidden", "10"}}), 1);
    expectFastEqualsNaive(d, "tickets_mlp", true);
}

TEST(LandscapeSurface, FastEqualsNaiveOnTheTransformer)
{
    const Settings one({{"p", "11"}, {"d_model", "16"}, {"heads", "2"}, {"d_mlp", "24"}, {"layers", "1"}});
    BuiltIn a("transformer", one, 2);
    expectFastEqualsNaive(a, "transformer 1 layer", false);
    BuiltIn b("transformer", one, 2);
    expectFastEqualsNaive(b, "transformer 1 layer", true);
    BuiltIn c("transformer", Settings({{"p", "11"}, {"d_model", "16"}, {"heads", "4"}, {"d_mlp", "16"}, {"layers", "2"}}), 3);
    expectFastEqualsNaive(c, "transformer 2 layers", true);
}

TEST(LandscapeSurface, FastEqualsNaiveOnTheMlp)
{
    BuiltIn tokens("mlp", Settings({{"p", "11"}, {"widths", "16,12"}, {"embed", "8"}}), 5);
    expectFastEqualsNaive(tokens, "mlp tokens", false);
    BuiltIn gelu("mlp", Settings({{"p", "11"}, {"widths", "10"}, {"activation", "gelu"}}), 6);
    expectFastEqualsNaive(gelu, "mlp gelu", true);
    BuiltIn features("mlp", Settings({{"task", "blobs"}, {"classes", "3"}, {"widths", "12,6"}, {"activation", "tanh"}}), 7);
    expectFastEqualsNaive(features, "mlp features", false);
}

TEST(LandscapeSurface, NaiveEvaluatorRestoresTheModel)
{
    BuiltIn b("moe_mlp", Settings({{"p", "11"}, {"embed", "8"}, {"hidden", "4"}}));
    const auto before = b.model->flatParameters();
    {
        auto p = planes(*b.model);
        auto e = makePlaneEvaluator(*b.model, b.data.split("train"), b.data.loss, p[0].second);
        EXPECT_EQ(e->method(), "naive"); // no fast path for mixtures of experts
        e->evaluate({0.5, 1.0}, {0.2, -0.3});
    }
    EXPECT_TRUE(torch::equal(b.model->flatParameters(), before));
}

TEST(LandscapeSurface, RefinementLevelsCoverTheGridOnceCoarseFirst)
{
    for (auto [nx, ny] : {std::pair<int64_t, int64_t>{51, 51}, {17, 5}, {1, 9}, {100, 1}, {3, 2}}) {
        const auto levels = refinementLevels(nx, ny);
        std::vector<int> seen(std::size_t(nx * ny), 0);
        for (const auto& l : levels)
            for (auto i : l)
                ++seen[std::size_t(i)];
        for (int c : seen)
            EXPECT_EQ(c, 1) << nx << "x" << ny;
        EXPECT_LE(levels.front().size(), 81u);
        if (nx * ny > 81)
            EXPECT_GT(levels.size(), 1u);
    }
    // 51 points: every 8th index plus the last on the coarse level.
    const auto l51 = refinementLevels(51, 51);
    EXPECT_EQ(l51.front().size(), 8u * 8u);
    EXPECT_EQ(l51.size(), 4u);
}

namespace {
// Cancels its feedback once a given number of points has been evaluated.
class CancellingEvaluator : public PlaneEvaluator {
public:
    CancellingEvaluator(PlaneEvaluator& inner, Feedback& f, int64_t after) : inner_(inner), f_(f), after_(after) {}
    std::vector<PointValues> evaluate(const std::vector<double>& a, const std::vector<double>& b) override
    {
        count_ += int64_t(a.size());
        if (count_ >= after_)
            f_.cancel();
        return inner_.evaluate(a, b);
    }
    int64_t batchSize() const override { return 7; }
    std::string method() const override { return inner_.method(); }

private:
    PlaneEvaluator& inner_;
    Feedback& f_;
    int64_t after_, count_ = 0;
};
} // namespace

TEST(LandscapeSurface, ProgressiveCancelAndResumeEqualOneRun)
{
    BuiltIn b("tickets_mlp", Settings({{"p", "11"}, {"embed", "16"}, {"hidden", "8"}}), 4);
    auto plane = planes(*b.model)[0].second;
    auto eval = makePlaneEvaluator(*b.model, b.data.split("train"), b.data.loss, plane, EvaluatorChoice::Naive);
    const auto xs = gridCoordinates(-1, 1, 21), ys = gridCoordinates(-1, 1, 19, "y");

    auto whole = emptySurface(xs, ys);
    std::vector<int64_t> computedAtLevel;
    bool coarseComplete = false;
    computeSurface(whole, *eval, nullptr, [&](const LandscapeSurface& s, int level, int levels) {
        computedAtLevel.push_back(s.computedPoints("train_loss"));
        if (level == 0) {
            // Every coarse point is there, and the grid is not full yet.
            coarseComplete = true;
            const auto levelsOfGrid = refinementLevels(s.nx(), s.ny());
            for (auto i : levelsOfGrid.front())
                coarseComplete &= std::isfinite(s.values.at("train_loss")[std::size_t(i)]);
            EXPECT_LT(s.computedPoints("train_loss"), s.nx() * s.ny());
        }
        EXPECT_LT(level, levels);
    });
    EXPECT_TRUE(coarseComplete);
    ASSERT_GE(computedAtLevel.size(), 2u);
    EXPECT_EQ(computedAtLevel.back(), 21 * 19);

    Feedback feedback;
    CancellingEvaluator cancelling(*eval, feedback, 150);
    auto partial = emptySurface(xs, ys);
    EXPECT_THROW(computeSurface(partial, cancelling, &feedback), Cancelled);
    const auto kept = partial.computedPoints("train_loss");
    EXPECT_GE(kept, 150);
    EXPECT_LT(kept, 21 * 19);
    Feedback fresh;
    computeSurface(partial, *eval, &fresh);
    EXPECT_EQ(partial.values, whole.values);
    EXPECT_DOUBLE_EQ(fresh.progress(), 1.0);
}

TEST(LandscapeSurface, NonsenseGridsAreConfigErrors)
{
    EXPECT_THROW(gridCoordinates(-1, 1, 0), ConfigError);
    EXPECT_THROW(gridCoordinates(std::nan(""), 1, 5), ConfigError);
    EXPECT_THROW(gridCoordinates(1, -1, 5), ConfigError);
    EXPECT_THROW(gridCoordinates(0, 1, -3), ConfigError);
    EXPECT_EQ(gridCoordinates(0.5, 0.5, 1).size(), 1u);
    BuiltIn b("tickets_mlp", Settings({{"p", "11"}, {"embed", "8"}, {"hidden", "4"}}));
    PlaneDirections wrong;
    wrong.centre = torch::zeros({5});
    wrong.d1 = torch::ones({5});
    EXPECT_THROW(makePlaneEvaluator(*b.model, b.data.split("train"), b.data.loss, wrong), ConfigError);
    auto p = planes(*b.model)[0].second;
    p.d1 = torch::zeros_like(p.d1);
    EXPECT_THROW(makePlaneEvaluator(*b.model, b.data.split("train"), b.data.loss, p), ConfigError);
    auto eval = makePlaneEvaluator(*b.model, b.data.split("train"), b.data.loss, planes(*b.model)[0].second);
    auto s = emptySurface({}, {});
    EXPECT_THROW(computeSurface(s, *eval), ConfigError);
    auto t = emptySurface({0, 1}, {0, 1});
    t.values["train_loss"] = {1.0};
    EXPECT_THROW(computeSurface(t, *eval), ConfigError);
}
