// Non-convex share and local minima of 2-D surfaces against analytic ones.
#include "core/Error.h"
#include "core/landscape/SurfaceCurvature.h"

#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <limits>

using namespace ts;

namespace {
const double kPi = std::acos(-1.0);

std::vector<double> axis(double lo, double hi, int n)
{
    std::vector<double> a(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i)
        a[std::size_t(i)] = lo + (hi - lo) * i / (n - 1);
    return a;
}

LandscapeSurface sampled(const std::function<double(double, double)>& f, double lo, double hi, int n)
{
    LandscapeSurface s;
    s.xs = axis(lo, hi, n);
    s.ys = axis(lo, hi, n);
    auto& v = s.values["train_loss"];
    for (double y : s.ys)
        for (double x : s.xs)
            v.push_back(f(x, y));
    return s;
}
} // namespace

TEST(SurfaceCurvature, ConvexBowlHasNoNegativeCurvatureAndOneMinimum)
{
    const auto s = sampled([](double x, double y) { return x * x + 3 * y * y + 0.5 * x * y; }, -1, 1, 21);
    const auto c = surfaceCurvature(s, "train_loss");
    EXPECT_EQ(c.assessed, 19 * 19);
    EXPECT_EQ(c.skipped, 0);
    EXPECT_DOUBLE_EQ(c.nonConvexShare, 0.0);
    EXPECT_DOUBLE_EQ(c.nonConvexShareCentre, 0.0);
    EXPECT_EQ(c.assessedCentre, 81); // integer (i, j) with i² + j² ≤ 25 at spacing 0.1
    EXPECT_EQ(c.localMinima, 1);
}

TEST(SurfaceCurvature, SaddleIsNonConvexEverywhere)
{
    const auto s = sampled([](double x, double y) { return x * x - y * y; }, -1, 1, 11);
    const auto c = surfaceCurvature(s, "train_loss");
    EXPECT_DOUBLE_EQ(c.nonConvexShare, 1.0);
    EXPECT_DOUBLE_EQ(c.nonConvexShareCentre, 1.0);
    EXPECT_EQ(c.localMinima, 0);
}

TEST(SurfaceCurvature, CrossTermAloneMakesASaddle)
{
    // f = xy: fxx = fyy = 0, fxy = 1, eigenvalues ±1; only the diagonal neighbours see it.
    const auto s = sampled([](double x, double y) { return x * y; }, -1, 1, 9);
    EXPECT_DOUBLE_EQ(surfaceCurvature(s, "train_loss").nonConvexShare, 1.0);
}

TEST(SurfaceCurvature, ProductOfCosinesHasItsKnownMinima)
{
    // cos(πx)cos(πy) on [-2, 2]: value -1 where one of x, y is an odd and the other an even
    // integer; the interior ones are (±1, 0) and (0, ±1).
    const auto s = sampled([](double x, double y) { return std::cos(kPi * x) * std::cos(kPi * y); }, -2, 2, 41);
    const auto c = surfaceCurvature(s, "train_loss");
    EXPECT_EQ(c.localMinima, 4);
    EXPECT_GT(c.nonConvexShare, 0.2);
    EXPECT_LT(c.nonConvexShare, 0.9);
    // Near the origin (a maximum) both curvatures are negative.
    EXPECT_DOUBLE_EQ(surfaceCurvature(s, "train_loss", 0.25).nonConvexShareCentre, 1.0);
}

TEST(SurfaceCurvature, NonUniformSpacingUsesTheLocalSteps)
{
    LandscapeSurface s;
    s.xs = {-1, -0.7, -0.2, 0, 0.1, 0.6, 1};
    s.ys = {-1, -0.4, -0.1, 0, 0.3, 0.8, 1};
    for (double y : s.ys)
        for (double x : s.xs)
            s.values["train_loss"].push_back(x * x + y * y);
    const auto c = surfaceCurvature(s, "train_loss");
    EXPECT_DOUBLE_EQ(c.nonConvexShare, 0.0);
    EXPECT_EQ(c.localMinima, 1);
}

TEST(SurfaceCurvature, NanPointsAreSkippedAndCounted)
{
    auto s = sampled([](double x, double y) { return x * x + y * y; }, -1, 1, 21);
    s.values["train_loss"][5 * 21 + 5] = std::numeric_limits<double>::quiet_NaN();
    const auto c = surfaceCurvature(s, "train_loss");
    EXPECT_EQ(c.skipped, 9); // the point and its 8 neighbours
    EXPECT_EQ(c.assessed, 19 * 19 - 9);
    EXPECT_DOUBLE_EQ(c.nonConvexShare, 0.0);
    EXPECT_EQ(c.localMinima, 1);

    s.values["train_loss"].assign(21 * 21, std::numeric_limits<double>::quiet_NaN());
    const auto none = surfaceCurvature(s, "train_loss");
    EXPECT_EQ(none.assessed, 0);
    EXPECT_TRUE(std::isnan(none.nonConvexShare));
    EXPECT_TRUE(std::isnan(none.nonConvexShareCentre));
}

TEST(SurfaceCurvature, RefusesSlicesTinyGridsAndMismatchedSizes)
{
    LandscapeSurface slice;
    slice.xs = axis(-1, 1, 11);
    slice.values["train_loss"].assign(11, 1.0);
    EXPECT_THROW(surfaceCurvature(slice, "train_loss"), ConfigError);
    const auto s = sampled([](double x, double) { return x; }, -1, 1, 5);
    EXPECT_THROW(surfaceCurvature(s, "test_loss"), ConfigError);
    EXPECT_THROW(surfaceCurvature(axis(0, 1, 2), axis(0, 1, 5), std::vector<double>(10, 0.0)), ConfigError);
    EXPECT_THROW(surfaceCurvature(axis(0, 1, 5), axis(0, 1, 5), std::vector<double>(24, 0.0)), ConfigError);
}
