// Average pairwise pathway distance at OLMoE scale (docs/pathways.md "Benchmarks"):
// 1,000 samples × 16 layers × 64 experts with top-8 Dirichlet-like weights -> ~500k pairs.
//   (a) bit-parallel, all threads; (b) bit-parallel, 1 thread; (c) plain DP on a pair subset,
//   extrapolated; then 10 checkpoints (pathways + all pairs + entropy/load/distinct) in total.
// Usage: bench_pathway_distance [samples=1000] [dpPairs=20000] [checkpoints=10] [alpha=2.0]
// (alpha: Dirichlet concentration of the 8 kept weights; 2.0 gives ~400-character pathways)
#include "core/pathways/EditDistance.h"
#include "core/pathways/Pathway.h"
#include "core/pathways/PathwayMetrics.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <numeric>
#include <random>
#include <thread>

using namespace ts::pathways;
using Clock = std::chrono::steady_clock;

static double seconds(Clock::time_point a) { return std::chrono::duration<double>(Clock::now() - a).count(); }

static double gAlpha = 2.0;

static RoutingTable syntheticRouting(int64_t samples, int64_t layers, int64_t experts, int topK, uint32_t seed) {
    std::mt19937 rng(seed);
    std::gamma_distribution<double> gamma(gAlpha, 1.0);
    RoutingTable r;
    r.samples = samples;
    r.layers = layers;
    r.experts = experts;
    r.weights.assign(static_cast<std::size_t>(samples * layers * experts), 0.0f);
    std::vector<double> g(static_cast<std::size_t>(experts));
    std::vector<int> idx(static_cast<std::size_t>(experts));
    for (int64_t s = 0; s < samples; ++s)
        for (int64_t l = 0; l < layers; ++l) {
            for (auto& v : g) v = gamma(rng) + 1e-12;
            std::iota(idx.begin(), idx.end(), 0);
            std::partial_sort(idx.begin(), idx.begin() + topK, idx.end(), [&](int a, int b) { return g[a] > g[b]; });
            double sum = 0.0;
            for (int k = 0; k < topK; ++k) sum += g[idx[k]];
            for (int k = 0; k < topK; ++k) r.at(s, l)[idx[k]] = static_cast<float>(g[idx[k]] / sum);
        }
    return r;
}

int main(int argc, char** argv) {
    const int64_t samples = argc > 1 ? std::atoll(argv[1]) : 1000;
    const int64_t dpPairs = argc > 2 ? std::atoll(argv[2]) : 20000;
    const int checkpoints = argc > 3 ? std::atoi(argv[3]) : 10;
    if (argc > 4) gAlpha = std::atof(argv[4]);
    const unsigned hw = std::max(1u, std::thread::hardware_concurrency());

    const auto routing = syntheticRouting(samples, 16, 64, 8, 1);
    auto t0 = Clock::now();
    const auto p = buildPathways(routing);
    const double tBuild = seconds(t0);
    double len = 0.0;
    for (const auto& s : p.strings) len += static_cast<double>(s.size());
    len /= static_cast<double>(samples);
    const int64_t pairs = samples * (samples - 1) / 2;
    std::printf("samples %lld, layers 16, experts 64 (top-8 Dirichlet(%.2f) weights), threshold 0.7\n",
                static_cast<long long>(samples), gAlpha);
    std::printf("mean pathway length %.1f chars; %lld pairs; hardware threads %u; build pathways %.3f s\n", len,
                static_cast<long long>(pairs), hw, tBuild);

    PairwiseOptions all;
    all.threads = 0;
    all.perLayer = false;
    t0 = Clock::now();
    const auto a = averagePairwiseDistance(p, all);
    const double tA = seconds(t0);
    std::printf("(a) bit-parallel, %u threads:     %.3f s per checkpoint (mean D_path %.3f)\n", hw, tA, a.mean);

    PairwiseOptions one = all;
    one.threads = 1;
    t0 = Clock::now();
    const auto b = averagePairwiseDistance(p, one);
    const double tB = seconds(t0);
    std::printf("(b) bit-parallel, 1 thread:       %.3f s per checkpoint (same sum: %s)\n", tB,
                a.sum == b.sum ? "yes" : "NO");

    PairwiseOptions layered = all;
    layered.perLayer = true;
    t0 = Clock::now();
    const auto al = averagePairwiseDistance(p, layered);
    const double tAL = seconds(t0);
    std::printf("(a') bit-parallel, %u threads, + 16 per-layer means: %.3f s\n", hw, tAL);
    (void)al;

    // (c) plain DP on a deterministic spread of pairs (every row, the first columns after it).
    std::mt19937 rng(7);
    std::uniform_int_distribution<int64_t> pick(0, samples - 1);
    std::vector<std::pair<int64_t, int64_t>> subset;
    subset.reserve(static_cast<std::size_t>(dpPairs));
    while (static_cast<int64_t>(subset.size()) < dpPairs) {
        const int64_t i = pick(rng), j = pick(rng);
        if (i != j) subset.emplace_back(std::min(i, j), std::max(i, j));
    }
    uint64_t dpSum = 0, bpSum = 0;
    t0 = Clock::now();
    for (const auto& [i, j] : subset) dpSum += levenshteinDP(p.strings[i], p.strings[j]);
    const double tDpSubset = seconds(t0);
    t0 = Clock::now();
    for (const auto& [i, j] : subset) bpSum += levenshtein(p.strings[i], p.strings[j]);
    const double tBpSubset = seconds(t0);
    const double tC = tDpSubset * static_cast<double>(pairs) / static_cast<double>(dpPairs);
    std::printf("(c) plain DP, 1 thread:           %.3f s for %lld pairs -> %.1f s per checkpoint (extrapolated)\n",
                tDpSubset, static_cast<long long>(dpPairs), tC);
    std::printf("    same pairs, bit-parallel (pattern per pair): %.3f s; sums equal: %s\n", tBpSubset,
                dpSum == bpSum ? "yes" : "NO");
    std::printf("ratio DP(1 thread) / bit-parallel(1 thread): %.1fx; DP(1 thread) / bit-parallel(%u threads): %.1fx\n",
                tC / tB, hw, tC / tA);

    // 10 checkpoints: everything (pathways, all pairs overall + per layer, entropy, load, distinct).
    PathwayMetricsOptions o;
    o.pairwise.threads = 0;
    o.pairwise.perLayer = true;
    double total = 0.0;
    for (int c = 0; c < checkpoints; ++c) {
        const auto r = syntheticRouting(samples, 16, 64, 8, 100 + c);
        t0 = Clock::now();
        const auto m = computePathwayMetrics(r, o);
        total += seconds(t0);
        if (c == 0) std::printf("checkpoint 0: mean D_path %.2f, entropy %.3f, distinct %lld\n", m.distance.mean,
                                m.routingEntropy, static_cast<long long>(m.distinctPathways));
    }
    std::printf("%d checkpoints, all metrics (%u threads): %.3f s total, %.3f s per checkpoint\n", checkpoints, hw,
                total, total / checkpoints);
    return 0;
}
