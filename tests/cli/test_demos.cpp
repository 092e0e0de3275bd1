// The calibrated demos reproduce their phenomena, trained through the real CLI. These are the
// slow tests (the grokking demo trains 2,500 full-batch steps).
#include "core/runfile/RunReader.h"
#include "tests/RunProcess.h"
#include "tests/SharedRun.h"
#include "tests/TempDir.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>

using namespace ts;
using namespace ts::test;

namespace {
const std::string kExe = TRAINSCOPE_EXE;

// Value of a metric at a step (metrics are recorded at every evaluation).
double valueAt(const MetricSeries& s, int64_t step)
{
    for (std::size_t i = 0; i < s.steps.size(); ++i)
        if (s.steps[i] == step)
            return s.values[i];
    ADD_FAILURE() << "no value at step " << step;
    return std::nan("");
}

int64_t firstStepAtLeast(const MetricSeries& s, double threshold)
{
    for (std::size_t i = 0; i < s.steps.size(); ++i)
        if (s.values[i] >= threshold)
            return s.steps[i];
    return -1;
}
} // namespace

TEST(Demos, GrokkingMemorisesThenGeneralises)
{
    TempDir dir;
    const std::string out = sharedDemoRun(kExe, "grokking");
    RunReader run(out);
    EXPECT_EQ(run.status(), RunStatus::Finished);
    auto train = run.readMetric("train_acc"), test = run.readMetric("test_acc");
    const int64_t tMem = firstStepAtLeast(train, 0.99);
    const int64_t t90 = firstStepAtLeast(test, 0.90);
    RecordProperty("t_mem", std::to_string(tMem));
    RecordProperty("t90", std::to_string(t90));
    EXPECT_GE(tMem, 0);
    EXPECT_LE(tMem, 300);
    EXPECT_LT(valueAt(test, 700), 0.20);
    EXPECT_GE(t90, 0);
    EXPECT_LE(t90, 2500);
    EXPECT_GE(valueAt(test, 2500), 0.90);
    EXPECT_GT(run.checkpointCount(), 50);
    std::printf("grokking demo: t_mem=%lld t90=%lld test@700=%.4f test@2500=%.4f\n", static_cast<long long>(tMem),
                static_cast<long long>(t90), valueAt(test, 700), valueAt(test, 2500));

    // Analyses of the demo run: interpolation from initialisation to the end with its
    // layer-wise heatmap, and the top Hessian eigenvalue over training.
    auto interp = runProcess(kExe + " interpolate " + out + " --from first --to last --layerwise --points 21 --json");
    ASSERT_EQ(interp.exitCode, 0) << interp.err;
    EXPECT_NE(interp.out.find("\"layerwise\":{\"split\":\"train\",\"layers\":[\"W_E\",\"W_in\",\"W_out\",\"W_U\"]"),
              std::string::npos) << interp.out.substr(0, 400);
    EXPECT_EQ(interp.out.find("\"barrier\":{\"split\":\"train\",\"value\":null"), std::string::npos);
    auto sharp = runProcess(kExe + " sharpness " + out + " --checkpoint last --json");
    ASSERT_EQ(sharp.exitCode, 0) << sharp.err;
    const auto at = sharp.out.find("\"eigenvalues\":[");
    ASSERT_NE(at, std::string::npos) << sharp.out;
    const double lambda = std::strtod(sharp.out.c_str() + at + 15, nullptr);
    EXPECT_TRUE(std::isfinite(lambda));
    EXPECT_GT(lambda, 0.0);
    std::printf("grokking demo: lambda_max at step 2500 = %.6g\n", lambda);
    const std::string noDisplay = "env -u DISPLAY -u WAYLAND_DISPLAY ";
    for (const char* view : {"layerwise", "sharpness"}) {
        const std::string fig = dir.file(std::string(view) + ".png");
        auto r = runProcess(noDisplay + kExe + " render " + out + " --view " + view +
                            " --points 11 --every 20 --size 800x500 --out " + fig);
        EXPECT_EQ(r.exitCode, 0) << view << ": " << r.err;
        EXPECT_GT(readFile(fig).size(), 1000u) << view;
    }
}

TEST(Demos, XorBenignOverfittingThenGrokking)
{
    TempDir dir;
    const std::string out = dir.file("x.h5");
    auto r = runProcess(kExe + " train --demo xor --quiet --out " + out);
    ASSERT_EQ(r.exitCode, 0) << r.err;
    RunReader run(out);
    auto train = run.readMetric("train_acc"), test = run.readMetric("test_acc");
    EXPECT_DOUBLE_EQ(valueAt(train, 2), 1.0); // flipped labels fitted too
    EXPECT_LT(valueAt(test, 2), 0.65);
    const int64_t t90 = firstStepAtLeast(test, 0.90);
    EXPECT_GE(t90, 3);
    EXPECT_LE(t90, 150);
    std::printf("xor demo: train@2=%.3f test@2=%.3f t90=%lld test@200=%.3f\n", valueAt(train, 2), valueAt(test, 2),
                static_cast<long long>(t90), valueAt(test, 200));
}
