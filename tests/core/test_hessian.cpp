// Hessian-vector products, power iteration and Lanczos against a quadratic with a known
// Hessian, and HVPs of a real model against finite differences of its gradient.
#include "core/Error.h"
#include "core/analysis/HessianEigen.h"
#include "core/analysis/HessianVectorProduct.h"
#include "core/analysis/Objective.h"
#include "core/models/ModelFactory.h"
#include "core/tasks/TaskFactory.h"

#include "tests/core/QuadraticObjective.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <algorithm>
#include <cmath>

using namespace ts;
using ts::test::QuadraticObjective;

namespace {
// Q diag(λ) Qᵀ with a random orthogonal Q (seeded).
torch::Tensor symmetricWithSpectrum(const std::vector<double>& eigenvalues, uint64_t seed = 7)
{
    const int64_t n = int64_t(eigenvalues.size());
    auto gen = at::make_generator<at::CPUGeneratorImpl>(seed);
    auto [q, r] = torch::linalg::qr(torch::randn({n, n}, gen, torch::kFloat64));
    auto d = torch::tensor(eigenvalues, torch::kFloat64);
    auto H = torch::mm(q * d, q.t());
    return 0.5 * (H + H.t());
}

// 12 eigenvalues: a negative one, a near-degenerate pair (3, 2.999).
const std::vector<double> kSpectrum = {10.0, 7.0, 4.0, 3.0, 2.999, 1.5, 1.0, 0.5, 0.25, 0.1, 0.05, -0.8};
const std::vector<std::vector<int64_t>> kShapes = {{3}, {2, 2}, {5}}; // 3 + 4 + 5 = 12

double relErr(const torch::Tensor& a, const torch::Tensor& b)
{
    return (a - b).norm().item<double>() / std::max(b.norm().item<double>(), 1e-300);
}
} // namespace

TEST(Hessian, QuadraticHvpEqualsMatrixProductAndFiniteDifferences)
{
    QuadraticObjective q(symmetricWithSpectrum(kSpectrum), kShapes);
    auto v = torch::randn({12}, torch::kFloat64);
    auto hv = hessianVectorProduct(q, v);
    ASSERT_EQ(hv.numel(), 12);
    EXPECT_LT(relErr(hv, torch::mv(q.H(), v)), 1e-12);

    // Central differences of the gradient along v.
    const double eps = 1e-4;
    auto theta = flatSubset(q, resolveSubset(q, {}));
    auto setTheta = [&](const torch::Tensor& t) {
        torch::NoGradGuard g;
        auto parts = unflattenLike(q, resolveSubset(q, {}), t);
        for (std::size_t i = 0; i < parts.size(); ++i)
            q.parameters()[i].copy_(parts[i]);
    };
    setTheta(theta + eps * v);
    auto gPlus = objectiveGradient(q);
    setTheta(theta - eps * v);
    auto gMinus = objectiveGradient(q);
    setTheta(theta);
    auto fd = (gPlus - gMinus) / (2 * eps);
    EXPECT_LT(relErr(hv, fd), 1e-4);
}

TEST(Hessian, PowerIterationFindsTopThreeEigenvalues)
{
    QuadraticObjective q(symmetricWithSpectrum(kSpectrum), kShapes);
    EigenOptions o;
    o.method = EigenMethod::Power;
    o.k = 3;
    o.maxIterations = 1000;
    o.tolerance = 1e-12;
    auto r = topHessianEigenvalues(q, o);
    ASSERT_EQ(r.eigenvalues.size(), 3u);
    const double truth[3] = {10.0, 7.0, 4.0};
    auto [evals, evecs] = torch::linalg::eigh(q.H(), "L"); // ascending
    for (int i = 0; i < 3; ++i) {
        EXPECT_NEAR(r.eigenvalues[i], truth[i], 1e-4 * truth[i]) << "eigenvalue " << i;
        EXPECT_TRUE(r.converged[i]);
        EXPECT_EQ(int(r.history[i].size()), r.iterations[i]);
        EXPECT_LT(r.residuals[i], 1e-4 * truth[i]);
        auto exact = evecs.select(1, 11 - i);
        EXPECT_GT(std::abs(torch::dot(r.eigenvectors[i], exact).item<double>()), 1.0 - 1e-6);
        EXPECT_NEAR(r.eigenvectors[i].norm().item<double>(), 1.0, 1e-12);
    }
    EXPECT_EQ(r.hessianVectorProducts, r.iterations[0] + r.iterations[1] + r.iterations[2] + 3);
}

TEST(Hessian, PowerIterationReportsNonConvergence)
{
    QuadraticObjective q(symmetricWithSpectrum(kSpectrum), kShapes);
    EigenOptions o;
    o.method = EigenMethod::Power;
    o.maxIterations = 3;
    o.tolerance = 1e-12;
    auto r = topHessianEigenvalues(q, o);
    EXPECT_FALSE(r.converged[0]);
    EXPECT_EQ(r.iterations[0], 3);
    EXPECT_EQ(r.history[0].size(), 3u);
    // The power defaults (20 iterations, tolerance 1e-4) on a gap of 0.7 converge and are close.
    EigenOptions power;
    power.method = EigenMethod::Power;
    auto d = topHessianEigenvalues(q, power);
    EXPECT_TRUE(d.converged[0]);
    EXPECT_LE(d.iterations[0], 20);
    EXPECT_NEAR(d.eigenvalues[0], 10.0, 1e-3 * 10.0);
}

TEST(Hessian, LanczosWithFullDimensionRecoversTheSpectrum)
{
    QuadraticObjective q(symmetricWithSpectrum(kSpectrum), kShapes);
    auto r = lanczos(q, 12, /*seed=*/3);
    ASSERT_EQ(r.steps, 12);
    ASSERT_EQ(r.ritzValues.size(), 12u);
    auto truth = kSpectrum;
    std::sort(truth.begin(), truth.end());
    for (int i = 0; i < 12; ++i)
        EXPECT_NEAR(r.ritzValues[i], truth[i], 1e-4 * std::max(1.0, std::abs(truth[i]))) << i;
    double sum = 0.0;
    for (double w : r.weights) {
        EXPECT_GE(w, 0.0);
        sum += w;
    }
    EXPECT_NEAR(sum, 1.0, 1e-10);
    // Asking for more steps than dimensions is capped, not an error.
    EXPECT_EQ(lanczos(q, 50, 3).steps, 12);
}

TEST(Hessian, SubsetHvpIsTheCorrespondingBlock)
{
    QuadraticObjective q(symmetricWithSpectrum(kSpectrum), kShapes);
    // Parameter 2 (flat 7..11) then parameter 0 (flat 0..2): the block in that order.
    std::vector<int64_t> idx = {7, 8, 9, 10, 11, 0, 1, 2};
    auto I = torch::tensor(idx, torch::kInt64);
    auto block = q.H().index_select(0, I).index_select(1, I);
    HessianVectorProduct hvp(q, {2, 0});
    ASSERT_EQ(hvp.dim(), 8);
    for (int k = 0; k < 3; ++k) {
        auto v = torch::randn({8}, torch::kFloat64);
        EXPECT_LT(relErr(hvp.apply(v), torch::mv(block, v)), 1e-12);
    }
    // The block's top eigenvalue through the same subset option.
    EigenOptions o;
    o.subset = {2, 0};
    o.maxIterations = 2000;
    o.tolerance = 1e-13;
    auto r = topHessianEigenvalues(q, o);
    auto blockEvals = std::get<0>(torch::linalg::eigh(block, "L"));
    const double lmax = std::max(blockEvals[7].item<double>(), -blockEvals[0].item<double>());
    EXPECT_NEAR(std::abs(r.eigenvalues[0]), lmax, 1e-4 * lmax);
}

TEST(Hessian, BadArgumentsThrowConfigError)
{
    QuadraticObjective q(symmetricWithSpectrum(kSpectrum), kShapes);
    EXPECT_THROW(HessianVectorProduct(q, {3}), ConfigError);
    EXPECT_THROW(HessianVectorProduct(q, {1, 1}), ConfigError);
    EXPECT_THROW(hessianVectorProduct(q, torch::zeros({11}, torch::kFloat64)), ConfigError);
    EigenOptions o;
    o.k = 0;
    EXPECT_THROW(topHessianEigenvalues(q, o), ConfigError);
    o.k = 13;
    EXPECT_THROW(topHessianEigenvalues(q, o), ConfigError);
    o.k = 1;
    o.tolerance = -1;
    EXPECT_THROW(topHessianEigenvalues(q, o), ConfigError);
    EXPECT_THROW(lanczos(q, 0), ConfigError);
}

namespace {
struct SmallModular {
    TaskData task;
    std::unique_ptr<Model> model;
    SmallModular()
    {
        Settings s({{"task", "modular"}, {"p", "11"}, {"model", "tickets_mlp"}, {"embed", "32"}, {"hidden", "16"}});
        task = makeTask(s);
        model = makeModel("tickets_mlp", resolveModelSpec("tickets_mlp", s, task), 3);
    }
};
} // namespace

TEST(Hessian, ModelHvpMatchesFiniteDifferencesAndIsSymmetric)
{
    SmallModular m;
    ModelObjective obj(*m.model, m.task.split("train"), m.task.loss);
    HessianVectorProduct hvp(obj);
    const int64_t n = hvp.dim();
    ASSERT_EQ(n, m.model->parameterCount());
    auto gen = at::make_generator<at::CPUGeneratorImpl>(11);
    auto v = torch::randn({n}, gen, torch::kFloat64);
    v /= v.norm();
    auto w = torch::randn({n}, gen, torch::kFloat64);
    w /= w.norm();
    auto hv = hvp.apply(v);
    auto hw = hvp.apply(w);
    const double vhw = torch::dot(v, hw).item<double>(), whv = torch::dot(w, hv).item<double>();
    EXPECT_NEAR(vhw, whv, 1e-3 * std::max({std::abs(vhw), hv.norm().item<double>() * 1e-2, 1e-6}));

    // Central differences of the float32 gradient along v (parameters restored after).
    const double eps = 1e-2;
    const auto theta = m.model->flatParameters();
    m.model->setFlatParameters(theta + eps * v.to(torch::kFloat32));
    auto gPlus = objectiveGradient(obj);
    m.model->setFlatParameters(theta - eps * v.to(torch::kFloat32));
    auto gMinus = objectiveGradient(obj);
    m.model->setFlatParameters(theta);
    auto fd = (gPlus - gMinus) / (2 * eps);
    const double fdErr = relErr(fd, hv);
    EXPECT_LT(fdErr, 1e-2) << "‖Hv‖ = " << hv.norm().item<double>();
    EXPECT_GT(hv.norm().item<double>(), 1e-3); // not vacuous
    RecordProperty("fd_relative_error", std::to_string(fdErr));
    EXPECT_TRUE(torch::equal(m.model->flatParameters(), theta));
}
