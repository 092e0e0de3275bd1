// --device on every command that computes: a GPU request on a build without CUDA fails at once
// with one clear line and exit code 2, a bad value is refused, and --device cpu gives exactly
// the default's numbers.
#include "core/ComputeDevice.h"
#include "core/Error.h"
#include "core/landscape/SurfaceFile.h"
#include "core/runfile/RunReader.h"
#include "tests/RunProcess.h"
#include "tests/TempDir.h"

#include <ATen/detail/CUDAHooksInterface.h>
#include <gtest/gtest.h>

#include <filesystem>

using namespace ts;
using namespace ts::test;

namespace {
const std::string kExe = TRAINSCOPE_EXE;
const char* kNoCuda = "this TrainScope was built against a LibTorch without CUDA (Debian's libtorch is CPU-only); "
                      "build against a CUDA LibTorch to use --device cuda";

std::string trainSmallRun(const TempDir& dir)
{
    const std::string run = dir.file("run.h5");
    auto r = runProcess(kExe +
                        " train --task modular --model tickets_mlp --set p=11 --set embed=16 --set hidden=8"
                        " --steps 60 --set checkpoints=every:20 --quiet --out " +
                        run);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    return run;
}

// What this build says to `--device DEVICE`; empty when it can use the device.
std::string deviceError(const std::string& device)
{
    try {
        requireAvailable(ComputeDevice::parse(device));
    } catch (const ConfigError& e) {
        return e.what();
    }
    return {};
}

// Every computing command, with the file or folder it would write ("" when none).
std::vector<std::pair<std::string, std::string>> computeCommands(const TempDir& dir, const std::string& run)
{
    return {
        {"train --task modular --model mlp --set p=11 --steps 5 --out " + dir.file("t.h5"), dir.file("t.h5")},
        {"train --demo skip-connections --out " + dir.file("skip"), dir.file("skip-short.h5")},
        {"evaluate " + run, ""},
        {"interpolate " + run + " --from first --to last", ""},
        {"sharpness " + run, ""},
        {"landscape " + run + " --grid 3 --out " + dir.file("s.h5"), dir.file("s.h5")},
        {"grokking " + run, ""},
        {"tickets " + run + " --out " + dir.file("ticket.h5"), dir.file("ticket.h5")},
        {"sweep --task modular --model mlp --set p=11 --steps 5 --vary seed=1,2 --out " + dir.file("sweep"),
         dir.file("sweep")},
        {"pathways " + run, ""},
        {"import --checkpoints " + dir.file("none") + " --model m.pt --data d.pt --out " + dir.file("i.h5"),
         dir.file("i.h5")},
    };
}

std::string commandName(const std::string& args) { return args.substr(0, args.find(' ')); }
} // namespace

TEST(DeviceCli, GpuWithoutCudaIsOneClearLineBeforeAnythingIsWritten)
{
    const std::string expected = deviceError("cuda");
    if (expected.empty())
        GTEST_SKIP() << "this build computes on cuda:0";
    if (!at::detail::getCUDAHooks().hasCUDART())
        EXPECT_EQ(expected, kNoCuda); // Debian's CPU-only LibTorch
    TempDir dir;
    const auto run = trainSmallRun(dir);
    for (const auto& [args, output] : computeCommands(dir, run)) {
        SCOPED_TRACE(args);
        auto r = runProcess(kExe + " " + args + " --device cuda");
        EXPECT_EQ(r.exitCode, 2);
        EXPECT_EQ(r.err, "trainscope " + commandName(args) + ": " + expected + "\n");
        EXPECT_TRUE(r.out.empty()) << r.out;
        if (!output.empty())
            EXPECT_FALSE(std::filesystem::exists(output));
    }
    // A numbered GPU too: on this build the same sentence, with a GPU a count of GPUs.
    auto r = runProcess(kExe + " landscape " + run + " --device cuda:3 --out " + dir.file("s3.h5"));
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.err, "trainscope landscape: " + deviceError("cuda:3") + "\n");
    EXPECT_FALSE(std::filesystem::exists(dir.file("s3.h5")));
}

TEST(DeviceCli, ValuesThatNameNoDeviceAreRefused)
{
    TempDir dir;
    const auto run = trainSmallRun(dir);
    for (const auto& [args, output] : computeCommands(dir, run)) {
        SCOPED_TRACE(args);
        auto r = runProcess(kExe + " " + args + " --device gpu");
        EXPECT_EQ(r.exitCode, 2);
        EXPECT_EQ(r.err, "trainscope " + commandName(args) +
                             ": --device 'gpu' is not cpu, cuda or cuda:N (N: the GPU's "
                             "number, from 0)\n");
        if (!output.empty())
            EXPECT_FALSE(std::filesystem::exists(output));
    }
    for (const char* bad : {"cuda:x", "CUDA", "cuda:-1"}) {
        auto r = runProcess(kExe + " sharpness " + run + " --device " + bad);
        EXPECT_EQ(r.exitCode, 2) << bad;
        EXPECT_NE(r.err.find(std::string("--device '") + bad + "' is not cpu, cuda or cuda:N"), std::string::npos)
            << r.err;
    }
    auto missing = runProcess(kExe + " evaluate " + run + " --device");
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_NE(missing.err.find("option '--device' needs a value"), std::string::npos) << missing.err;
}

TEST(DeviceCli, CpuGivesTheDefaultsNumbers)
{
    TempDir dir;
    const auto run = trainSmallRun(dir);
    // Landscapes: the tickets_mlp plane polynomial and the naive evaluator, point for point.
    for (const std::string naive : {"", " --naive"}) {
        SCOPED_TRACE(naive);
        const std::string common = " landscape " + run + " --grid 7x5 --seed 2 --quiet" + naive + " --out ";
        ASSERT_EQ(runProcess(kExe + common + dir.file("default.h5")).exitCode, 0);
        auto r = runProcess(kExe + common + dir.file("cpu.h5") + " --device cpu");
        ASSERT_EQ(r.exitCode, 0) << r.err;
        auto a = readSurfaceFile(dir.file("default.h5")), b = readSurfaceFile(dir.file("cpu.h5"));
        ASSERT_EQ(a.computedPoints("train_loss"), 35);
        EXPECT_EQ(a.values.at("train_loss"), b.values.at("train_loss"));
        EXPECT_EQ(a.values.at("train_acc"), b.values.at("train_acc"));
        ASSERT_EQ(a.trajectory.size(), b.trajectory.size());
        for (std::size_t i = 0; i < a.trajectory.size(); ++i) {
            EXPECT_EQ(a.trajectory[i].loss, b.trajectory[i].loss);
            EXPECT_EQ(a.trajectory[i].x, b.trajectory[i].x);
        }
    }
    // Sharpness (Lanczos and power, trace, density, adaptive), evaluation, interpolation: the
    // same output to the last digit printed.
    for (const std::string args :
         {" sharpness " + run +
              " --checkpoint all --top 2 --trace --probes 8 --density"
              " --adaptive avg --json --quiet",
          " sharpness " + run +
              " --checkpoint last --method power --iterations 5"
              " --adaptive max --per-layer --quiet",
          " evaluate " + run + " --json --quiet",
          " interpolate " + run + " --from first --to last --points 5 --lines --json --quiet"}) {
        SCOPED_TRACE(args);
        auto a = runProcess(kExe + args), b = runProcess(kExe + args + " --device cpu");
        ASSERT_EQ(a.exitCode, 0) << a.err;
        ASSERT_EQ(b.exitCode, 0) << b.err;
        EXPECT_GT(a.out.size(), 50u);
        EXPECT_EQ(a.out, b.out);
    }
    // Training: the same weights at the end.
    const std::string train = " train --task modular --model mlp --set p=11 --set widths=8 --steps 20 --quiet --out ";
    ASSERT_EQ(runProcess(kExe + train + dir.file("a.h5")).exitCode, 0);
    ASSERT_EQ(runProcess(kExe + train + dir.file("b.h5") + " --device cpu").exitCode, 0);
    RunReader a(dir.file("a.h5")), b(dir.file("b.h5"));
    ASSERT_EQ(a.checkpointSteps(), b.checkpointSteps());
    EXPECT_EQ(a.readCheckpointFlat(a.checkpointCount() - 1), b.readCheckpointFlat(b.checkpointCount() - 1));
}

TEST(DeviceCli, EveryComputingCommandShowsTheOption)
{
    for (const char* command : {"train", "evaluate", "interpolate", "sharpness", "landscape", "grokking", "tickets",
                                "sweep", "pathways", "import"}) {
        SCOPED_TRACE(command);
        auto r = runProcess(kExe + " " + command + " --help");
        EXPECT_EQ(r.exitCode, 0) << r.err;
        EXPECT_NE(r.out.find("[--device cpu|cuda[:N]]"), std::string::npos) << r.out;
    }
}
