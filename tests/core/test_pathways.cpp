// Expert pathways (core/pathways): edit distances, pathway strings, consistency, memorisation,
// entropy / load / distinct counts, and a synthetic OLMoE-shaped checkpoint.
#include "core/Error.h"
#include "core/Feedback.h"
#include "core/pathways/EditDistance.h"
#include "core/pathways/Pathway.h"
#include "core/pathways/PathwayMetrics.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

using namespace ts;
using namespace ts::pathways;

namespace {

RoutingTable table(int64_t samples, int64_t layers, int64_t experts, std::vector<float> w) {
    RoutingTable r;
    r.samples = samples;
    r.layers = layers;
    r.experts = experts;
    r.weights = std::move(w);
    return r;
}

// Dirichlet(alpha) rows, optionally sparsified to the top-k and renormalised.
RoutingTable randomRouting(int64_t samples, int64_t layers, int64_t experts, double alpha, int topK, uint32_t seed) {
    std::mt19937 rng(seed);
    std::gamma_distribution<double> gamma(alpha, 1.0);
    RoutingTable r = table(samples, layers, experts, std::vector<float>(samples * layers * experts));
    std::vector<double> g(experts);
    std::vector<int> idx(experts);
    for (int64_t s = 0; s < samples; ++s)
        for (int64_t l = 0; l < layers; ++l) {
            for (auto& v : g) v = gamma(rng) + 1e-12;
            if (topK > 0 && topK < experts) {
                std::iota(idx.begin(), idx.end(), 0);
                std::partial_sort(idx.begin(), idx.begin() + topK, idx.end(), [&](int a, int b) { return g[a] > g[b]; });
                for (int64_t k = topK; k < experts; ++k) g[idx[k]] = 0.0;
            }
            double sum = 0.0;
            for (double v : g) sum += v;
            for (int64_t k = 0; k < experts; ++k) r.at(s, l)[k] = static_cast<float>(g[k] / sum);
        }
    return r;
}

} // namespace

TEST(PathwayEditDistance, SmallCases) {
    EXPECT_EQ(levenshtein("3,1-2", "3,1-2"), 0u);
    EXPECT_EQ(levenshtein("3,1", "3,2"), 1u);
    EXPECT_EQ(levenshteinDP("3,1", "3,2"), 1u);
    EXPECT_EQ(levenshtein("", "abc"), 3u);
    EXPECT_EQ(levenshtein("abc", ""), 3u);
    EXPECT_EQ(levenshtein("kitten", "sitting"), 3u);
    EXPECT_EQ(LevenshteinPattern("kitten").distance("sitting"), 3u);
    EXPECT_EQ(LevenshteinPattern("").distance("abcd"), 4u);
    EXPECT_EQ(levenshtein(std::vector<int32_t>{3, 1, 64, 2}, std::vector<int32_t>{3, 2, 64, 2}), 1u);
    EXPECT_THROW(levenshtein(std::vector<int32_t>{-1}, std::vector<int32_t>{1}), ConfigError);
}

TEST(PathwayEditDistance, BitParallelEqualsDpOnRandomPairs) {
    std::mt19937 rng(12345);
    const std::string pathwayAlphabet = "0123456789,-";
    int mismatches = 0;
    for (int it = 0; it < 10000; ++it) {
        std::string alphabet;
        if (it % 2 == 0) alphabet = pathwayAlphabet;
        else {
            const int size = 1 + static_cast<int>(rng() % 5);
            for (int c = 0; c < size; ++c) alphabet += static_cast<char>('a' + rng() % 26);
        }
        auto gen = [&](std::size_t n) {
            std::string s(n, ' ');
            for (auto& c : s) c = alphabet[rng() % alphabet.size()];
            return s;
        };
        // Mostly short strings (fast), one pair in eight anywhere in 0..1000.
        const std::size_t maxLen = (it % 8 == 0) ? 1001 : 200;
        const std::string a = gen(rng() % maxLen);
        std::string b;
        if (it % 3 == 0 && !a.empty()) { // a near copy: small distances across block borders
            b = a;
            for (int e = 0; e < 1 + static_cast<int>(rng() % 10); ++e) {
                const std::size_t pos = rng() % (b.size() + 1);
                switch (rng() % 3) {
                case 0: b.insert(b.begin() + static_cast<long>(pos), alphabet[rng() % alphabet.size()]); break;
                case 1: if (pos < b.size()) b.erase(b.begin() + static_cast<long>(pos)); break;
                default: if (pos < b.size()) b[pos] = alphabet[rng() % alphabet.size()];
                }
            }
        } else {
            b = gen(rng() % maxLen);
        }
        const std::size_t ref = levenshteinDP(a, b);
        const std::size_t bp = levenshtein(a, b);
        const std::size_t pat = LevenshteinPattern(a).distance(b);
        if (bp != ref || pat != ref) {
            if (++mismatches <= 5)
                ADD_FAILURE() << "len " << a.size() << "/" << b.size() << ": DP " << ref << ", bit-parallel " << bp
                              << ", pattern " << pat;
        }
        if (it % 50 == 0) { // the token version on the same pairs
            const std::vector<int32_t> ta(a.begin(), a.end()), tb(b.begin(), b.end());
            EXPECT_EQ(levenshtein(ta, tb), ref);
            EXPECT_EQ(levenshteinDP(ta, tb), ref);
            EXPECT_EQ(LevenshteinPattern(tb).distance(ta), ref);
        }
    }
    EXPECT_EQ(mismatches, 0);
}

TEST(Pathways, ThresholdKeepsExpertsUntilCumulativeExceeds) {
    const float a[] = {0.8f, 0.1f, 0.05f, 0.05f};
    EXPECT_EQ(selectExperts(a, 4, 0.7), (std::vector<int32_t>{0}));
    const float b[] = {0.1f, 0.5f, 0.1f, 0.3f};
    EXPECT_EQ(selectExperts(b, 4, 0.7), (std::vector<int32_t>{1, 3}));
    const float c[] = {0.5f, 0.3f, 0.1f, 0.1f};
    EXPECT_EQ(selectExperts(c, 4, 0.7), (std::vector<int32_t>{0, 1}));
    // Ties by lower id; exactly 0.7 does not exceed 0.7.
    const float d[] = {0.15f, 0.35f, 0.35f, 0.15f};
    EXPECT_EQ(selectExperts(d, 4, 0.7), (std::vector<int32_t>{1, 2, 0}));
    const float e[] = {0.25f, 0.25f, 0.25f, 0.25f};
    EXPECT_EQ(selectExperts(e, 4, 0.5), (std::vector<int32_t>{0, 1, 2}));
    // Threshold 1 on sparse weights: every non-zero expert, not the zeros.
    const float f[] = {0.0f, 0.6f, 0.0f, 0.4f};
    EXPECT_EQ(selectExperts(f, 4, 1.0), (std::vector<int32_t>{1, 3}));
}

TEST(Pathways, StringsAndTokens) {
    // 1 sample, 3 layers, 10 experts -> "3,1,5-0-9,1"
    std::vector<float> w(30, 0.0f);
    w[3] = 0.4f; w[1] = 0.2f; w[5] = 0.15f; w[7] = 0.1f; w[8] = 0.15f - 0.0f; // layer 0: 3,1 then 5 (tie 5/8 -> 5)
    w[10 + 0] = 0.9f; w[10 + 4] = 0.1f;                                       // layer 1: 0
    w[20 + 9] = 0.6f; w[20 + 1] = 0.3f; w[20 + 2] = 0.1f;                     // layer 2: 9,1
    const auto p = buildPathways(table(1, 3, 10, w));
    ASSERT_EQ(p.strings.size(), 1u);
    EXPECT_EQ(p.strings[0], "3,1,5-0-9,1");
    EXPECT_EQ(p.layerStrings[0][0], "3,1,5");
    EXPECT_EQ(p.layerStrings[2][0], "9,1");
    EXPECT_EQ(p.tokens(0), (std::vector<int32_t>{3, 1, 5, 10, 0, 10, 9, 1}));
    EXPECT_THROW(buildPathways(table(1, 3, 10, w), PathwayOptions{1.5}), ConfigError);
}

TEST(Pathways, RoutingFromFourDimensionalAveragesTokens) {
    // [1 sample, 2 tokens, 1 layer, 2 experts]
    auto t = torch::tensor({1.0f, 0.0f, 0.5f, 0.5f}).reshape({1, 2, 1, 2});
    const auto r = routingFromTensor(t);
    EXPECT_EQ(r.samples, 1);
    EXPECT_EQ(r.layers, 1);
    EXPECT_EQ(r.experts, 2);
    EXPECT_NEAR(r.weights[0], 0.75f, 1e-6);
    EXPECT_NEAR(r.weights[1], 0.25f, 1e-6);
    HostArray h = HostArray::zeros(DType::Float32, {2, 3, 4});
    EXPECT_EQ(routingFromHostArray(h).layers, 3);
    EXPECT_THROW(routingFromHostArray(HostArray::zeros(DType::Float32, {2, 3})), ConfigError);
}

TEST(PathwayConsistency, IdenticalEmbeddingsGiveZero) {
    const int64_t S = 5, L = 4, E = 6, D = 3;
    auto routing = randomRouting(S, L, E, 1.0, 0, 7);
    // Same routing in every layer and the same router matrix -> identical embeddings.
    for (int64_t s = 0; s < S; ++s)
        for (int64_t l = 1; l < L; ++l) std::copy(routing.at(s, 0), routing.at(s, 0) + E, routing.at(s, l));
    torch::manual_seed(3);
    const auto V = torch::randn({E, D});
    const auto c = pathwayConsistency(routing, {V, V, V, V});
    ASSERT_TRUE(c.defined);
    for (double v : c.perSample) EXPECT_NEAR(v, 0.0, 1e-6);
    EXPECT_NEAR(c.meanCosine, 1.0, 1e-9);
}

TEST(PathwayConsistency, HandExampleAndUndefinedDims) {
    // L = 3, E = 2, routers = identity: e_ℓ = g_ℓ. g = (1,0), (1,0), (0,1): cosines 1, 0.
    const auto routing = table(1, 3, 2, {1, 0, 1, 0, 0, 1});
    const auto I = torch::eye(2);
    const auto c = pathwayConsistency(routing, {I, I, I});
    ASSERT_TRUE(c.defined);
    EXPECT_NEAR(c.perSample[0], 1.0 - 0.5 / (1.0 + 1e-8), 1e-12);
    EXPECT_NEAR(c.meanCosine, 0.5, 1e-12);
    // Different dims between adjacent layers: NaN with a note.
    const auto u = pathwayConsistency(routing, {torch::ones({2, 3}), torch::ones({2, 4}), torch::ones({2, 4})});
    EXPECT_FALSE(u.defined);
    EXPECT_TRUE(std::isnan(u.perSample[0]));
    EXPECT_FALSE(u.note.empty());
    // [dim, experts] routers (MoeMlp's layout) are transposed.
    const auto tr = pathwayConsistency(routing, {torch::ones({3, 2}), torch::ones({3, 2}), torch::ones({3, 2})});
    EXPECT_TRUE(tr.defined);
    EXPECT_THROW(pathwayConsistency(routing, {I, I}), ConfigError);
}

TEST(PathwayDistance, ThreadsEqualSingleThreadAndDp) {
    const auto routing = randomRouting(120, 6, 16, 0.3, 4, 11);
    const auto p = buildPathways(routing);
    PairwiseOptions one;
    one.threads = 1;
    one.expertLevel = true;
    PairwiseOptions many = one;
    many.threads = 4;
    PairwiseOptions dp = one;
    dp.method = DistanceMethod::DynamicProgramming;
    const auto a = averagePairwiseDistance(p, one);
    const auto b = averagePairwiseDistance(p, many);
    const auto c = averagePairwiseDistance(p, dp);
    EXPECT_EQ(a.pairs, 120 * 119 / 2);
    EXPECT_GT(a.sum, 0u);
    EXPECT_EQ(a.sum, b.sum);
    EXPECT_EQ(a.sum, c.sum);
    EXPECT_DOUBLE_EQ(a.mean, b.mean);
    ASSERT_EQ(a.layerMean.size(), 6u);
    for (std::size_t l = 0; l < 6; ++l) {
        EXPECT_DOUBLE_EQ(a.layerMean[l], b.layerMean[l]);
        EXPECT_DOUBLE_EQ(a.layerMean[l], c.layerMean[l]);
        EXPECT_GT(a.layerMean[l], 0.0);
    }
    EXPECT_DOUBLE_EQ(a.expertLevelMean, b.expertLevelMean);
    EXPECT_DOUBLE_EQ(a.expertLevelMean, c.expertLevelMean);
    // Brute force check of the mean.
    uint64_t sum = 0;
    for (std::size_t i = 0; i < p.strings.size(); ++i)
        for (std::size_t j = i + 1; j < p.strings.size(); ++j) sum += levenshteinDP(p.strings[i], p.strings[j]);
    EXPECT_EQ(a.sum, sum);
    EXPECT_DOUBLE_EQ(a.mean, static_cast<double>(sum) / a.pairs);
    // Plain-string overload.
    EXPECT_EQ(averagePairwiseDistance(p.strings, many).sum, sum);
    // Fewer than two strings.
    EXPECT_EQ(averagePairwiseDistance(std::vector<std::string>{"1"}).pairs, 0);
}

TEST(PathwayDistance, CancelThrows) {
    const auto p = buildPathways(randomRouting(300, 8, 32, 0.3, 8, 5));
    Feedback fb;
    fb.cancel();
    PairwiseOptions o;
    o.threads = 2;
    EXPECT_THROW(averagePairwiseDistance(p, o, &fb), Cancelled);
    Feedback ok;
    averagePairwiseDistance(p, o, &ok);
    EXPECT_DOUBLE_EQ(ok.progress(), 1.0);
}

TEST(Memorisation, HandMadeLossTable) {
    // 5 checkpoints × 4 samples (row = checkpoint).
    const std::vector<double> losses = {
        // s0    s1    s2    s3
        2.00, 2.00, 2.00, 2.00, //
        0.50, 0.05, 1.00, 0.02, //
        0.04, 0.30, 0.90, 0.02, //
        0.03, 0.02, 0.80, 0.30, //
        0.02, 0.01, 0.70, 0.02, //
    };
    const auto m = memorisedSamples(losses, 5, 4, 0.05, 0.05);
    // s0: stable from t=2 (|0.04-0.02| <= .05, |0.5-0.02| > .05), loss 0.04 <= eps -> t* = 2
    // s1: stable suffix from t=3 (0.30 is off by 0.29) -> t* = 3 although it was low at t=1
    // s2: never below eps -> not memorised
    // s3: stable only at t=4 (0.30 at t=3) -> t* = 4
    EXPECT_EQ(m.firstCheckpoint, (std::vector<int64_t>{2, 3, -1, 4}));
    EXPECT_EQ(m.memorisedCount, 3);
    EXPECT_DOUBLE_EQ(m.fraction, 0.75);
    EXPECT_EQ(m.memorisedSamples(), (std::vector<int64_t>{0, 1, 3}));
    // A tighter epsilon: s0 only at t=4 (0.02), s1 at t=3 (0.02), s3 at 4.
    EXPECT_EQ(memorisedSamples(losses, 5, 4, 0.02, 0.05).firstCheckpoint, (std::vector<int64_t>{4, 3, -1, 4}));
    // chooseEpsilon: per-sample minimal eps = 0.02, 0.01, 0.70, 0.02.
    EXPECT_DOUBLE_EQ(chooseEpsilon(losses, 5, 4, 0.25), 0.01);
    EXPECT_DOUBLE_EQ(chooseEpsilon(losses, 5, 4, 0.5), 0.02);
    EXPECT_DOUBLE_EQ(chooseEpsilon(losses, 5, 4, 1.0), 0.70);
    EXPECT_EQ(memorisedSamples(losses, 5, 4, chooseEpsilon(losses, 5, 4, 0.5)).memorisedCount, 3);
    // Tensor overload agrees.
    const auto t = torch::tensor(losses, torch::kFloat64).reshape({5, 4});
    EXPECT_EQ(memorisedSamples(t, 0.05).firstCheckpoint, m.firstCheckpoint);
    EXPECT_THROW(memorisedSamples(losses, 4, 4, 0.05), ConfigError);
}

TEST(Memorisation, ChosenEpsilonHitsTargetFraction) {
    std::mt19937 rng(2);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    const int64_t C = 6, S = 1000;
    std::vector<double> losses(C * S);
    for (int64_t s = 0; s < S; ++s) {
        const double final = u(rng);
        for (int64_t t = 0; t < C; ++t) losses[t * S + s] = final + (C - 1 - t) * 0.02 * u(rng);
    }
    const double eps = chooseEpsilon(losses, C, S);
    const auto m = memorisedSamples(losses, C, S, eps);
    EXPECT_GE(m.fraction, 0.225);
    EXPECT_LE(m.fraction, 0.25);
}

TEST(PathwayMetrics, EntropyOfUniformRoutingIsLogE) {
    const int64_t S = 3, L = 2, E = 8;
    const auto r = table(S, L, E, std::vector<float>(S * L * E, 1.0f / E));
    EXPECT_NEAR(routingEntropy(r), std::log(8.0), 1e-6);
    for (double h : layerRoutingEntropy(r)) EXPECT_NEAR(h, std::log(8.0), 1e-6);
    // One-hot routing: 0.
    std::vector<float> oneHot(S * L * E, 0.0f);
    for (int64_t i = 0; i < S * L; ++i) oneHot[i * E + 2] = 1.0f;
    EXPECT_NEAR(routingEntropy(table(S, L, E, oneHot)), 0.0, 1e-12);
}

TEST(PathwayMetrics, LoadAndDistinctPathways) {
    // 4 samples, 2 layers, 3 experts; pathways: "0-1", "0-1", "1-2", "0,2-1"
    const auto r = table(4, 2, 3,
                         {0.9f, 0.05f, 0.05f, 0.1f, 0.8f, 0.1f,  //
                          0.8f, 0.1f, 0.1f, 0.0f, 1.0f, 0.0f,    //
                          0.1f, 0.85f, 0.05f, 0.1f, 0.1f, 0.8f,  //
                          0.5f, 0.1f, 0.4f, 0.2f, 0.75f, 0.05f});
    const auto p = buildPathways(r);
    EXPECT_EQ(p.strings, (std::vector<std::string>{"0-1", "0-1", "1-2", "0,2-1"}));
    EXPECT_EQ(distinctPathways(p), 3);
    EXPECT_EQ(distinctLayerPathways(p), (std::vector<int64_t>{3, 2}));
    const auto load = expertLoad(p);
    EXPECT_EQ(load[0], (std::vector<double>{0.75, 0.25, 0.25}));
    EXPECT_EQ(load[1], (std::vector<double>{0.0, 0.75, 0.25}));
    const auto m = computePathwayMetrics(r);
    EXPECT_EQ(m.distinctPathways, 3);
    // Distances: d(0-1,0-1)=0, d(0-1,1-2)=2, d(0-1,0,2-1)=2 (twice), d(1-2,0,2-1)=4 -> (0+2+2+2+2+4)/6
    EXPECT_DOUBLE_EQ(m.distance.mean, 12.0 / 6.0);
    EXPECT_DOUBLE_EQ(m.distance.layerMean[0], (0 + 1 + 2 + 1 + 2 + 3) / 6.0);
    // A group of samples.
    PathwayMetricsOptions o;
    o.group = {0, 2};
    EXPECT_DOUBLE_EQ(computePathwayMetrics(r, o).distance.mean, 2.0);
    o.group = {0, 9};
    EXPECT_THROW(computePathwayMetrics(r, o), ConfigError);
}

TEST(PathwayMetrics, SyntheticOlmoeShapedCheckpoint) {
    // OLMoE-shaped: 1,000 samples × 16 layers × 64 experts, top-8 Dirichlet-like weights.
    const auto r = randomRouting(1000, 16, 64, 0.5, 8, 2024);
    const auto p = buildPathways(r);
    double len = 0.0;
    for (const auto& s : p.strings) len += static_cast<double>(s.size());
    len /= 1000.0;
    EXPECT_GT(len, 100.0);
    PathwayMetricsOptions o;
    o.pairwise.perLayer = true;
    const auto m = computePathwayMetrics(r, o);
    EXPECT_EQ(m.distance.pairs, 1000 * 999 / 2);
    EXPECT_GT(m.distance.mean, 0.3 * m.meanPathwayLength);
    EXPECT_LT(m.distance.mean, m.meanPathwayLength + 50);
    EXPECT_EQ(m.distinctPathways, 1000);
    EXPECT_EQ(m.distance.layerMean.size(), 16u);
    EXPECT_GT(m.routingEntropy, 0.0);
    EXPECT_LT(m.routingEntropy, std::log(8.0) + 1e-6);
    ASSERT_EQ(m.expertLoad.size(), 16u);
    double loadSum = 0.0;
    for (double v : m.expertLoad[0]) loadSum += v;
    EXPECT_NEAR(loadSum, m.meanExpertsPerLayer, 0.5); // kept experts per sample in layer 0 ≈ the mean
    // Spot check the mean against the DP on a few pairs' worth of structure.
    EXPECT_EQ(levenshtein(p.strings[0], p.strings[1]), levenshteinDP(p.strings[0], p.strings[1]));
}
