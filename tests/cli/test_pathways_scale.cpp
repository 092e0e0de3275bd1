// A synthetic OLMoE-shaped routing file (1,000 samples × 16 layers × 64 experts, top-8, 10
// checkpoints) written through the run format and analysed by `trainscope pathways`.
#include "tests/RunProcess.h"
#include "tests/SyntheticRouting.h"
#include "tests/TempDir.h"

#include <gtest/gtest.h>

#include <chrono>

using namespace ts;
using namespace ts::test;

TEST(PathwaysScale, OlmoeShapedRoutingFile)
{
    TempDir dir;
    const std::string path = dir.file("olmoe.h5");
    const int64_t S = 1000, L = 16, E = 64, K = 8, C = 10;
    writeSyntheticRoutingRun(path, S, L, E, K, C);
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
