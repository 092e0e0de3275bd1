// Directions: filter/layer normalisation, PCA of a trajectory, planes through checkpoints,
// projection residuals, direction files.
#include "core/Error.h"
#include "core/landscape/CheckpointPlane.h"
#include "core/landscape/DirectionFile.h"
#include "core/landscape/PlaneProjection.h"
#include "core/landscape/RandomDirections.h"
#include "core/landscape/TrajectoryPca.h"
#include "tests/TempDir.h"
#include "tests/core/LandscapeTestModels.h"

#include <gtest/gtest.h>

#include <torch/torch.h>

using namespace ts;
using namespace ts::test;

namespace {
// The slice of a flat vector that holds parameter i, shaped like it.
torch::Tensor part(const Model& m, const torch::Tensor& flat, std::size_t i)
{
    int64_t offset = 0;
    for (std::size_t k = 0; k < i; ++k)
        offset += m.params()[k].numel();
    return flat.slice(0, offset, offset + m.params()[i].numel()).view(m.params()[i].sizes());
}
} // namespace

TEST(LandscapeDirections, FilterNormalisationMatchesEveryFilterNorm)
{
    ShapedParams m(3);
    const auto w = m.flatParameters();
    auto plane = randomPlane(m, w, RandomDirectionOptions{}, true);
    for (const auto* d : {&plane.d1, &plane.d2}) {
        for (std::size_t i : {std::size_t(0), std::size_t(2)}) { // conv [8,3,3,3] and linear [5,7]
            auto dp = part(m, *d, i), wp = part(m, w, i);
            auto dn = dp.reshape({dp.size(0), -1}).norm(2, {1}), wn = wp.reshape({wp.size(0), -1}).norm(2, {1});
            EXPECT_TRUE(torch::allclose(dn, wn, 1e-5, 1e-7)) << m.paramNames()[i] << dn << wn;
        }
        // Biases are zeroed by default.
        EXPECT_EQ(part(m, *d, 1).abs().max().item<double>(), 0.0);
        EXPECT_EQ(part(m, *d, 3).abs().max().item<double>(), 0.0);
    }
    EXPECT_FALSE(torch::allclose(plane.d1, plane.d2)); // two independent draws
    EXPECT_NE(plane.recipe.find("\"normalisation\":\"filter\""), std::string::npos) << plane.recipe;

    RandomDirectionOptions withBias;
    withBias.includeBiases = true;
    withBias.seed = 7;
    auto b = randomPlane(m, w, withBias, false);
    EXPECT_FALSE(b.is2d());
    EXPECT_NEAR(part(m, b.d1, 1).norm().item<double>(), part(m, w, 1).norm().item<double>(), 1e-5);
    // Same seed, same directions.
    auto again = randomPlane(m, w, withBias, false);
    EXPECT_TRUE(torch::equal(b.d1, again.d1));
}

TEST(LandscapeDirections, LayerNormalisationMatchesTensorNorms)
{
    ShapedParams m(4);
    const auto w = m.flatParameters();
    RandomDirectionOptions o;
    o.norm = DirectionNorm::Layer;
    auto p = randomPlane(m, w, o, true);
    for (std::size_t i : {std::size_t(0), std::size_t(2)})
        EXPECT_NEAR(part(m, p.d1, i).norm().item<double>(), part(m, w, i).norm().item<double>(),
                    1e-5 * part(m, w, i).norm().item<double>());
    EXPECT_THROW(directionNormFromName("weird"), ConfigError);
}

TEST(LandscapeDirections, PcaIsOrthonormalAndReproducesAPlanarTrajectory)
{
    torch::manual_seed(5);
    const int64_t P = 300;
    auto thetaF = torch::randn({P});
    auto u = torch::randn({P}), v = torch::randn({P}) * 0.3;
    std::vector<torch::Tensor> traj;
    std::vector<int64_t> steps;
    for (int i = 0; i < 9; ++i) {
        const double s = (8 - i) * 0.5, t = std::sin(i * 0.7) * (8 - i) * 0.2;
        traj.push_back(thetaF + s * u + t * v);
        steps.push_back(i * 10);
    }
    auto p = pcaPlane(traj, steps, traj.back(), true);
    auto d1 = p.d1.to(torch::kFloat64), d2 = p.d2.to(torch::kFloat64);
    EXPECT_NEAR(d1.norm().item<double>(), 1.0, 1e-6);
    EXPECT_NEAR(d2.norm().item<double>(), 1.0, 1e-6);
    EXPECT_NEAR(torch::dot(d1, d2).item<double>(), 0.0, 1e-6);
    ASSERT_EQ(p.explainedVariance.size(), 2u);
    EXPECT_NEAR(p.explainedVariance[0] + p.explainedVariance[1], 1.0, 1e-6); // all variance in the plane
    EXPECT_GE(p.explainedVariance[0], p.explainedVariance[1]);
    auto proj = projectTrajectory(p, traj, steps);
    for (std::size_t i = 0; i < traj.size(); ++i) {
        EXPECT_LT(proj[i].residual, 1e-4 * (1 + (traj[i] - thetaF).norm().item<double>())) << i;
        auto back = thetaF.to(torch::kFloat64) + proj[i].x * d1 + proj[i].y * d2;
        EXPECT_TRUE(torch::allclose(back, traj[i].to(torch::kFloat64), 1e-4, 1e-4)) << i;
    }
    EXPECT_EQ(proj.back().x, 0.0);
    // A point off the plane has a residual equal to its distance from it.
    auto normal = torch::randn({P});
    normal -= torch::dot(normal, p.d1) * p.d1 + torch::dot(normal, p.d2) * p.d2;
    normal /= normal.norm();
    auto off = projectTrajectory(p, {traj[3] + 2.0 * normal}, {1});
    EXPECT_NEAR(off[0].residual, 2.0, 1e-4);
    // Too few checkpoints, or a trajectory that spans no plane.
    EXPECT_THROW(pcaPlane({traj[0], traj[1]}, {0, 1}, traj[1], true), ConfigError);
    EXPECT_THROW(pcaPlane({thetaF, thetaF, thetaF}, {0, 1, 2}, thetaF, true), ConfigError);
}

TEST(LandscapeDirections, CheckpointPlanePutsTheCheckpointsOnIt)
{
    torch::manual_seed(6);
    auto a = torch::randn({50}), b = torch::randn({50}), c = torch::randn({50});
    auto p = checkpointPlane(a, b, c, 10, 20, 30);
    auto proj = projectTrajectory(p, {a, b, c}, {10, 20, 30});
    EXPECT_NEAR(proj[0].x, 0.0, 1e-6);
    EXPECT_NEAR(proj[0].y, 0.0, 1e-6);
    EXPECT_NEAR(proj[1].x, 1.0, 1e-6);
    EXPECT_NEAR(proj[1].y, 0.0, 1e-6);
    EXPECT_NEAR(proj[2].y, 1.0, 1e-6);
    for (const auto& q : proj)
        EXPECT_LT(q.residual, 1e-4);
    EXPECT_NEAR(torch::dot(p.d1, p.d2).item<double>(), 0.0, 1e-3);
    EXPECT_THROW(checkpointPlane(a, a, torch::Tensor(), 1, 1), ConfigError);
    EXPECT_THROW(checkpointPlane(a, b, a + 2 * (b - a), 1, 2, 3), ConfigError); // collinear
}

TEST(LandscapeDirections, DirectionFilesRoundTripAndCheckShapes)
{
    TempDir dir;
    ShapedParams m(8);
    auto plane = randomPlane(m, m.flatParameters(), RandomDirectionOptions{}, true);
    writeDirectionFile(dir.file("dirs.h5"), m, plane);
    auto back = readDirectionFile(dir.file("dirs.h5"), m, m.flatParameters(), 5);
    EXPECT_TRUE(torch::allclose(back.d1, plane.d1));
    EXPECT_TRUE(torch::allclose(back.d2, plane.d2));
    EXPECT_NE(back.recipe.find("\"type\":\"file\""), std::string::npos);

    BuiltIn other("tickets_mlp", Settings({{"p", "11"}, {"embed", "8"}, {"hidden", "4"}}));
    try {
        readDirectionFile(dir.file("dirs.h5"), *other.model, other.model->flatParameters());
        FAIL() << "a direction file of another model was accepted";
    } catch (const ConfigError& e) {
        // Both models have four tensors; the first one's shape differs and is named.
        EXPECT_NE(std::string(e.what()).find("'W_E'"), std::string::npos) << e.what();
    }
    EXPECT_THROW(readDirectionFile(dir.file("missing.h5"), m, m.flatParameters()), FileError);
}
