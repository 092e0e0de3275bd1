// `trainscope merge` and `landscape --dirs task:...` end to end: two runs from one
// initialisation (train --init), each method, the merged run opened by info and evaluate, and
// clear errors for runs of different architectures and bad options.
#include "core/landscape/SurfaceFile.h"
#include "tests/RunProcess.h"
#include "tests/TempDir.h"

#include <gtest/gtest.h>

#include <filesystem>

using namespace ts;
using namespace ts::test;

namespace {
const std::string kExe = TRAINSCOPE_EXE;

std::string train(const TempDir& dir, const std::string& name, const std::string& extra)
{
    const std::string run = dir.file(name);
    auto r = runProcess(kExe +
                        " train --task modular --model tickets_mlp --set p=11 --set embed=16 --set hidden=8"
                        " --steps 40 --set checkpoints=every:20 --quiet --out " +
                        run + " " + extra);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    return run;
}
} // namespace

TEST(MergeCli, MergesRunsFromOneInitialisation)
{
    TempDir dir;
    const auto a = train(dir, "add.h5", "");
    const auto b = train(dir, "sub.h5", "--set op=- --init " + a + "@0");
    for (const std::string method : {"average", "task-arithmetic", "ties", "dare"}) {
        const auto out = dir.file(method + ".h5");
        auto r = runProcess(kExe + " merge " + a + " " + b + " --method " + method + " --out " + out + " --quiet");
        ASSERT_EQ(r.exitCode, 0) << method << ": " << r.err;
        EXPECT_NE(r.out.find("train"), std::string::npos) << r.out;
        EXPECT_NE(r.out.find("wrote " + out), std::string::npos) << r.out;
        EXPECT_EQ(r.err.find("warning"), std::string::npos) << r.err;
        auto info = runProcess(kExe + " info " + out + " --json");
        ASSERT_EQ(info.exitCode, 0) << info.err;
        EXPECT_NE(info.out.find("merge_method"), std::string::npos) << info.out;
        // `evaluate` gives the numbers merge printed.
        auto json =
            runProcess(kExe + " merge " + a + " " + b + " --method " + method + " --out " + out + " --quiet --json");
        ASSERT_EQ(json.exitCode, 0) << json.err;
        auto eval = runProcess(kExe + " evaluate " + out + " --json");
        ASSERT_EQ(eval.exitCode, 0) << eval.err;
        const auto key = json.out.find("\"train\":{\"loss\":");
        ASSERT_NE(key, std::string::npos) << json.out;
        const auto loss = json.out.substr(key + 16, 8);
        EXPECT_NE(eval.out.find(loss), std::string::npos) << json.out << "\n" << eval.out;
    }
    // --data: the merged run carries (and is evaluated on) the other task's data.
    auto r = runProcess(kExe + " merge " + a + " " + b + " --method ties --trim 0.5 --data " + b + " --out " +
                        dir.file("ties-sub.h5"));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    // The task landscape: 1 on both axes is task arithmetic with lambda 1.
    const auto surf = dir.file("task.h5");
    r = runProcess(kExe + " landscape " + a + " --checkpoint 0 --dirs task:" + a + "," + b +
                   " --grid 5x5 --quiet --out " + surf);
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto s = readSurfaceFile(surf);
    EXPECT_EQ(s.xs.front(), -0.5);
    EXPECT_EQ(s.xs.back(), 1.5);
    EXPECT_NE(s.directions.find("\"type\":\"task\""), std::string::npos) << s.directions;
    auto ta = runProcess(kExe + " merge " + a + " " + b + " --method task-arithmetic --json --quiet --out " +
                         dir.file("ta.h5"));
    ASSERT_EQ(ta.exitCode, 0) << ta.err;
    const auto acc = ta.out.find("\"train\":{\"loss\":");
    ASSERT_NE(acc, std::string::npos);
    const double loss = std::stod(ta.out.substr(acc + 16));
    EXPECT_NEAR(s.value("train_loss", 3, 3), loss, 1e-4 * (1 + loss));
}

TEST(MergeCli, ClearErrors)
{
    TempDir dir;
    const auto a = train(dir, "a.h5", "");
    const auto wide = dir.file("wide.h5");
    auto r = runProcess(kExe +
                        " train --task modular --model tickets_mlp --set p=11 --set embed=16 --set hidden=12"
                        " --steps 20 --quiet --out " +
                        wide);
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto out = dir.file("m.h5");
    r = runProcess(kExe + " merge " + a + " " + wide + " --method average --out " + out);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("different architectures"), std::string::npos) << r.err;
    EXPECT_FALSE(std::filesystem::exists(out));
    r = runProcess(kExe + " merge " + a + " " + a + " --method soup --out " + out);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("average, task-arithmetic, ties, dare"), std::string::npos) << r.err;
    r = runProcess(kExe + " merge " + a + " " + a + " --method ties --drop 0.5 --out " + out);
    EXPECT_EQ(r.exitCode, 2);
    r = runProcess(kExe + " merge " + a + " " + a + " --method average --weights 1,2,3 --out " + out);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("weights"), std::string::npos) << r.err;
    r = runProcess(kExe +
                   " train --task modular --model tickets_mlp --set p=11 --set embed=16 --set hidden=12"
                   " --steps 20 --quiet --init " +
                   a + " --out " + dir.file("x.h5"));
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("does not match"), std::string::npos) << r.err;
    r = runProcess(kExe + " landscape " + a + " --dirs task:" + wide + " --grid 3 --out " + dir.file("s.h5"));
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("different architectures"), std::string::npos) << r.err;
    EXPECT_EQ(runProcess(kExe + " merge --help").exitCode, 0);
}
