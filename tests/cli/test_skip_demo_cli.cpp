// `trainscope train --demo skip-connections` at a tiny size: both runs, both surfaces, the
// curvature numbers in the JSON and text reports; and `landscape` reporting curvature.
#include "core/landscape/SurfaceFile.h"
#include "core/runfile/RunReader.h"
#include "tests/RunProcess.h"
#include "tests/TempDir.h"

#include <gtest/gtest.h>

#include <filesystem>

using namespace ts;
using namespace ts::test;

namespace {
const std::string kExe = TRAINSCOPE_EXE;
const std::string kTiny = " --set depth=8 --set width=2 --set subset=256 --set test_subset=128 --set batch_size=64"
                          " --steps 8 --set eval_every=4 --set checkpoints=linear:3 --grid 5 --surface-subset 64";
} // namespace

TEST(SkipDemoCli, TrainsBothNetworksAndReportsTheirSurfaces)
{
    if (!std::filesystem::exists("/usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz") &&
        !std::getenv("TRAINSCOPE_FASHION_MNIST"))
        GTEST_SKIP() << "Fashion-MNIST is not installed (dataset-fashion-mnist)";
    TempDir dir;
    const std::string prefix = dir.file("skip");
    auto r = runProcess(kExe + " train --demo skip-connections" + kTiny + " --json --out " + prefix + ".h5");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    for (const char* name : {"short", "noshort"}) {
        const std::string run = prefix + "-" + name + ".h5", surface = prefix + "-" + name + "-surface.h5";
        ASSERT_TRUE(std::filesystem::exists(run)) << run;
        RunReader reader(run);
        EXPECT_EQ(reader.modelArch(), "resnet");
        const auto s = readSurfaceFile(surface);
        EXPECT_EQ(s.nx(), 5);
        EXPECT_EQ(s.ny(), 5);
        EXPECT_EQ(s.computedPoints("train_loss"), 25);
    }
    EXPECT_NE(r.out.find("\"name\":\"short\""), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("\"name\":\"noshort\""), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("\"non_convex_share_centre\":"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("\"local_minima\":"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("\"assessed\":9"), std::string::npos) << r.out; // 3×3 interior points

    // The text report, and the same numbers from `landscape` on one of the runs.
    r = runProcess(kExe + " train --demo skip-connections" + kTiny + " --quiet --out " + dir.file("t"));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("non-convex share (r ≤ 0.5 / all)"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("local minima"), std::string::npos) << r.out;
    r = runProcess(kExe + " landscape " + prefix + "-noshort.h5 --grid 5x5 --subset 64 --json --out " + dir.file("l.h5"));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("\"curvature\":{\"non_convex_share\":"), std::string::npos) << r.out;
    r = runProcess(kExe + " landscape " + prefix + "-noshort.h5 --grid 5x5 --subset 64 --quiet --out " + dir.file("l.h5"));
    EXPECT_NE(r.out.find("train_loss: non-convex share"), std::string::npos) << r.out;
    // A slice has no curvature numbers.
    r = runProcess(kExe + " landscape " + prefix + "-noshort.h5 --grid 5 --subset 64 --json --out " + dir.file("l1.h5"));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out.find("curvature"), std::string::npos) << r.out;
}

TEST(SkipDemoCli, SurfaceOptionsBelongToTheDemo)
{
    auto r = runProcess(kExe + " train --demo grokking --grid 5 --out /nonexistent/x.h5");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("--grid belongs to --demo skip-connections"), std::string::npos) << r.err;
}
