// Group statistics on the command line: a sweep with seeds (files, mean/std/n per value), the
// grokking events of several runs grouped by configuration, and `render` of interpolation and
// sharpness over several runs of one group. Slow tests (trainings).
#include "tests/RunProcess.h"
#include "tests/TempDir.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>

using namespace ts::test;

namespace {
const std::string kExe = TRAINSCOPE_EXE;

// The number after "key": at or after `from`; NaN for null or a missing key.
double jsonNumber(const std::string& json, const std::string& key, std::size_t from = 0)
{
    const auto at = json.find("\"" + key + "\":", from);
    if (at == std::string::npos || json.compare(at + key.size() + 3, 4, "null") == 0)
        return std::nan("");
    return std::strtod(json.c_str() + at + key.size() + 3, nullptr);
}
} // namespace

TEST(GroupCli, SweepWithSeedsGroupedEventsAndGroupFigures)
{
    TempDir dir;
    const std::string out = dir.file("sweep");
    auto s = runProcess(kExe +
                        " sweep --task modular --model mlp --set p=11 --set checkpoints=every:20 --steps 40 "
                        "--vary weight_decay=0.5,1 --seeds 1,2,3 --quiet --json --out " +
                        out);
    ASSERT_EQ(s.exitCode, 0) << s.err;
    for (const char* v : {"0.5", "1"})
        for (const char* seed : {"1", "2", "3"})
            EXPECT_TRUE(std::filesystem::exists(out + "/weight_decay=" + std::string(v) + "_seed=" + seed + ".h5"))
                << v << " " << seed;
    // Per value: n is the number of seeds that reach the event, the mean and std theirs.
    const auto values = s.out.find("\"values\":");
    ASSERT_NE(values, std::string::npos) << s.out;
    for (const std::string v : {"0.5", "1"}) {
        std::vector<double> t50;
        for (std::size_t at = s.out.find("\"value\":\"" + v + "\""); at < values;
             at = s.out.find("\"value\":\"" + v + "\"", at + 1))
            if (const double t = jsonNumber(s.out, "t50", at); t >= 0)
                t50.push_back(t);
        const auto point = s.out.find("\"value\":\"" + v + "\"", values);
        ASSERT_NE(point, std::string::npos);
        EXPECT_EQ(jsonNumber(s.out, "runs", point), 3.0);
        const auto at50 = s.out.find("\"t50\":", point);
        EXPECT_EQ(jsonNumber(s.out, "n", at50), double(t50.size())) << s.out;
        if (!t50.empty()) {
            double mean = 0;
            for (double t : t50)
                mean += t;
            mean /= double(t50.size());
            EXPECT_NEAR(jsonNumber(s.out, "mean", at50), mean, 1e-6);
        }
    }
    auto text = runProcess(kExe +
                           " sweep --task modular --model mlp --set p=11 --steps 5 --vary seed=1,2 --seeds 1,2 "
                           "--out " +
                           dir.file("bad"));
    EXPECT_EQ(text.exitCode, 2);
    EXPECT_NE(text.err.find("--seeds"), std::string::npos) << text.err;

    // Three seeds of one configuration and a run of another: two groups.
    const std::string a = out + "/weight_decay=0.5_seed=1.h5", b = out + "/weight_decay=0.5_seed=2.h5",
                      c = out + "/weight_decay=0.5_seed=3.h5", other = out + "/weight_decay=1_seed=1.h5";
    auto g = runProcess(kExe + " grokking " + a + " " + b + " " + c + " " + other + " --json");
    ASSERT_EQ(g.exitCode, 0) << g.err;
    const auto groups = g.out.find("\"groups\":");
    ASSERT_NE(groups, std::string::npos) << g.out;
    EXPECT_EQ(jsonNumber(g.out, "n", groups), 3.0) << g.out;
    const auto second = g.out.find("\"runs\":[", g.out.find("\"t90\":", groups));
    ASSERT_NE(second, std::string::npos) << g.out;
    EXPECT_EQ(jsonNumber(g.out, "n", second), 1.0) << g.out;
    // t_mem of the group against the runs' own events.
    std::vector<double> mem;
    std::size_t at = g.out.find("\"run\":");
    for (int run = 0; run < 3 && at < groups; ++run, at = g.out.find("\"run\":", at + 1))
        if (const double t = jsonNumber(g.out, "t_mem", at); t >= 0)
            mem.push_back(t);
    const auto groupMem = g.out.find("\"t_mem\":{", groups);
    EXPECT_EQ(jsonNumber(g.out, "n", groupMem), double(mem.size()));
    if (!mem.empty()) {
        double mean = 0;
        for (double t : mem)
            mean += t;
        EXPECT_NEAR(jsonNumber(g.out, "mean", groupMem), mean / double(mem.size()), 1e-9);
    }
    auto gt = runProcess(kExe + " grokking " + a + " " + b + " " + c);
    ASSERT_EQ(gt.exitCode, 0) << gt.err;
    EXPECT_NE(gt.out.find("group 1 (3 runs"), std::string::npos) << gt.out;

    const std::string env = "env -u DISPLAY -u WAYLAND_DISPLAY ";
    auto r = runProcess(env + kExe + " render " + a + " " + b + " " + c + " --view interpolation --points 7 --out " +
                        dir.file("interp.png"));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_GT(readFile(dir.file("interp.png")).size(), 1000u);
    auto sh = runProcess(env + kExe + " render " + a + " " + b + " " + c + " --view sharpness --iterations 5 --out " +
                         dir.file("sharp.png"));
    ASSERT_EQ(sh.exitCode, 0) << sh.err;
    EXPECT_GT(readFile(dir.file("sharp.png")).size(), 1000u);
    auto grok =
        runProcess(env + kExe + " render " + a + " " + b + " " + c + " --view grokking --out " + dir.file("grok.png"));
    ASSERT_EQ(grok.exitCode, 0) << grok.err;
    EXPECT_GT(readFile(dir.file("grok.png")).size(), 1000u);
    auto mixed =
        runProcess(env + kExe + " render " + a + " " + other + " --view interpolation --out " + dir.file("mixed.png"));
    EXPECT_EQ(mixed.exitCode, 2);
    EXPECT_NE(mixed.err.find("not one group"), std::string::npos) << mixed.err;
    auto single = runProcess(env + kExe + " render " + a + " " + b + " --view layerwise --out " + dir.file("l.png"));
    EXPECT_EQ(single.exitCode, 2);
}
