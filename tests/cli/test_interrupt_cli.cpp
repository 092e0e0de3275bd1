// Ctrl-C in every long command: each is started on a workload far longer than the test, sent
// SIGINT once its progress line shows, and must exit within a second with code 130, say that it
// was interrupted, and leave only complete files behind (app/cli/InterruptGuard.h).
#include "core/landscape/SurfaceFile.h"
#include "core/runfile/RunReader.h"
#include "tests/RunProcess.h"
#include "tests/TempDir.h"
#include "tests/core/ImportFixtures.h"

#include <gtest/gtest.h>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <thread>

using namespace ts;
using namespace ts::test;

namespace {
const std::string kExe = TRAINSCOPE_EXE;
constexpr double kCancelSeconds = 1.0;

struct Interrupted {
    int exitCode = -1;
    double seconds = -1; // from SIGINT to the exit
    std::string err;
};

// Runs "trainscope ARGS" with stderr in a file, waits until the progress line (or marker)
// appears and settleMs more, sends SIGINT and times the exit.
Interrupted interruptOnceProgressShows(const TempDir& dir, const std::string& args, const std::string& marker = "ETA",
                                       int settleMs = 0)
{
    // Fresh files per run: a marker left by the previous command must not trigger the signal.
    static int runs = 0;
    ++runs;
    const std::string errPath = dir.file("interrupt" + std::to_string(runs) + ".err");
    const std::string outPath = dir.file("interrupt" + std::to_string(runs) + ".out");
    const std::string line = "exec " + kExe + " " + args + " >" + outPath + " 2>" + errPath + " </dev/null";
    const pid_t pid = fork();
    if (pid == 0) {
        signal(SIGINT, SIG_DFL);
        execl("/bin/sh", "sh", "-c", line.c_str(), static_cast<char*>(nullptr));
        _exit(127);
    }
    Interrupted r;
    int status = 0;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
    while (readFile(errPath).find(marker) == std::string::npos) {
        if (waitpid(pid, &status, WNOHANG) == pid) {
            r.err = "exited before it showed progress: " + readFile(errPath);
            return r;
        }
        if (std::chrono::steady_clock::now() > deadline) {
            kill(pid, SIGKILL);
            waitpid(pid, &status, 0);
            r.err = "no progress within 120 s: " + readFile(errPath);
            return r;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(settleMs));
    const auto t0 = std::chrono::steady_clock::now();
    kill(pid, SIGINT);
    while (waitpid(pid, &status, WNOHANG) != pid) {
        if (std::chrono::steady_clock::now() - t0 > std::chrono::seconds(30)) {
            kill(pid, SIGKILL);
            waitpid(pid, &status, 0);
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    // Killed by the signal itself (no handler yet) is not an exit with 130.
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
    r.err = readFile(errPath);
    return r;
}

void expectPromptCancel(const Interrupted& r, const std::string& what)
{
    EXPECT_EQ(r.exitCode, 130) << what << ": " << r.err;
    EXPECT_GE(r.seconds, 0.0) << what;
    EXPECT_LT(r.seconds, kCancelSeconds) << what << ": " << r.err;
    EXPECT_NE(r.err.find("interrupted"), std::string::npos) << what << ": " << r.err;
    std::printf("[ timing ] %s: exit %.3f s after SIGINT\n", what.c_str(), r.seconds);
}

// A small MLP run with many checkpoints: every analysis over "all checkpoints" runs long.
const std::string& manyCheckpointRun()
{
    static TempDir dir;
    static const std::string run = [] {
        const std::string path = dir.file("many.h5");
        auto r = runProcess(kExe +
                            " train --task modular --model mlp --set p=11 --steps 2000"
                            " --set checkpoints=every:1 --quiet --out " +
                            path);
        EXPECT_EQ(r.exitCode, 0) << r.err;
        return path;
    }();
    return run;
}
} // namespace

TEST(CliInterrupt, TrainStopsAndKeepsACancelledRun)
{
    TempDir dir;
    const auto out = dir.file("t.h5");
    const auto r = interruptOnceProgressShows(
        dir, "train --task modular --model mlp --set p=11 --steps 100000000 --set checkpoints=every:100 --out " + out);
    expectPromptCancel(r, "train");
    RunReader run(out);
    EXPECT_EQ(run.status(), RunStatus::Cancelled);
    EXPECT_GE(run.checkpointCount(), 1);
}

TEST(CliInterrupt, LandscapeKeepsThePointsComputed)
{
    TempDir dir;
    const auto out = dir.file("s.h5");
    const auto r =
        interruptOnceProgressShows(dir, "landscape " + manyCheckpointRun() + " --grid 600x600 --naive --out " + out);
    expectPromptCancel(r, "landscape");
    const auto s = readSurfaceFile(out);
    EXPECT_LT(s.computedPoints("train_loss"), 600 * 600);
}

TEST(CliInterrupt, AnalysesOfARun)
{
    TempDir dir;
    const auto& run = manyCheckpointRun();
    expectPromptCancel(interruptOnceProgressShows(dir, "sharpness " + run + " --checkpoint all --trace --probes 50"),
                       "sharpness");
    expectPromptCancel(
        interruptOnceProgressShows(dir, "interpolate " + run + " --from first --to last --points 100000"),
        "interpolate");
    expectPromptCancel(interruptOnceProgressShows(dir, "evaluate " + run), "evaluate");
    expectPromptCancel(interruptOnceProgressShows(dir, "grokking " + run), "grokking");
}

TEST(CliInterrupt, PathwaysOfAnMoeRun)
{
    TempDir dir;
    const std::string moe = dir.file("moe.h5");
    ASSERT_EQ(
        runProcess(kExe + " train --demo moe --set p=23 --steps 1000 --set checkpoints=every:2 --quiet --out " + moe)
            .exitCode,
        0);
    expectPromptCancel(interruptOnceProgressShows(dir, "pathways " + moe + " --samples all"), "pathways");
}

TEST(CliInterrupt, TicketsAndSweepKeepOnlyCompleteRuns)
{
    TempDir dir;
    // A dense run whose settings ask for 10^8 steps (itself interrupted): its tickets train as long.
    const std::string dense = dir.file("dense.h5");
    expectPromptCancel(
        interruptOnceProgressShows(dir,
                                   "train --task modular --model tickets_mlp --set p=11 --set embed=16"
                                   " --set hidden=8 --steps 100000000 --set checkpoints=every:50 --out " +
                                       dense,
                                   "ETA", 1500),
        "train (dense run)");
    auto r = interruptOnceProgressShows(dir, "tickets " + dense + " --keep 0.5 --out " + dir.file("ticket.h5"));
    expectPromptCancel(r, "tickets");
    EXPECT_EQ(RunReader(dir.file("ticket.h5")).status(), RunStatus::Cancelled);

    r = interruptOnceProgressShows(
        dir,
        "sweep --task modular --model mlp --set p=11 --steps 100000000 --vary seed=1,2 --out " + dir.file("sweep"));
    expectPromptCancel(r, "sweep");
    EXPECT_EQ(RunReader(dir.file("sweep/seed=1.h5")).status(), RunStatus::Cancelled);
    EXPECT_FALSE(std::filesystem::exists(dir.file("sweep/seed=2.h5")));
}

TEST(CliInterrupt, ImportLeavesNoFile)
{
    TempDir dir;
    // Thousands of checkpoints: links to one fixture checkpoint under step names.
    std::filesystem::path source;
    for (const auto& e : std::filesystem::directory_iterator(fixture("pt")))
        if (e.path().extension() == ".pt")
            source = e.path();
    ASSERT_FALSE(source.empty());
    std::filesystem::create_directories(dir.path() / "ckpts");
    for (int i = 0; i < 20000; ++i)
        std::filesystem::create_symlink(source, dir.path() / "ckpts" / ("step_" + std::to_string(i) + ".pt"));
    const auto out = dir.file("imported.h5");
    const auto r =
        interruptOnceProgressShows(dir,
                                   "import --checkpoints " + dir.file("ckpts") + " --model " + fixture("model.pt") +
                                       " --data " + fixture("data.pt") + " --out " + out,
                                   "importing");
    expectPromptCancel(r, "import");
    EXPECT_FALSE(std::filesystem::exists(out));
    EXPECT_FALSE(std::filesystem::exists(out + ".importing"));
}

TEST(CliInterrupt, SkipConnectionsDemo)
{
    TempDir dir;
    const auto r =
        interruptOnceProgressShows(dir, "train --demo skip-connections --steps 100000000 --out " + dir.file("demo"));
    expectPromptCancel(r, "train --demo skip-connections");
    EXPECT_EQ(RunReader(dir.file("demo-short.h5")).status(), RunStatus::Cancelled);
}
