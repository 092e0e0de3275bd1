// Interpolation curves and sharpness over training of a group of seeds
// (core/analysis/GroupCurves.h): mean and ± std band per α or step, runs present counted.
#include "core/Error.h"
#include "core/analysis/GroupCurves.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace ts;

namespace {
InterpolationResult line(std::vector<double> loss, std::vector<double> acc, double barrier)
{
    InterpolationResult r;
    r.alpha = {0.0, 0.5, 1.0};
    r.splits["train"] = {loss, acc};
    r.barrierSplit = "train";
    r.barrier = barrier;
    return r;
}

SharpnessReport lambdas(std::vector<int64_t> steps, std::vector<double> values)
{
    SharpnessReport r;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        CheckpointSharpness c;
        c.step = steps[i];
        c.eigen.eigenvalues = {values[i]};
        r.checkpoints.push_back(c);
    }
    return r;
}
} // namespace

TEST(GroupCurves, InterpolationMeanAndStdPerAlpha)
{
    const auto g = groupInterpolation({line({1, 2, 1}, {0.9, 0.5, 0.9}, 1.0), line({1, 4, 1}, {0.9, 0.3, 0.8}, 3.0),
                                       line({1, 3, 2}, {0.9, 0.4, 0.7}, 1.5)});
    EXPECT_EQ(g.runs, 3);
    ASSERT_EQ(g.splits.count("train"), 1u);
    const auto& loss = g.splits.at("train").loss;
    ASSERT_EQ(loss.x.size(), 3u);
    EXPECT_DOUBLE_EQ(loss.centre[1], 3.0);                   // (2 + 4 + 3) / 3
    EXPECT_NEAR(loss.upper[1] - loss.centre[1], 1.0, 1e-12); // sqrt(((2-3)² + (4-3)² + 0) / 2)
    EXPECT_NEAR(loss.centre[2], 4.0 / 3.0, 1e-12);
    EXPECT_NEAR(loss.centre[2] - loss.lower[2], std::sqrt(1.0 / 3.0), 1e-12); // numpy std([1,1,2], ddof=1)
    EXPECT_EQ(loss.count[0], 3);
    EXPECT_DOUBLE_EQ(loss.upper[0], loss.lower[0]); // all runs agree at α = 0
    const auto& acc = g.splits.at("train").accuracy;
    EXPECT_NEAR(acc.centre[2], 0.8, 1e-12);
    EXPECT_NEAR(acc.upper[2] - acc.centre[2], 0.1, 1e-12);
    EXPECT_EQ(g.barrier.n, 3);
    EXPECT_NEAR(g.barrier.mean, 5.5 / 3.0, 1e-12);
    EXPECT_NEAR(g.barrier.std, 1.0408329997330663, 1e-12); // numpy std([1, 3, 1.5], ddof=1)
}

TEST(GroupCurves, SharpnessCountsTheRunsPresentAtEachStep)
{
    const auto g = groupSharpness(
        {lambdas({0, 100, 200}, {1, 10, 20}), lambdas({0, 100, 200}, {3, 14, 24}), lambdas({0, 100}, {2, 12})});
    ASSERT_EQ(g.x.size(), 3u);
    EXPECT_EQ(g.count[1], 3);
    EXPECT_EQ(g.count[2], 2); // the third run ends at step 100
    EXPECT_DOUBLE_EQ(g.centre[1], 12.0);
    EXPECT_NEAR(g.upper[1] - g.centre[1], 2.0, 1e-12); // sqrt((4 + 4 + 0) / 2)
    EXPECT_DOUBLE_EQ(g.centre[2], 22.0);
    EXPECT_NEAR(g.upper[2] - g.centre[2], std::sqrt(8.0), 1e-12); // sqrt((4 + 4) / 1)
    EXPECT_THROW(groupSharpness({}), ConfigError);
    EXPECT_THROW(groupInterpolation({}), ConfigError);
}
