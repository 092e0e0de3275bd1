// The CLI end to end: exit codes, one-line errors, nothing written on bad input, info.
#include "core/runfile/RunReader.h"
#include "tests/RunProcess.h"
#include "tests/TempDir.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>

using namespace ts;
using namespace ts::test;

namespace {
const std::string kExe = TRAINSCOPE_EXE;

int lineCount(const std::string& s)
{
    int n = 0;
    for (char c : s)
        n += c == '\n';
    return n;
}
} // namespace

TEST(Cli, UnknownOptionIsUsageError)
{
    TempDir dir;
    auto r = runProcess(kExe + " train --demo grokking --stepz 10 --out " + dir.file("x.h5"));
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("unknown option '--stepz'"), std::string::npos) << r.err;
    EXPECT_EQ(lineCount(r.err), 1) << r.err;
    EXPECT_FALSE(std::filesystem::exists(dir.file("x.h5")));
}

TEST(Cli, BadValuesNameTheProblemAndWriteNothing)
{
    TempDir dir;
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"train --demo grokking --set lr=fast", "'fast' is not a number"},
        {"train --demo grokking --set weight_decya=1", "unknown setting 'weight_decya'"},
        {"train --demo grokking --steps -3", "steps must be"},
        {"train --task modular --model resnet50", "unknown model 'resnet50'"},
        {"train --task modular --model resnet", "needs an image task such as fashion_mnist"},
        {"train --task fashion_mnist --model resnet --set depth=9", "6n+2"},
        {"train --task modular --model xor_relu", "needs a binary task"},
        {"train --demo grokking --set p=12 --set op=/", "not prime"},
        {"train --demo nosuchdemo", "unknown demo"},
        {"train --demo grokking --set novalue", "key=value"},
        {"train --demo grokking --pace fast", "--pace must be a number"},
        {"train --demo grokking --pace -1", "--pace must be a number"},
    };
    for (const auto& [args, expected] : cases) {
        SCOPED_TRACE(args);
        const std::string out = dir.file("bad.h5");
        auto r = runProcess(kExe + " " + args + " --out " + out);
        EXPECT_EQ(r.exitCode, 2);
        EXPECT_NE(r.err.find(expected), std::string::npos) << r.err;
        EXPECT_EQ(lineCount(r.err), 1) << r.err;
        EXPECT_FALSE(std::filesystem::exists(out));
    }
}

TEST(Cli, UnwritableOutputIsAClearError)
{
    auto r = runProcess(kExe + " train --demo grokking --steps 2 --out /nonexistent-dir/x.h5");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("/nonexistent-dir/x.h5"), std::string::npos) << r.err;
}

TEST(Cli, HelpAndUnknownArguments)
{
    auto help = runProcess(kExe + " help");
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_NE(help.out.find("render"), std::string::npos) << help.out;
    // A word that is neither a subcommand nor a file: the known subcommands, not "no such file".
    const std::string noDisplay = "env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM ";
    auto r = runProcess(noDisplay + kExe + " frobnicate");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("unknown command 'frobnicate'"), std::string::npos) << r.err;
    for (const char* known : {"train", "influence", "merge", "landscape"})
        EXPECT_NE(r.err.find(std::string("  ") + known + " "), std::string::npos) << known << ": " << r.err;
    // Anything that looks like a file is a run file for the app; without a display it is rendered
    // headless, and a missing one is named.
    r = runProcess(noDisplay + kExe + " frobnicate.h5");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("frobnicate.h5"), std::string::npos) << r.err;
    EXPECT_EQ(r.err.find("unknown command"), std::string::npos) << r.err;
}

TEST(Cli, VersionHeadlessAndInHelp)
{
    // No display, no window: --version answers on stdout (the GUI's parser never sees it).
    const std::string noDisplay = "env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM ";
    auto r = runProcess(noDisplay + kExe + " --version");
    EXPECT_EQ(r.exitCode, 0) << r.err;
    ASSERT_EQ(r.out.rfind("trainscope ", 0), 0u) << r.out;
    EXPECT_EQ(lineCount(r.out), 1) << r.out;
    const std::string version = r.out.substr(11, r.out.find('\n') - 11);
    // A Debian version: a digit first, then only [0-9A-Za-z.+~] (cmake/TrainScopeVersion.cmake).
    ASSERT_FALSE(version.empty());
    EXPECT_TRUE(version[0] >= '0' && version[0] <= '9') << version;
    EXPECT_EQ(version.find_first_not_of("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.+~"),
              std::string::npos)
        << version;
    auto help = runProcess(kExe + " help");
    EXPECT_NE(help.out.find("trainscope " + version + "\n"), std::string::npos) << help.out;
}

TEST(Cli, InfoOnUnreadableFiles)
{
    TempDir dir;
    {
        std::ofstream(dir.file("text.h5")) << "this is not HDF5\n";
    }
    auto r = runProcess(kExe + " info " + dir.file("text.h5"));
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("not an HDF5 file"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find(dir.file("text.h5")), std::string::npos) << r.err;
    auto missing = runProcess(kExe + " info " + dir.file("missing.h5"));
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_EQ(lineCount(missing.err), 1) << missing.err;
}

// --pace: 100 steps at 200 steps/s last at least half a second; the run file does not know.
TEST(Cli, PaceSlowsTrainingAndIsNotRecorded)
{
    TempDir dir;
    const std::string out = dir.file("paced.h5");
    const auto start = std::chrono::steady_clock::now();
    auto r = runProcess(kExe + " train --task modular --model mlp --set p=11 --set widths=8 --steps 100 --pace 200 "
                               "--quiet --out " + out);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_GE(seconds, 0.5);
    auto info = runProcess(kExe + " info " + out + " --json");
    ASSERT_EQ(info.exitCode, 0) << info.err;
    EXPECT_EQ(info.out.find("\"pace\""), std::string::npos) << info.out; // no such setting
}

TEST(Cli, TrainThenInfoJson)
{
    TempDir dir;
    const std::string out = dir.file("small.h5");
    auto r = runProcess(kExe +
                        " train --task modular --model mlp --set p=11 --set widths=32 --steps 20 --quiet --out " + out);
    ASSERT_EQ(r.exitCode, 0) << r.err;
    auto info = runProcess(kExe + " info " + out + " --json");
    ASSERT_EQ(info.exitCode, 0) << info.err;
    for (const char* key :
         {"\"format_version\":2", "\"task\":\"modular\"", "\"model\":\"mlp\"", "\"status\":\"finished\"",
          "\"checkpoint_steps\":[", "\"final_metrics\":{", "\"test_acc\":{\"step\":20"})
        EXPECT_NE(info.out.find(key), std::string::npos) << key << "\n" << info.out;
    auto text = runProcess(kExe + " info " + out);
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_NE(text.out.find("model:          mlp"), std::string::npos) << text.out;
    RunReader run(out);
    EXPECT_EQ(run.configValue("p"), "11");
}

TEST(Cli, RenderWritesFourFormatsHeadless)
{
    TempDir dir;
    const std::string run = dir.file("r.h5");
    ASSERT_EQ(runProcess(kExe +
                         " train --task modular --model mlp --set p=11 --set widths=16 --steps 30 --quiet --out " + run)
                  .exitCode,
              0);
    const std::string noDisplay = "env -u DISPLAY -u WAYLAND_DISPLAY ";
    for (const char* ext : {"png", "svg", "pdf", "csv"}) {
        SCOPED_TRACE(ext);
        const std::string out = dir.file(std::string("fig.") + ext);
        auto r = runProcess(
            noDisplay + kExe + " render " + run +
            " --view curves --metrics test_acc,train_acc --logx --size 800x500 --dpi 150 --theme dark --out " + out);
        ASSERT_EQ(r.exitCode, 0) << r.err;
        const std::string content = readFile(out);
        ASSERT_GT(content.size(), 100u);
        if (std::string(ext) == "png")
            EXPECT_EQ(content.substr(1, 3), "PNG");
        if (std::string(ext) == "svg")
            EXPECT_NE(content.find("<svg"), std::string::npos);
        if (std::string(ext) == "pdf")
            EXPECT_EQ(content.substr(0, 4), "%PDF");
        if (std::string(ext) == "csv")
            EXPECT_NE(content.find("test_acc,"), std::string::npos);
    }
    auto bad = runProcess(noDisplay + kExe + " render " + run + " --metrics nosuch --out " + dir.file("x.png"));
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_NE(bad.err.find("no run has a metric named 'nosuch'"), std::string::npos) << bad.err;
    auto badSize = runProcess(kExe + " render " + run + " --size 10by3 --out " + dir.file("x.png"));
    EXPECT_EQ(badSize.exitCode, 2);
}

TEST(Cli, AnalysisNonsenseGetsClearErrors)
{
    TempDir dir;
    const std::string mlp = dir.file("mlp.h5"), tickets = dir.file("tickets.h5");
    ASSERT_EQ(
        runProcess(kExe + " train --task modular --model mlp --set p=11 --set widths=8 --steps 10 --quiet --out " + mlp)
            .exitCode,
        0);
    ASSERT_EQ(runProcess(kExe +
                         " train --task modular --model tickets_mlp --set p=11 --set embed=8 --set hidden=4 --steps 10 "
                         "--quiet --out " +
                         tickets)
                  .exitCode,
              0);
    const std::vector<std::pair<std::string, std::string>> cases = {
        {" interpolate " + mlp + " --from first --to " + tickets + ":last", "different architectures"},
        {" interpolate " + mlp + " --from first --to last --range 1.25:-0.25", "reversed"},
        {" interpolate " + mlp + " --from 12345 --to last", "no checkpoint at step 12345"},
        {" interpolate " + mlp + " --from first --to last --points 0", "number of points"},
        {" sharpness " + mlp + " --checkpoint last --trace --probes 0", "zero probes"},
        {" sharpness " + mlp + " --checkpoint 12345", "no checkpoint at step 12345"},
        {" sharpness " + mlp + " --adaptive sometimes", "--adaptive must be avg or max"},
        {" sharpness " + mlp + " --method newton", "--method must be lanczos or power"},
        {" sharpness " + mlp + " --lanczos-steps 0", "--lanczos-steps must be a positive whole number"},
        {" sharpness " + mlp + " --top 3 --lanczos-steps 2", "at least --top"},
    };
    for (const auto& [args, expected] : cases) {
        SCOPED_TRACE(args);
        auto r = runProcess(kExe + args);
        EXPECT_EQ(r.exitCode, 2);
        EXPECT_NE(r.err.find(expected), std::string::npos) << r.err;
    }
}

TEST(Cli, InterpolateAndSharpnessReportTheirNumbers)
{
    TempDir dir;
    const std::string run = dir.file("r.h5");
    ASSERT_EQ(runProcess(kExe +
                         " train --task modular --model tickets_mlp --set p=11 --set embed=16 --set hidden=8 --steps "
                         "50 --set checkpoints=every:25 --quiet --out " +
                         run)
                  .exitCode,
              0);
    auto self = runProcess(kExe + " interpolate " + run + " --from 25 --to 25 --points 5 --json");
    ASSERT_EQ(self.exitCode, 0) << self.err;
    const std::string key = "\"barrier\":{\"split\":\"train\",\"value\":";
    const auto at = self.out.find(key);
    ASSERT_NE(at, std::string::npos) << self.out;
    EXPECT_NEAR(std::strtod(self.out.c_str() + at + key.size(), nullptr), 0.0, 1e-12); // a flat curve
    auto s = runProcess(kExe + " sharpness " + run +
                        " --checkpoint all --top 2 --trace --probes 12 --density --per-layer --json");
    ASSERT_EQ(s.exitCode, 0) << s.err;
    for (const char* key :
         {"\"step\":0", "\"step\":25", "\"step\":50", "\"trace\":{\"mean\":", "\"samples\":12",
          "\"density\":{\"grid\":[", "\"per_layer\":[{\"layer\":\"W_E\"", "\"two_over_lr\":", "\"method\":\"lanczos\""})
        EXPECT_NE(s.out.find(key), std::string::npos) << key;
    int convergedPairs = 0; // the default converges: both eigenvalues at each of the three checkpoints
    for (auto at = s.out.find("\"converged\":[true,true]"); at != std::string::npos;
         at = s.out.find("\"converged\":[true,true]", at + 1))
        ++convergedPairs;
    EXPECT_EQ(convergedPairs, 3) << s.out.substr(0, 600);
    // The power method is still there on request.
    auto power = runProcess(kExe + " sharpness " + run + " --checkpoint last --top 2 --method power --iterations 5");
    ASSERT_EQ(power.exitCode, 0) << power.err;
    EXPECT_NE(power.out.find(" it"), std::string::npos) << power.out;
}

TEST(Cli, SpreadOverBatchesAndTheBarriersInterval)
{
    TempDir dir;
    const std::string run = dir.file("r.h5");
    ASSERT_EQ(runProcess(kExe +
                         " train --task modular --model tickets_mlp --set p=11 --set embed=16 --set hidden=8 --steps "
                         "50 --set checkpoints=every:25 --quiet --out " +
                         run)
                  .exitCode,
              0);
    // A checkpoint with itself: every resample's curve is flat, so the interval is [0, 0].
    auto self = runProcess(kExe + " interpolate " + run + " --from 25 --to 25 --points 5 --bootstrap 200 --json");
    ASSERT_EQ(self.exitCode, 0) << self.err;
    const std::string key = "\"interval95\":[";
    const auto at = self.out.find(key);
    ASSERT_NE(at, std::string::npos) << self.out;
    char* end = nullptr;
    const double lo = std::strtod(self.out.c_str() + at + key.size(), &end);
    const double hi = std::strtod(end + 1, nullptr);
    EXPECT_NEAR(lo, 0.0, 1e-9);
    EXPECT_NEAR(hi, 0.0, 1e-9);
    EXPECT_NE(self.out.find("\"resamples\":200"), std::string::npos) << self.out;
    auto text = runProcess(kExe + " interpolate " + run + " --from first --to last --points 5");
    ASSERT_EQ(text.exitCode, 0) << text.err;
    EXPECT_NE(text.out.find("95% interval ["), std::string::npos) << text.out;
    auto off = runProcess(kExe + " interpolate " + run + " --from first --to last --points 5 --bootstrap 0 --json");
    ASSERT_EQ(off.exitCode, 0) << off.err;
    EXPECT_EQ(off.out.find("interval95"), std::string::npos);
    auto bad = runProcess(kExe + " interpolate " + run + " --from first --to last --bootstrap -1");
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_NE(bad.err.find("--bootstrap"), std::string::npos) << bad.err;

    auto s = runProcess(kExe + " sharpness " + run + " --checkpoint last --trace --probes 10 --batches 4 --json");
    ASSERT_EQ(s.exitCode, 0) << s.err;
    for (const char* k : {"\"batches\":{\"count\":4,\"examples\":12,", "\"lambda_max\":{\"values\":[", "\"trace\":{\"values\":[",
                          "\"interval95\":["})
        EXPECT_NE(s.out.find(k), std::string::npos) << k << "\n" << s.out;
    auto t = runProcess(kExe + " sharpness " + run + " --checkpoint last --batches 3");
    ASSERT_EQ(t.exitCode, 0) << t.err;
    EXPECT_NE(t.out.find("over 3 batches of 16: lambda_max"), std::string::npos) << t.out;
    for (const auto& [k, message] : std::vector<std::pair<std::string, std::string>>{
             {"1", "at least 2"}, {"x", "at least 2"}, {"49", "only 48 examples"}}) {
        auto r = runProcess(kExe + " sharpness " + run + " --checkpoint last --batches " + k);
        EXPECT_EQ(r.exitCode, 2) << k << ": " << r.err;
        EXPECT_NE(r.err.find(message), std::string::npos) << k << ": " << r.err;
    }
}

TEST(Cli, PathwaysOfAnMoeRunAndAClearMessageWithoutMoe)
{
    TempDir dir;
    const std::string moe = dir.file("moe.h5"), plain = dir.file("plain.h5");
    ASSERT_EQ(runProcess(kExe + " train --demo moe --set p=23 --steps 200 --quiet --out " + moe).exitCode, 0);
    ASSERT_EQ(
        runProcess(kExe + " train --task modular --model mlp --set p=11 --steps 10 --quiet --out " + plain).exitCode,
        0);
    auto r = runProcess(kExe + " pathways " + moe + " --samples all --json");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    for (const char* key : {"\"step\":0,", "\"step\":200,",
                            "\"d_path\":", "\"entropy\":", "\"distinct_pathways\":", "\"expert_load\":[["})
        EXPECT_NE(r.out.find(key), std::string::npos) << key << "\n" << r.out.substr(0, 300);
    // At step 0 the routers are zero: every probe sample (all 110 training pairs of p = 23)
    // takes the same pathway.
    EXPECT_NE(r.out.find("\"step\":0,\"samples\":110,\"d_path\":0,"), std::string::npos) << r.out.substr(0, 300);
    auto memorised = runProcess(kExe + " pathways " + moe);
    EXPECT_EQ(memorised.exitCode, 0) << memorised.err;
    auto none = runProcess(kExe + " pathways " + plain);
    EXPECT_EQ(none.exitCode, 2);
    EXPECT_NE(none.err.find("no mixture-of-experts routing"), std::string::npos) << none.err;
}
