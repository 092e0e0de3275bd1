// Gradient m-coherence, Fourier analysis over Z_p and the logarithmic fit
// (core/grokking/GradientCoherence.h, FourierAnalysis.h, ProgressMeasures.h).
#include "core/Error.h"
#include "core/grokking/FourierAnalysis.h"
#include "core/grokking/GradientCoherence.h"
#include "core/grokking/ProgressMeasures.h"
#include "core/models/ModelFactory.h"
#include "core/tasks/ModularArithmetic.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <cmath>

using namespace ts;

namespace {
constexpr double kPi = 3.14159265358979323846;
}

TEST(MCoherence, OrthogonalGradientsGiveOne)
{
    std::vector<torch::Tensor> g;
    const int64_t m = 7;
    for (int64_t i = 0; i < m; ++i) {
        auto v = torch::zeros({3, 5});
        v.view({-1})[i * 2] = double(i + 1) * 0.37; // different lengths, disjoint support
        g.push_back(v);
    }
    EXPECT_NEAR(mCoherence(g), 1.0, 1e-12);
    EXPECT_NEAR(pairwiseCoherence(g), 1.0, 1e-12);
    // A random orthogonal set (QR), scaled.
    auto q = std::get<0>(torch::linalg::qr(torch::randn({40, 10}, torch::kFloat64)));
    std::vector<torch::Tensor> h;
    for (int64_t i = 0; i < 10; ++i)
        h.push_back(q.select(1, i) * double(i + 1));
    EXPECT_NEAR(mCoherence(h), 1.0, 1e-12);
}

TEST(MCoherence, IdenticalGradientsGiveM)
{
    auto v = torch::randn({123});
    for (int64_t m : {1, 2, 64}) {
        std::vector<torch::Tensor> g(static_cast<std::size_t>(m), v);
        EXPECT_NEAR(mCoherence(g), double(m), 1e-9 * double(m));
    }
}

TEST(MCoherence, RunningSumEqualsPairwiseForm)
{
    torch::manual_seed(3);
    for (int trial = 0; trial < 5; ++trial) {
        std::vector<torch::Tensor> g;
        auto common = torch::randn({257});
        for (int i = 0; i < 33; ++i)
            g.push_back(torch::randn({257}) + common * (0.3 * trial));
        const double a = mCoherence(g), b = pairwiseCoherence(g);
        EXPECT_NEAR(a, b, 1e-6) << "trial " << trial;
        EXPECT_GT(a, 0.0);
        EXPECT_LE(a, 33.0);
    }
    EXPECT_THROW(mCoherence({}), ConfigError);
    EXPECT_THROW(mCoherence({torch::ones({3}), torch::ones({4})}), ConfigError);
    EXPECT_TRUE(std::isnan(mCoherence({torch::zeros({3})})));
}

TEST(MCoherence, PerExampleGradientsOfAModel)
{
    ModularArithmeticOptions o;
    o.p = 11;
    auto task = makeModularArithmetic(o);
    Settings s({{"vocab", "11"}, {"embed", "16"}, {"hidden", "8"}, {"out", "11"}});
    auto model = makeModel("tickets_mlp", s, 1);
    const auto& train = task.split("train");
    const int64_t m = 9;
    auto groups = layerGroups(*model);
    auto r = gradientCoherence(*model, train, task.loss, m, groups);
    EXPECT_EQ(r.samples, m);
    ASSERT_EQ(r.perGroup.size(), groups.size());
    // The same by hand: explicit per-example gradients, flattened, then the pairwise form.
    std::vector<torch::Tensor> grads;
    std::vector<std::vector<torch::Tensor>> perParam(model->params().size());
    const int64_t n = train.inputs.size(0);
    for (int64_t i = 0; i < m; ++i) {
        const int64_t idx = i * n / m;
        auto out = model->forward(train.inputs.slice(0, idx, idx + 1));
        auto loss = torch::nn::functional::cross_entropy(out, train.targets.slice(0, idx, idx + 1));
        auto g = torch::autograd::grad({loss}, model->params());
        std::vector<torch::Tensor> flat;
        for (std::size_t p = 0; p < g.size(); ++p) {
            flat.push_back(g[p].reshape({-1}));
            perParam[p].push_back(g[p]);
        }
        grads.push_back(torch::cat(flat));
    }
    EXPECT_NEAR(r.total, pairwiseCoherence(grads), 1e-6 * r.total);
    EXPECT_NEAR(r.perGroup[0], pairwiseCoherence(perParam[0]), 1e-6 * r.perGroup[0]); // W_E alone
    EXPECT_GE(r.total, 1.0 / double(m));
    EXPECT_LE(r.total, double(m));
}

TEST(Fourier, BasisIsOrthonormal)
{
    for (int64_t p : {7, 8, 67}) {
        auto b = fourierBasis(p);
        ASSERT_EQ(b.sizes(), (std::vector<int64_t>{p, p}));
        EXPECT_TRUE(torch::allclose(torch::mm(b, b.t()), torch::eye(p, torch::kFloat64), 1e-10, 1e-10)) << p;
        EXPECT_EQ(int64_t(fourierRowFrequencies(p).size()), p);
    }
}

TEST(Fourier, GiniCoefficient)
{
    EXPECT_DOUBLE_EQ(giniCoefficient({2, 2, 2, 2}), 0.0);
    EXPECT_NEAR(giniCoefficient({0, 0, 0, 5}), 0.75, 1e-12); // (n − 1)/n
    EXPECT_NEAR(giniCoefficient({1, 2, 3, 4}), 0.25, 1e-12); // Σ|xi−xj| = 20, 2·4·10 = 80
    EXPECT_DOUBLE_EQ(giniCoefficient({0, 0}), 0.0);
}

TEST(Fourier, SingleFrequencyEmbeddingHasAllItsNormAtThatFrequency)
{
    const int64_t p = 67, d = 40, k = 14;
    auto x = torch::arange(p, torch::kFloat64) * (2.0 * kPi * double(k) / double(p));
    // Each embedding dimension a random mix of cos(w_k x) and sin(w_k x).
    auto mix = torch::randn({d, 2}, torch::kFloat64);
    auto E = torch::mm(mix, torch::stack({torch::cos(x), torch::sin(x)})); // [d, p]
    auto s = embeddingSpectrum(E);
    ASSERT_EQ(s.norms.size(), std::size_t(p / 2 + 1));
    const double total = E.norm().item<double>();
    EXPECT_NEAR(s.norms[std::size_t(k)], total, 1e-9 * total);
    double rest = 0.0;
    for (std::size_t f = 0; f < s.norms.size(); ++f)
        if (f != std::size_t(k))
            rest += s.norms[f];
    EXPECT_LT(rest, 1e-9 * total);
    const double maxGini = double(p / 2 - 1) / double(p / 2); // 32/33
    EXPECT_NEAR(s.gini, maxGini, 1e-9);
    EXPECT_EQ(s.keyFrequencies, (std::vector<int64_t>{k}));
}

TEST(Fourier, RandomEmbeddingHasLowGini)
{
    torch::manual_seed(11);
    auto s = embeddingSpectrum(torch::randn({500, 67}));
    EXPECT_LT(s.gini, 0.1);
    EXPECT_EQ(s.keyFrequencies.size(), 8u); // 90% of the norm needs ~29 frequencies: capped
    // Two planted frequencies on top of small noise are the key frequencies.
    auto x = torch::arange(67, torch::kFloat64) * (2.0 * kPi / 67.0);
    auto E = torch::randn({64, 67}, torch::kFloat64) * 0.01;
    E.select(0, 0).add_(torch::cos(x * 5.0) * 3.0);
    E.select(0, 1).add_(torch::sin(x * 21.0) * 2.0);
    auto t = embeddingSpectrum(E);
    EXPECT_EQ(t.keyFrequencies, (std::vector<int64_t>{5, 21}));
    EXPECT_GT(t.gini, 0.8); // two of 33 frequencies hold ~all the norm (0.84)
}

TEST(Fourier, RestrictedPlusExcludedIsTheLogitsPlusTheMean)
{
    const int64_t p = 13;
    torch::manual_seed(5);
    auto a = torch::arange(p, torch::kFloat64);
    auto ab = (a.view({p, 1, 1}) + a.view({1, p, 1}));
    auto c = a.view({1, 1, p});
    const double w3 = 2.0 * kPi * 3.0 / double(p), w5 = 2.0 * kPi * 5.0 / double(p);
    // Key-frequency part: Nanda's cos(w(a+b−c)) plus a sin(w(a+b))cos(wc) term; bias per c.
    auto key = torch::cos((ab - c) * w3) * 2.0 + torch::sin(ab * w5) * torch::cos(c * w5) * 0.7;
    auto bias = torch::randn({1, 1, p}, torch::kFloat64);
    auto noise = torch::randn({p, p, p}, torch::kFloat64) * 0.1;
    auto L = key + bias + noise;
    auto d = decomposeLogits(L, {3, 5});
    EXPECT_TRUE(torch::allclose(d.restricted + d.excluded - d.mean, L, 1e-10, 1e-10));
    // R = restricted − mean is the orthogonal projection: ⟨R, L − R − mean⟩ = 0, and it
    // recovers the planted part up to the noise's share in the 8-dimensional subspace.
    auto R = d.restricted - d.mean;
    auto X = d.excluded - d.mean;
    EXPECT_NEAR((R * X).sum().item<double>(), 0.0, 1e-8);
    EXPECT_LT((R - key).norm().item<double>(), 0.1 * key.norm().item<double>());
    // Without noise and bias, the restricted logits are exactly the key part, excluded zero.
    auto clean = decomposeLogits(key, {3, 5});
    EXPECT_TRUE(torch::allclose(clean.restricted, key, 1e-10, 1e-10));
    EXPECT_LT(clean.excluded.abs().max().item<double>(), 1e-10);
    // Another frequency keeps none of it.
    auto other = decomposeLogits(key, {4});
    EXPECT_LT((other.restricted - other.mean).abs().max().item<double>(), 1e-10);
    EXPECT_THROW(decomposeLogits(L, {7}), ConfigError); // 7 > 13/2
    EXPECT_THROW(decomposeLogits(torch::zeros({p, p, p + 1}), {1}), ConfigError);
}

TEST(Fourier, LossesOnAModelAndEmbeddingsOfEachArchitecture)
{
    ModularArithmeticOptions o;
    o.p = 13;
    auto task = makeModularArithmetic(o);
    Settings s({{"vocab", "13"}, {"embed", "16"}, {"hidden", "8"}, {"out", "13"}});
    auto model = makeModel("tickets_mlp", s, 2);
    auto logits = allPairLogits(*model, 13);
    ASSERT_EQ(logits.sizes(), (std::vector<int64_t>{13, 13, 13}));
    auto l = fourierLosses(logits, task.split("train"), {1, 2});
    EXPECT_TRUE(std::isfinite(l.full) && std::isfinite(l.restricted) && std::isfinite(l.excluded));
    // With no key frequencies nothing is excluded, and the restricted logits are the
    // per-output mean alone.
    auto none = fourierLosses(logits, task.split("train"), {});
    EXPECT_NEAR(none.excluded, none.full, 1e-12);
    auto meanLogits = logits.to(torch::kFloat64).mean(std::vector<int64_t>{0, 1}).expand({o.p * o.p, o.p});
    const auto& tr0 = task.split("train");
    const double meanLoss =
        torch::nn::functional::cross_entropy(meanLogits.index_select(0, tr0.inputs.select(1, 0) * 13 + tr0.inputs.select(1, 1)),
                                             tr0.targets)
            .item<double>();
    EXPECT_NEAR(none.restricted, meanLoss, 1e-12);
    EXPECT_EQ(modularEmbedding(*model, 13).sizes(), (std::vector<int64_t>{16, 13}));
    auto tr = makeModel("transformer", Settings({{"vocab", "13"}, {"d_model", "16"}, {"heads", "2"}, {"d_mlp", "32"}}), 0);
    EXPECT_EQ(modularEmbedding(*tr, 13).sizes(), (std::vector<int64_t>{16, 13}));
    auto mlp = makeModel("xor_relu", Settings({{"in_dim", "4"}, {"width", "4"}}), 0);
    EXPECT_THROW(modularEmbedding(*mlp, 13), ConfigError);
}

TEST(ProgressMeasures, LogarithmicFit)
{
    std::vector<int64_t> t{0, 1, 2, 5, 10, 100, 1000};
    std::vector<double> y;
    for (auto s : t)
        y.push_back(s >= 1 ? 1.5 + 0.25 * std::log(double(s)) : 99.0); // t = 0 is not fitted
    auto f = fitLogarithm(t, y);
    EXPECT_EQ(f.points, 6);
    EXPECT_NEAR(f.a, 1.5, 1e-10);
    EXPECT_NEAR(f.b, 0.25, 1e-10);
    EXPECT_NEAR(f.r2, 1.0, 1e-12);
    y[3] += 1.0;
    EXPECT_LT(fitLogarithm(t, y).r2, 0.9);
}
