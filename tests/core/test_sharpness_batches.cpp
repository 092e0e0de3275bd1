// `sharpness --batches K`: λ_max and the Hutchinson trace per batch on a quadratic whose
// per-batch Hessian is known. Rows a_i = s_i·e_{j(i)} with targets 0 give the MSE loss
// (1/m)Σ_{i∈b} s_i²θ_{j(i)}², so batch b's Hessian is diagonal, H_b = diag(h_bj) with
// h_bj = (2/m)Σ_{i∈b, j(i)=j} s_i²: λ_max = max_j h_bj and tr H_b = Σ_j h_bj, which
// Rademacher probes recover exactly (zᵀHz = Σ_j h_j z_j² = tr H).
#include "core/Error.h"
#include "core/analysis/BatchSharpness.h"
#include "core/stats/DisjointBatches.h"
#include "tests/core/LandscapeTestModels.h"

#include <gtest/gtest.h>

#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

using namespace ts;
using namespace ts::test;

TEST(SharpnessBatches, LambdaMaxAndTracePerBatchOfADiagonalQuadratic)
{
    const int64_t n = 43, P = 4, K = 4;
    const uint64_t seed = 5;
    std::mt19937_64 gen(17);
    std::uniform_real_distribution<double> scale(0.5, 2.0);
    std::vector<int64_t> column(n);
    std::vector<double> s(n);
    auto A = torch::zeros({n, P}, torch::kFloat64);
    for (int64_t i = 0; i < n; ++i) {
        column[std::size_t(i)] = int64_t(gen() % uint64_t(P));
        s[std::size_t(i)] = scale(gen);
        A[i][column[std::size_t(i)]] = s[std::size_t(i)];
    }
    QuadraticScores model(P);
    model.params()[0] = torch::randn({P}, torch::kFloat64).requires_grad_(true);
    Split split{"train", A, torch::zeros({n}, torch::kFloat64)};
    TraceOptions trace;
    trace.maxProbes = 12;
    trace.minProbes = 10;
    trace.relativeError = 0.0;
    const auto spread = sharpnessOverBatches(model, split, LossKind::Mse, K, seed, EigenOptions(), trace);
    ASSERT_EQ(spread.lambdaMax.size(), std::size_t(K));
    ASSERT_EQ(spread.trace.size(), std::size_t(K));
    EXPECT_EQ(spread.examples, 10);

    const auto parts = disjointBatches(n, K, seed);
    std::vector<double> lambdas, traces;
    for (const auto& part : parts) {
        std::vector<double> h(P, 0.0);
        for (auto i : part)
            h[std::size_t(column[std::size_t(i)])] += 2.0 / double(part.size()) * s[std::size_t(i)] * s[std::size_t(i)];
        lambdas.push_back(*std::max_element(h.begin(), h.end()));
        traces.push_back(std::accumulate(h.begin(), h.end(), 0.0));
    }
    for (int64_t b = 0; b < K; ++b) {
        EXPECT_NEAR(spread.lambdaMax[std::size_t(b)], lambdas[std::size_t(b)], 1e-6 * lambdas[std::size_t(b)]) << b;
        EXPECT_NEAR(spread.trace[std::size_t(b)], traces[std::size_t(b)], 1e-9 * traces[std::size_t(b)]) << b;
    }
    // Mean and sample std (n − 1) of the batch values, computed here.
    auto meanStd = [](const std::vector<double>& v) {
        const double m = std::accumulate(v.begin(), v.end(), 0.0) / double(v.size());
        double ss = 0;
        for (double x : v)
            ss += (x - m) * (x - m);
        return std::make_pair(m, std::sqrt(ss / double(v.size() - 1)));
    };
    const auto [lm, ls] = meanStd(lambdas);
    const auto [tm, tsd] = meanStd(traces);
    EXPECT_NEAR(spread.lambdaSummary.mean, lm, 1e-6 * lm);
    EXPECT_NEAR(spread.lambdaSummary.std, ls, 1e-5 * lm);
    EXPECT_GT(ls, 1e-3); // the batches do differ
    EXPECT_NEAR(spread.traceSummary.mean, tm, 1e-9 * tm);
    EXPECT_NEAR(spread.traceSummary.std, tsd, 1e-9 * tm);
    // The bootstrap interval of the mean lies within the batch values and holds the mean.
    const auto [tlo, thi] = std::minmax_element(traces.begin(), traces.end());
    EXPECT_LE(spread.traceInterval.lower, tm);
    EXPECT_GE(spread.traceInterval.upper, tm);
    EXPECT_GE(spread.traceInterval.lower, *tlo - 1e-12);
    EXPECT_LE(spread.traceInterval.upper, *thi + 1e-12);
    EXPECT_LT(spread.traceInterval.lower, spread.traceInterval.upper);

    // Without the trace: λ only. Nonsense K: ConfigError.
    const auto lambdaOnly = sharpnessOverBatches(model, split, LossKind::Mse, 2, seed, EigenOptions(), std::nullopt);
    EXPECT_EQ(lambdaOnly.lambdaMax.size(), 2u);
    EXPECT_TRUE(lambdaOnly.trace.empty());
    EXPECT_THROW(sharpnessOverBatches(model, split, LossKind::Mse, 1, seed, EigenOptions(), std::nullopt), ConfigError);
    EXPECT_THROW(sharpnessOverBatches(model, split, LossKind::Mse, n + 1, seed, EigenOptions(), std::nullopt),
                 ConfigError);
}
