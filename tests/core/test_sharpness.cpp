// Hutchinson traces, spectral densities and adaptive sharpness on a quadratic whose
// Hessian, trace and eigenvalues are known.
#include "core/Error.h"
#include "core/Feedback.h"
#include "core/analysis/AdaptiveSharpness.h"
#include "core/analysis/HutchinsonTrace.h"
#include "core/analysis/Objective.h"
#include "core/analysis/SpectralDensity.h"

#include "tests/core/QuadraticObjective.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <cmath>

using namespace ts;
using ts::test::QuadraticObjective;

namespace {

torch::Tensor symmetricWithSpectrum(const std::vector<double>& eigenvalues, uint64_t seed = 7)
{
    const int64_t n = int64_t(eigenvalues.size());
    auto gen = at::make_generator<at::CPUGeneratorImpl>(seed);
    auto [q, r] = torch::linalg::qr(torch::randn({n, n}, gen, torch::kFloat64));
    auto H = torch::mm(q * torch::tensor(eigenvalues, torch::kFloat64), q.t());
    return 0.5 * (H + H.t());
}

const std::vector<double> kSpectrum = {10.0, 7.0, 4.0, 3.0, 2.999, 1.5, 1.0, 0.5, 0.25, 0.1, 0.05, -0.8};
const std::vector<std::vector<int64_t>> kShapes = {{3}, {2, 2}, {5}};
double trueTrace()
{
    double t = 0.0;
    for (double l : kSpectrum)
        t += l;
    return t;
}
} // namespace

TEST(Sharpness, HutchinsonMeanIsWithinThreeStandardErrorsOfTheTrace)
{
    QuadraticObjective q(symmetricWithSpectrum(kSpectrum), kShapes);
    for (uint64_t seed = 0; seed < 6; ++seed) {
        TraceOptions o;
        o.maxProbes = 200;
        o.relativeError = 0.0; // never stop early
        o.seed = seed;
        auto r = hutchinsonTrace(q, o);
        EXPECT_EQ(r.samples, 200);
        EXPECT_FALSE(r.converged);
        EXPECT_GT(r.standardError, 0.0);
        EXPECT_LT(std::abs(r.mean - trueTrace()), 3.0 * r.standardError) << "seed " << seed << ": " << r.mean << " ± "
                                                                          << r.standardError;
        EXPECT_EQ(r.history.size(), 200u);
        EXPECT_DOUBLE_EQ(r.history.back(), r.mean);
    }
}

TEST(Sharpness, HutchinsonStandardErrorShrinksLikeInverseSqrtOfProbes)
{
    QuadraticObjective q(symmetricWithSpectrum(kSpectrum), kShapes);
    double ratioSum = 0.0;
    const int seeds = 4;
    for (int s = 0; s < seeds; ++s) {
        TraceOptions o;
        o.relativeError = 0.0;
        o.seed = 100 + s;
        o.maxProbes = 100;
        auto a = hutchinsonTrace(q, o);
        o.seed = 200 + s;
        o.maxProbes = 400;
        auto b = hutchinsonTrace(q, o);
        EXPECT_EQ(a.samples, 100);
        EXPECT_EQ(b.samples, 400);
        EXPECT_NE(b.reason.find("maxProbes"), std::string::npos) << b.reason;
        const double ratio = b.standardError / a.standardError;
        EXPECT_NEAR(ratio, 0.5, 0.15) << "seed " << s;
        ratioSum += ratio;
    }
    EXPECT_NEAR(ratioSum / seeds, 0.5, 0.08);
}

TEST(Sharpness, HutchinsonStopsEarlyOnlyAtTheRequestedError)
{
    QuadraticObjective q(symmetricWithSpectrum(kSpectrum), kShapes);
    TraceOptions o;
    o.relativeError = 0.05;
    o.maxProbes = 100000;
    auto r = hutchinsonTrace(q, o);
    EXPECT_TRUE(r.converged) << r.reason;
    EXPECT_NE(r.reason.find("reached"), std::string::npos);
    EXPECT_GE(r.samples, o.minProbes);
    EXPECT_LT(r.samples, o.maxProbes);
    EXPECT_LE(r.standardError, 0.05 * std::abs(r.mean));
    // The step before stopping had not reached it yet (or was below minProbes).
    const auto n = r.historyStandardError.size();
    if (int64_t(n) > o.minProbes)
        EXPECT_GT(r.historyStandardError[n - 2], 0.05 * std::abs(r.history[n - 2]));
}

TEST(Sharpness, DensityIntegratesToOneAndPeaksAtTheEigenvalues)
{
    QuadraticObjective q(symmetricWithSpectrum(kSpectrum), kShapes);
    DensityOptions o;
    o.probes = 3;
    o.steps = 12;
    o.sigma = 0.03;
    o.gridPoints = 6000;
    auto r = spectralDensity(q, o);
    ASSERT_EQ(r.grid.size(), 6000u);
    ASSERT_EQ(r.ritzValues.size(), 3u);
    EXPECT_DOUBLE_EQ(r.sigma, 0.03);
    double integral = 0.0;
    for (std::size_t i = 0; i + 1 < r.grid.size(); ++i)
        integral += 0.5 * (r.density[i] + r.density[i + 1]) * (r.grid[i + 1] - r.grid[i]);
    EXPECT_NEAR(integral, 1.0, 1e-9);
    for (const auto& w : r.weights) {
        double s = 0.0;
        for (double x : w)
            s += x;
        EXPECT_NEAR(s, 1.0, 1e-9);
    }
    // Local maxima of the density.
    std::vector<double> peaks;
    for (std::size_t i = 1; i + 1 < r.density.size(); ++i)
        if (r.density[i] > r.density[i - 1] && r.density[i] >= r.density[i + 1] && r.density[i] > 1e-3)
            peaks.push_back(r.grid[i]);
    // Every eigenvalue separated from its neighbours by > 6σ has a peak within 0.01 of it;
    // the near-degenerate pair (3, 2.999) shows as one peak between them.
    for (double l : {10.0, 7.0, 4.0, 1.5, 1.0, 0.5, 0.25, -0.8, 2.9995}) {
        double best = INFINITY;
        for (double p : peaks)
            best = std::min(best, std::abs(p - l));
        EXPECT_LT(best, 0.01) << "no density peak near " << l;
    }
    // A wide default broadening still integrates to one.
    DensityOptions d;
    d.steps = 6;
    auto wide = spectralDensity(q, d);
    double wideIntegral = 0.0;
    for (std::size_t i = 0; i + 1 < wide.grid.size(); ++i)
        wideIntegral += 0.5 * (wide.density[i] + wide.density[i + 1]) * (wide.grid[i + 1] - wide.grid[i]);
    EXPECT_NEAR(wideIntegral, 1.0, 1e-9);
    EXPECT_EQ(wide.stepsPerProbe, 6);
}

TEST(Sharpness, AverageCaseMatchesTheAnalyticValue)
{
    QuadraticObjective q(symmetricWithSpectrum(kSpectrum), kShapes);
    const auto theta = q.theta();
    const auto diag = q.H().diagonal();
    const double rho = 0.2;
    for (bool adaptive : {true, false}) {
        SharpnessOptions o;
        o.rho = rho;
        o.adaptive = adaptive;
        o.samples = 4000;
        o.seed = adaptive ? 5 : 6;
        auto r = averageCaseSharpness(q, o);
        const auto c2 = adaptive ? theta.pow(2) : torch::ones_like(theta);
        const double analytic = 0.5 * rho * rho * (diag * c2).sum().item<double>();
        EXPECT_EQ(r.samples, 4000);
        EXPECT_GT(r.standardError, 0.0);
        EXPECT_LT(std::abs(r.value - analytic), 3.0 * r.standardError)
            << (adaptive ? "adaptive" : "plain") << ": " << r.value << " ± " << r.standardError << " vs " << analytic;
        EXPECT_TRUE(torch::equal(q.theta(), theta)); // restored bit for bit
    }
}

TEST(Sharpness, WorstCaseL2MatchesHalfRhoSquaredLambdaMax)
{
    QuadraticObjective q(symmetricWithSpectrum(kSpectrum), kShapes);
    q.zero(); // at θ = 0 (a saddle: H has a negative eigenvalue) the maximum is ½ρ²λ_max exactly
    const double rho = 0.3, exact = 0.5 * rho * rho * 10.0;
    SharpnessOptions o;
    o.rho = rho;
    o.adaptive = false;
    o.norm = SharpnessNorm::L2;
    o.steps = 200;
    o.stepSize = rho;
    auto r = worstCaseSharpness(q, o);
    EXPECT_EQ(r.steps, 200);
    EXPECT_EQ(r.history.size(), 201u);
    EXPECT_NEAR(r.value, exact, 1e-4 * exact);
    EXPECT_LE(r.value, exact * (1 + 1e-12));
    EXPECT_LE(r.perturbationNorm, rho * (1 + 1e-12));
    EXPECT_TRUE(torch::equal(q.theta(), torch::zeros({12}, torch::kFloat64)));

    // With the default step size (2ρ/steps) and 20 steps it still ascends, never beyond the bound.
    SharpnessOptions d;
    d.rho = rho;
    d.adaptive = false;
    auto dr = worstCaseSharpness(q, d);
    EXPECT_EQ(dr.steps, 20);
    EXPECT_GT(dr.value, dr.history.front());
    EXPECT_LE(dr.value, exact * (1 + 1e-12));

    // l∞ ball of radius ρ contains the l2 ball: at least ½ρ²λ_max (up to the ascent), at most ½nρ²λ_max.
    o.norm = SharpnessNorm::Linf;
    o.stepSize = 0.1 * rho;
    auto inf = worstCaseSharpness(q, o);
    EXPECT_GT(inf.value, 0.95 * exact);
    EXPECT_LE(inf.value, 12 * exact);
    EXPECT_LE(inf.perturbationNorm, rho * (1 + 1e-12));
}

TEST(Sharpness, NonsenseInputsThrowConfigError)
{
    QuadraticObjective q(symmetricWithSpectrum(kSpectrum), kShapes);
    TraceOptions t;
    t.maxProbes = 0;
    EXPECT_THROW(hutchinsonTrace(q, t), ConfigError);
    t = {};
    t.minProbes = 0;
    EXPECT_THROW(hutchinsonTrace(q, t), ConfigError);
    t = {};
    t.relativeError = -0.1;
    EXPECT_THROW(hutchinsonTrace(q, t), ConfigError);
    t = {};
    t.relativeError = NAN;
    EXPECT_THROW(hutchinsonTrace(q, t), ConfigError);
    t = {};
    t.subset = {3};
    EXPECT_THROW(hutchinsonTrace(q, t), ConfigError);

    DensityOptions d;
    d.probes = 0;
    EXPECT_THROW(spectralDensity(q, d), ConfigError);
    d = {};
    d.sigma = -1;
    EXPECT_THROW(spectralDensity(q, d), ConfigError);

    SharpnessOptions s;
    s.rho = -0.1;
    EXPECT_THROW(averageCaseSharpness(q, s), ConfigError);
    EXPECT_THROW(worstCaseSharpness(q, s), ConfigError);
    s = {};
    s.samples = 0;
    EXPECT_THROW(averageCaseSharpness(q, s), ConfigError);
    s = {};
    s.subset = {0, 7};
    EXPECT_THROW(averageCaseSharpness(q, s), ConfigError);
    EXPECT_THROW(worstCaseSharpness(q, s), ConfigError);
}

TEST(Sharpness, CancelThrowsAndRestoresParameters)
{
    QuadraticObjective q(symmetricWithSpectrum(kSpectrum), kShapes);
    const auto theta = q.theta();
    Feedback fb;
    fb.cancel();
    SharpnessOptions s;
    EXPECT_THROW(averageCaseSharpness(q, s, &fb), Cancelled);
    EXPECT_THROW(worstCaseSharpness(q, s, &fb), Cancelled);
    EXPECT_THROW(hutchinsonTrace(q, {}, &fb), Cancelled);
    EXPECT_THROW(spectralDensity(q, {}, &fb), Cancelled);
    EXPECT_TRUE(torch::equal(q.theta(), theta));
    // Progress reaches 1 on a normal run.
    Feedback ok;
    hutchinsonTrace(q, {}, &ok);
    EXPECT_DOUBLE_EQ(ok.progress(), 1.0);
}
