// `trainscope influence` end to end: help, usage errors with exit code 2, the text report with
// the modular pairs, and --json with every score and each checkpoint's contribution.
#include "core/JsonValue.h"
#include "tests/RunProcess.h"
#include "tests/TempDir.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace ts;
using namespace ts::test;

namespace {
const std::string kExe = TRAINSCOPE_EXE;

std::string smallModularRun(const TempDir& dir)
{
    const auto path = dir.file("run.h5");
    const auto r = runProcess(kExe +
                              " train --demo grokking --set p=11 --set embed=16 --set hidden=8 --steps 40"
                              " --set checkpoints=linear:3 --quiet --out " +
                              path);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    return path;
}
} // namespace

TEST(InfluenceCli, HelpErrorsTextAndJson)
{
    TempDir dir;
    EXPECT_EQ(runProcess(kExe + " influence --help").exitCode, 0);
    const auto run = smallModularRun(dir);
    const std::vector<std::pair<std::string, std::string>> bad = {
        {" --method lissa", "unknown influence method 'lissa'"},
        {" --test 5 --self", "exclude each other"},
        {" --test -2", "--test must be a whole number >= 0"},
        {" --method ekfac --projection 16", "TracIn's"},
        {" --checkpoints 1,x", "--checkpoints takes steps"},
        {" --method exact --damping -1", "--damping must be a number >= 0"},
        {" --test 100000", "outside split 'test'"},
        {" --method cg --checkpoint 12345", "no checkpoint at step 12345"},
    };
    for (const auto& [args, expected] : bad) {
        const auto r = runProcess(kExe + " influence " + run + args);
        EXPECT_EQ(r.exitCode, 2) << args << ": " << r.err;
        EXPECT_NE(r.err.find(expected), std::string::npos) << args << ": " << r.err;
    }
    auto text = runProcess(kExe + " influence " + run + " --test 3 --top 5 --quiet");
    ASSERT_EQ(text.exitCode, 0) << text.err;
    EXPECT_NE(text.out.find("proponents"), std::string::npos) << text.out;
    EXPECT_NE(text.out.find(" + "), std::string::npos) << "the (a + b) pairs: " << text.out;

    auto json = runProcess(kExe + " influence " + run + " --test 3 --json --quiet");
    ASSERT_EQ(json.exitCode, 0) << json.err;
    const auto v = JsonValue::parse(json.out);
    EXPECT_EQ(v.find("method")->string(), "tracin");
    const auto& scores = v.find("scores")->items();
    EXPECT_GT(scores.size(), 10u);
    const auto& checkpoints = v.find("checkpoints")->items();
    ASSERT_EQ(checkpoints.size(), 3u);
    // The scores are the sum of the checkpoints' contributions.
    for (std::size_t i = 0; i < scores.size(); ++i) {
        double sum = 0.0;
        for (const auto& c : checkpoints)
            sum += c.find("contributions")->items()[i].number();
        EXPECT_NEAR(sum, scores[i].number(), 1e-9 + 1e-9 * std::abs(sum));
    }
    auto self = runProcess(kExe + " influence " + run + " --method ekfac --self --json --quiet");
    ASSERT_EQ(self.exitCode, 0) << self.err;
    EXPECT_EQ(JsonValue::parse(self.out).find("test_index")->integer(), -1);
}
