// `trainscope landscape` end to end: surfaces of every direction kind, resume, Ctrl-C, and
// clear errors for nonsense.
#include "core/landscape/SurfaceFile.h"
#include "tests/RunProcess.h"
#include "tests/TempDir.h"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>

using namespace ts;
using namespace ts::test;

namespace {
const std::string kExe = TRAINSCOPE_EXE;

std::string trainSmallRun(const TempDir& dir)
{
    const std::string run = dir.file("run.h5");
    auto r = runProcess(kExe + " train --task modular --model tickets_mlp --set p=11 --set embed=16 --set hidden=8"
                               " --steps 60 --set checkpoints=every:20 --quiet --out " + run);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    return run;
}
} // namespace

TEST(LandscapeCli, SurfacesForEveryDirectionKind)
{
    TempDir dir;
    const auto run = trainSmallRun(dir);
    const auto out = dir.file("s.h5");
    auto r = runProcess(kExe + " landscape " + run + " --grid 9x7 --range -1:1,-0.5:0.5 --seed 3 --json --out " + out);
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("\"points\":63"), std::string::npos) << r.out;
    auto s = readSurfaceFile(out);
    EXPECT_EQ(s.nx(), 9);
    EXPECT_EQ(s.ny(), 7);
    EXPECT_EQ(s.computedPoints("train_loss"), 63);
    EXPECT_EQ(s.computedPoints("train_acc"), 63);
    EXPECT_EQ(s.trajectory.size(), 4u); // steps 0, 20, 40, 60
    EXPECT_EQ(s.checkpointStep, 60);
    EXPECT_EQ(s.ys.front(), -0.5);
    EXPECT_NE(s.directions.find("\"seed\":3"), std::string::npos) << s.directions;
    // The centre of the grid is the checkpoint itself: its trajectory loss is the surface's.
    EXPECT_NEAR(s.value("train_loss", 4, 3), s.trajectory.back().loss, 1e-5 * s.trajectory.back().loss);

    // The naive evaluator gives the same surface.
    ASSERT_EQ(runProcess(kExe + " landscape " + run + " --grid 9x7 --range -1:1,-0.5:0.5 --seed 3 --naive --quiet --out " +
                         dir.file("n.h5")).exitCode, 0);
    auto n = readSurfaceFile(dir.file("n.h5"));
    for (std::size_t i = 0; i < 63; ++i)
        EXPECT_NEAR(s.values["train_loss"][i], n.values["train_loss"][i], 1e-5 * n.values["train_loss"][i]);

    // PCA: explained variance recorded, checkpoints close to the plane.
    r = runProcess(kExe + " landscape " + run + " --dirs pca --grid 5x5 --split test --quiet --out " + dir.file("p.h5"));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    auto p = readSurfaceFile(dir.file("p.h5"));
    EXPECT_EQ(p.explainedVariance.size(), 2u);
    EXPECT_EQ(p.computedPoints("test_loss"), 25);
    EXPECT_EQ(p.split, "test");

    // Through checkpoints: A at (0, 0), B at (1, 0), C at y = 1, all on the plane.
    r = runProcess(kExe + " landscape " + run + " --dirs ckpt:0,20,60 --grid 5x5 --range -0.5:1.5 --quiet --out " +
                   dir.file("c.h5"));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    auto c = readSurfaceFile(dir.file("c.h5"));
    EXPECT_NEAR(c.trajectory[0].x, 0.0, 1e-6);
    EXPECT_NEAR(c.trajectory[1].x, 1.0, 1e-5);
    EXPECT_NEAR(c.trajectory[3].y, 1.0, 1e-5);
    EXPECT_LT(c.trajectory[3].residual, 1e-3);
    EXPECT_GT(c.trajectory[2].residual, 0.0); // step 40 is off that plane

    // A 1-D slice.
    r = runProcess(kExe + " landscape " + run + " --grid 11 --quiet --out " + dir.file("l.h5"));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    auto l = readSurfaceFile(dir.file("l.h5"));
    EXPECT_FALSE(l.is2d());
    EXPECT_EQ(l.computedPoints("train_loss"), 11);
}

TEST(LandscapeCli, ResumeComputesOnlyTheMissingPoints)
{
    TempDir dir;
    const auto run = trainSmallRun(dir);
    const auto out = dir.file("s.h5");
    ASSERT_EQ(runProcess(kExe + " landscape " + run + " --grid 8x6 --quiet --out " + out).exitCode, 0);
    const auto whole = readSurfaceFile(out);
    auto partial = whole;
    for (std::size_t i = 0; i < 48; i += 3)
        partial.values["train_loss"][i] = NAN;
    writeSurfaceFile(out, partial);
    auto r = runProcess(kExe + " landscape " + run + " --grid 8x6 --resume --json --out " + out);
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("\"computed\":16"), std::string::npos) << r.out;
    const auto resumed = readSurfaceFile(out);
    for (std::size_t i = 0; i < 48; ++i)
        EXPECT_NEAR(resumed.values.at("train_loss")[i], whole.values.at("train_loss")[i],
                    1e-6 * whole.values.at("train_loss")[i]);
    // Resuming with another grid is refused.
    r = runProcess(kExe + " landscape " + run + " --grid 9x6 --resume --out " + out);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("different grid"), std::string::npos) << r.err;
}

TEST(LandscapeCli, CtrlCKeepsThePartialSurface)
{
    TempDir dir;
    const auto run = trainSmallRun(dir);
    const auto out = dir.file("s.h5");
    // A grid large enough to take many seconds with the naive evaluator; interrupt it once
    // the surface file exists (the handler is installed by then).
    const std::string cmd = kExe + " landscape " + run + " --grid 600x600 --naive --quiet --out " + out;
    auto r = runProcess("sh -c '" + cmd + " & pid=$!; while [ ! -e " + out +
                        " ]; do sleep 0.1; done; sleep 1; kill -INT $pid; wait $pid'");
    EXPECT_EQ(r.exitCode, 130) << r.err;
    EXPECT_NE(r.err.find("--resume"), std::string::npos) << r.err;
    auto s = readSurfaceFile(out);
    const auto done = s.computedPoints("train_loss");
    EXPECT_GT(done, 0);
    EXPECT_LT(done, 600 * 600);
}

TEST(LandscapeCli, NonsenseGetsClearErrors)
{
    TempDir dir;
    const auto run = trainSmallRun(dir);
    const auto out = dir.file("s.h5");
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"--checkpoint 12345", "no checkpoint at step 12345"},
        {"--grid 0x5", "at least 1 point"},
        {"--grid 5x0", "at least 1 point"},
        {"--grid fivexfive", "is not NX or NXxNY"},
        {"--range nan:1", "finite"},
        {"--range 1:-1", "reversed"},
        {"--split validation", "validation"},
        {"--dirs ckpt:0,99999,20", "no checkpoint at step 99999"},
        {"--dirs ckpt:0,20", "three steps"},
        {"--dirs ckpt:20,20,20", "identical"},
        {"--dirs file:" + dir.file("none.h5"), "no such file"},
        {"--dirs sideways", "unknown directions"},
        {"--norm cosmic", "unknown direction normalisation"},
    };
    for (const auto& [args, message] : cases) {
        const std::string grid = args.rfind("--grid", 0) == 0 ? "" : " --grid 5x5";
        auto r = runProcess(kExe + " landscape " + run + " " + args + grid + " --quiet --out " + out);
        EXPECT_EQ(r.exitCode, 2) << args << ": " << r.err;
        EXPECT_NE(r.err.find(message), std::string::npos) << args << ": " << r.err;
        EXPECT_FALSE(std::filesystem::exists(out)) << args;
    }
    // Directions of another model: the tensors do not match.
    const std::string other = dir.file("other.h5"), dirs = dir.file("other-dirs.h5");
    ASSERT_EQ(runProcess(kExe + " train --task modular --model mlp --set p=11 --set widths=8 --steps 5 --quiet --out " +
                         other).exitCode, 0);
    ASSERT_EQ(runProcess(kExe + " landscape " + other + " --grid 3x3 --quiet --save-dirs " + dirs + " --out " +
                         dir.file("o.h5")).exitCode, 0);
    auto r = runProcess(kExe + " landscape " + run + " --dirs file:" + dirs + " --grid 3x3 --quiet --out " + out);
    EXPECT_EQ(r.exitCode, 2) << r.err;
    EXPECT_NE(r.err.find("parameters"), std::string::npos) << r.err;
    EXPECT_FALSE(std::filesystem::exists(out));
    // The file written with --save-dirs is used as is by its own model.
    r = runProcess(kExe + " landscape " + other + " --dirs file:" + dirs + " --grid 3x3 --quiet --out " + dir.file("o2.h5"));
    EXPECT_EQ(r.exitCode, 0) << r.err;
    const auto a = readSurfaceFile(dir.file("o.h5")), b = readSurfaceFile(dir.file("o2.h5"));
    for (std::size_t i = 0; i < 9; ++i)
        EXPECT_NEAR(a.values.at("train_loss")[i], b.values.at("train_loss")[i], 1e-6 * a.values.at("train_loss")[i]);
}

TEST(LandscapeCli, BatchesWriteMeanAndStdMaps)
{
    TempDir dir;
    const auto run = trainSmallRun(dir);
    const auto out = dir.file("b.h5");
    // 40 examples in 4 batches of 10: all are used, so the mean map is the loss on those 40.
    auto r = runProcess(kExe + " landscape " + run + " --grid 5x4 --subset 40 --batches 4 --seed 2 --json --out " + out);
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("\"batches\":4"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("over 4 batches of 10"), std::string::npos) << r.out;
    const auto s = readSurfaceFile(out);
    EXPECT_EQ(s.batches, 4);
    ASSERT_TRUE(s.hasStd("train_loss"));
    ASSERT_TRUE(s.hasStd("train_acc"));
    EXPECT_EQ(s.computedPoints("train_loss"), 20);
    int spread = 0;
    for (int64_t iy = 0; iy < 4; ++iy)
        for (int64_t ix = 0; ix < 5; ++ix) {
            const double sd = s.stdValue("train_loss", ix, iy);
            ASSERT_TRUE(std::isfinite(sd)) << ix << ", " << iy;
            EXPECT_GE(sd, 0.0);
            spread += sd > 1e-6;
            const double accSd = s.stdValue("train_acc", ix, iy);
            EXPECT_GE(accSd, 0.0);
            EXPECT_LE(accSd, 0.5 * std::sqrt(4.0 / 3.0) + 1e-12); // the largest sample std of fractions
        }
    EXPECT_GT(spread, 10) << "different batches should give different losses";

    ASSERT_EQ(runProcess(kExe + " landscape " + run + " --grid 5x4 --subset 40 --seed 2 --quiet --out " +
                         dir.file("whole.h5")).exitCode, 0);
    const auto whole = readSurfaceFile(dir.file("whole.h5"));
    EXPECT_TRUE(whole.stds.empty());
    for (std::size_t i = 0; i < 20; ++i)
        EXPECT_NEAR(s.values.at("train_loss")[i], whole.values.at("train_loss")[i], 1e-5 * whole.values.at("train_loss")[i]);

    // Resuming needs the same number of batches.
    r = runProcess(kExe + " landscape " + run + " --grid 5x4 --subset 40 --seed 2 --resume --quiet --out " + out);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("over 4 batches"), std::string::npos) << r.err;
    r = runProcess(kExe + " landscape " + run + " --grid 5x4 --subset 40 --batches 4 --seed 2 --resume --json --out " + out);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("\"computed\":0"), std::string::npos) << r.out;

    for (const auto& [k, message] : std::vector<std::pair<std::string, std::string>>{
             {"1", "at least 2"}, {"0", "at least 2"}, {"-3", "at least 2"}, {"four", "at least 2"},
             {"41", "only 40 examples"}}) {
        const auto bad = dir.file("bad.h5");
        r = runProcess(kExe + " landscape " + run + " --grid 3x3 --subset 40 --batches " + k + " --quiet --out " + bad);
        EXPECT_EQ(r.exitCode, 2) << k << ": " << r.err;
        EXPECT_NE(r.err.find(message), std::string::npos) << k << ": " << r.err;
        EXPECT_FALSE(std::filesystem::exists(bad)) << k;
    }
}
