// A synthetic OLMoE-shaped routing file (1,000 samples × 16 layers × 64 experts, top-8, 10
// checkpoints) written through the run format and analysed by `trainscope pathways`.
#include "core/runfile/RunWriter.h"
#include "tests/RunProcess.h"
#include "tests/TempDir.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <numeric>
#include <random>

using namespace ts;
using namespace ts::test;

TEST(PathwaysScale, OlmoeShapedRoutingFile)
{
    TempDir dir;
    const std::string path = dir.file("olmoe.h5");
    const int64_t S = 1000, L = 16, E = 64, K = 8, C = 10;
    {
        RunHeader h;
        h.config = {{"task", "external"}, {"model", "olmoe-synthetic"}};
        h.modelArch = "external";
        h.lossKind = "cross_entropy";
        h.routing = {S, L, E};
        RunWriter w(path, h);
        std::mt19937 rng(0);
        std::gamma_distribution<float> gamma(2.0f, 1.0f);
        std::vector<float> weights(std::size_t(S * L * E));
        std::vector<int> experts(static_cast<std::size_t>(E));
        for (int64_t c = 0; c < C; ++c) {
            std::fill(weights.begin(), weights.end(), 0.0f);
            for (int64_t s = 0; s < S; ++s)
                for (int64_t l = 0; l < L; ++l) {
                    // Top-8 routing: 8 distinct experts with Dirichlet(2) weights.
                    std::iota(experts.begin(), experts.end(), 0);
                    std::shuffle(experts.begin(), experts.end(), rng);
                    float* row = weights.data() + (s * L + l) * E;
                    float sum = 0;
                    for (int64_t k = 0; k < K; ++k)
                        sum += row[experts[std::size_t(k)]] = gamma(rng);
                    for (int64_t k = 0; k < K; ++k)
                        row[experts[std::size_t(k)]] /= sum;
                }
            w.appendRouting(c * 1000, weights.data());
        }
        w.setStatus(RunStatus::Finished, "synthetic routing");
    }
    const auto start = std::chrono::steady_clock::now();
    auto r = runProcess(std::string(TRAINSCOPE_EXE) + " pathways " + path + " --samples all --json");
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    ASSERT_EQ(r.exitCode, 0) << r.err;
    std::printf("OLMoE-shaped routing, 10 checkpoints: %.1f s\n", seconds);
    RecordProperty("seconds", std::to_string(seconds));
    for (int64_t c = 0; c < C; ++c)
        EXPECT_NE(r.out.find("\"step\":" + std::to_string(c * 1000) + ",\"samples\":1000,"), std::string::npos) << c;
    EXPECT_EQ(r.out.find("\"d_path\":0,"), std::string::npos); // random routing: pathways differ
}
