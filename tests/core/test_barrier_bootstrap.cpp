// The loss barrier's bootstrap interval over examples: against a bootstrap written out here
// (the same seeded draw of example indices, the curve, the barrier and the percentiles
// computed independently), degenerate where every example has the same curve, and end to end
// through addBarrierInterval on linear regression, whose per-example losses along the
// straight line are known in closed form.
#include "core/Error.h"
#include "core/analysis/BarrierBootstrap.h"
#include "core/analysis/Interpolation.h"
#include "tests/core/LandscapeTestModels.h"

#include <gtest/gtest.h>

#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <random>

using namespace ts;
using namespace ts::test;

namespace {

// max over α ∈ [0, 1] of L(α) − ((1 − α)L(0) + αL(1)).
double barrierOf(const std::vector<double>& alphas, const std::vector<double>& curve)
{
    double l0 = NAN, l1 = NAN;
    for (std::size_t k = 0; k < alphas.size(); ++k) {
        if (alphas[k] == 0.0)
            l0 = curve[k];
        if (alphas[k] == 1.0)
            l1 = curve[k];
    }
    double best = -INFINITY;
    for (std::size_t k = 0; k < alphas.size(); ++k)
        if (alphas[k] >= 0.0 && alphas[k] <= 1.0)
            best = std::max(best, curve[k] - ((1.0 - alphas[k]) * l0 + alphas[k] * l1));
    return best;
}

// losses[k][i]; resamples of n example indices drawn with std::uniform_int_distribution from
// std::mt19937_64(seed), the 2.5% and 97.5% points interpolated linearly between order statistics.
std::pair<double, double> referenceInterval(const std::vector<double>& alphas,
                                            const std::vector<std::vector<double>>& losses, int resamples,
                                            uint64_t seed)
{
    const std::size_t n = losses.front().size();
    std::mt19937_64 rng(seed);
    std::uniform_int_distribution<std::size_t> pick(0, n - 1);
    std::vector<double> barriers;
    for (int r = 0; r < resamples; ++r) {
        std::vector<std::size_t> sample(n);
        for (auto& i : sample)
            i = pick(rng);
        std::vector<double> curve(alphas.size(), 0.0);
        for (std::size_t k = 0; k < alphas.size(); ++k) {
            for (auto i : sample)
                curve[k] += losses[k][i];
            curve[k] /= double(n);
        }
        barriers.push_back(barrierOf(alphas, curve));
    }
    std::sort(barriers.begin(), barriers.end());
    auto at = [&](double q) {
        const double pos = q * double(barriers.size() - 1);
        const auto lo = std::size_t(std::floor(pos));
        const auto hi = std::min(lo + 1, barriers.size() - 1);
        return barriers[lo] + (pos - double(lo)) * (barriers[hi] - barriers[lo]);
    };
    return {at(0.025), at(0.975)};
}
} // namespace

TEST(BarrierBootstrap, EqualsAnIndependentBootstrapWithTheSameDraws)
{
    // ℓ_i(α) = c_i + b_i·α(1 − α) + d_i·α, with points outside [0, 1] that must not count.
    const std::vector<double> alphas = {-0.2, 0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.3};
    std::mt19937_64 gen(3);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    const std::size_t n = 37;
    std::vector<std::vector<double>> losses(alphas.size(), std::vector<double>(n));
    for (std::size_t i = 0; i < n; ++i) {
        const double c = u(gen), b = 4.0 * u(gen) - 1.0, d = u(gen) - 0.5;
        for (std::size_t k = 0; k < alphas.size(); ++k) {
            const double a = alphas[k];
            losses[k][i] = c + b * a * (1.0 - a) + d * a + (a < 0.0 || a > 1.0 ? 100.0 * u(gen) : 0.0);
        }
    }
    const auto got = barrierBootstrapInterval(alphas, losses, 500, 11);
    const auto [lo, hi] = referenceInterval(alphas, losses, 500, 11);
    EXPECT_NEAR(got.lower, lo, 1e-12);
    EXPECT_NEAR(got.upper, hi, 1e-12);
    EXPECT_LT(got.lower, got.upper);
    // The full-data barrier lies inside for this smooth case.
    std::vector<double> mean(alphas.size(), 0.0);
    for (std::size_t k = 0; k < alphas.size(); ++k)
        for (double v : losses[k])
            mean[k] += v / double(n);
    const double full = barrierOf(alphas, mean);
    EXPECT_GT(full, got.lower);
    EXPECT_LT(full, got.upper);
    // Another seed, other draws.
    const auto other = barrierBootstrapInterval(alphas, losses, 500, 12);
    EXPECT_NE(other.lower, got.lower);

    // Every example with the same curve: every resample has the same barrier.
    std::vector<std::vector<double>> same(alphas.size(), std::vector<double>(n));
    for (std::size_t k = 0; k < alphas.size(); ++k)
        std::fill(same[k].begin(), same[k].end(), 1.0 + 0.75 * alphas[k] * (1.0 - alphas[k]));
    const auto flat = barrierBootstrapInterval(alphas, same, 200, 1);
    EXPECT_NEAR(flat.lower, 0.75 * 0.25, 1e-12);
    EXPECT_NEAR(flat.upper, 0.75 * 0.25, 1e-12);

    EXPECT_THROW(barrierBootstrapInterval({0.0, 0.5}, {{1.0}, {2.0}}), ConfigError); // no α = 1
    EXPECT_THROW(barrierBootstrapInterval({0.0, 1.0}, {{1.0}}), ConfigError);        // points ≠ curves
}

TEST(BarrierBootstrap, AddBarrierIntervalUsesEachExamplesLossAlongTheLine)
{
    // ℓ_i(α) = (a_i·θ(α) − y_i)², θ(α) = (1 − α)θ_A + αθ_B.
    const int64_t n = 29, P = 3;
    auto gen = at::make_generator<at::CPUGeneratorImpl>(4);
    auto A = torch::randn({n, P}, gen, torch::kFloat64);
    auto y = torch::randn({n}, gen, torch::kFloat64);
    auto thetaA = torch::randn({P}, gen, torch::kFloat64), thetaB = torch::randn({P}, gen, torch::kFloat64);
    QuadraticScores model(P);
    TaskData data;
    data.loss = LossKind::Mse;
    data.splits.push_back({"train", A, y});
    const auto alphas = alphaGrid(-0.25, 1.25, 13);
    auto r = interpolateLinear(model, data, thetaA, thetaB, alphas);
    ASSERT_EQ(r.barrierSplit, "train");
    addBarrierInterval(r, model, data, thetaA, thetaB, PointBuffers(), 400, 7);
    EXPECT_EQ(r.barrierResamples, 400);
    EXPECT_EQ(r.barrierExamples, n);

    // The points the interval uses: α in [0, 1] of the grid.
    std::vector<double> inside;
    for (double a : alphas)
        if (a >= 0.0 && a <= 1.0)
            inside.push_back(a);
    std::vector<std::vector<double>> losses;
    for (double a : inside) {
        std::vector<double> perExample;
        for (int64_t i = 0; i < n; ++i) {
            double score = 0;
            for (int64_t p = 0; p < P; ++p)
                score += A[i][p].item<double>() *
                         ((1.0 - a) * thetaA[p].item<double>() + a * thetaB[p].item<double>());
            const double e = score - y[i].item<double>();
            perExample.push_back(e * e);
        }
        losses.push_back(perExample);
    }
    const auto [lo, hi] = referenceInterval(inside, losses, 400, 7);
    EXPECT_NEAR(r.barrierInterval.lower, lo, 1e-9 * (1 + std::fabs(lo)));
    EXPECT_NEAR(r.barrierInterval.upper, hi, 1e-9 * (1 + std::fabs(hi)));
    EXPECT_LE(r.barrierInterval.lower, r.barrierInterval.upper);
}
