// Grokking events on synthetic accuracy curves (core/grokking/GrokkingEvents.h).
#include "core/Error.h"
#include "core/grokking/GrokkingEvents.h"
#include "core/runfile/RunReader.h"
#include "core/runfile/RunWriter.h"
#include "tests/TempDir.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>

using namespace ts;

namespace {
MetricSeries curve(int64_t last, int64_t every, const std::function<double(int64_t)>& f)
{
    MetricSeries s;
    for (int64_t t = 0; t <= last; t += every) {
        s.steps.push_back(t);
        s.values.push_back(f(t));
    }
    return s;
}
// Train accuracy: linear to 1 over 105 steps. Smoothed over 3 evaluations: 0.936 at 100,
// 0.984 at 110, 1 at 120 → t_mem = 120.
double trainRamp(int64_t t) { return std::min(1.0, double(t) / 105.0); }
// Test accuracy: 0 until step 1005, then linear to 1 at step 2005 (a centred average of a
// straight line is the line): 0.105 at 1110, 0.505 at 1510, 0.905 at 1910, 0.99 at 2000.
double lateTest(int64_t t) { return std::clamp((double(t) - 1005.0) / 1000.0, 0.0, 1.0); }
} // namespace

TEST(GrokkingEvents, SmoothingIsCentredAndShrinksAtTheEnds)
{
    const auto s = smoothCentred({0.0, 3.0, 6.0, 0.0, 9.0}, 3);
    ASSERT_EQ(s.size(), 5u);
    EXPECT_DOUBLE_EQ(s[0], 0.0); // window shrinks to the value itself
    EXPECT_DOUBLE_EQ(s[1], 3.0);
    EXPECT_DOUBLE_EQ(s[2], 3.0);
    EXPECT_DOUBLE_EQ(s[3], 5.0);
    EXPECT_DOUBLE_EQ(s[4], 9.0);
    EXPECT_EQ(smoothCentred({1.0, 2.0}, 1), (std::vector<double>{1.0, 2.0}));
    EXPECT_THROW(smoothCentred({1.0}, 2), ConfigError);
}

TEST(GrokkingEvents, GrokkingShapedCurve)
{
    const auto e = detectGrokking(curve(3000, 10, trainRamp), curve(3000, 10, lateTest));
    EXPECT_EQ(e.tMem, 120);
    EXPECT_EQ(e.t10, 1110);
    EXPECT_EQ(e.t50, 1510);
    EXPECT_EQ(e.t90, 1910);
    EXPECT_EQ(e.t99, 2000);
    EXPECT_EQ(e.gap, 1390);
    EXPECT_EQ(e.transitionWidth, 800);
    EXPECT_DOUBLE_EQ(e.testAtMem, 0.0);
    EXPECT_EQ(e.verdict, GrokkingVerdict::Grokking);
    EXPECT_EQ(e.verdictName, "grokking");
    EXPECT_EQ(e.thresholds.gapFactor, 5.0);
    EXPECT_FALSE(e.explanation.empty());
}

TEST(GrokkingEvents, GapMustExceedFiveTimesMemorisationTime)
{
    // Memorisation at 120 needs a gap > 600 steps: test reaching 50% at 670 (gap 550) is not
    // grokking even though test accuracy was 0 at t_mem.
    auto test = curve(3000, 10, [](int64_t t) { return std::clamp((double(t) - 165.0) / 1000.0, 0.0, 1.0); });
    const auto e = detectGrokking(curve(3000, 10, trainRamp), test);
    EXPECT_EQ(e.t50, 670);
    EXPECT_EQ(e.verdict, GrokkingVerdict::GeneralisedWithMemorisation);
    // A gap of 730 (> 600) is.
    test = curve(3000, 10, [](int64_t t) { return std::clamp((double(t) - 345.0) / 1000.0, 0.0, 1.0); });
    EXPECT_EQ(detectGrokking(curve(3000, 10, trainRamp), test).verdict, GrokkingVerdict::Grokking);
}

TEST(GrokkingEvents, GeneralisingTogetherWithMemorisationIsNotGrokking)
{
    auto test = curve(3000, 10, [](int64_t t) { return std::min(0.97, double(t) / 120.0); });
    const auto e = detectGrokking(curve(3000, 10, trainRamp), test);
    EXPECT_EQ(e.tMem, 120);
    EXPECT_GE(e.t50, 0);
    EXPECT_LE(e.t50, e.tMem);
    EXPECT_LT(e.gap, 0);
    EXPECT_GT(e.testAtMem, 0.9);
    EXPECT_EQ(e.verdict, GrokkingVerdict::GeneralisedWithMemorisation);
    EXPECT_EQ(e.verdictName, "generalised with memorisation");
    // Test accuracy already high at memorisation: a long gap to t50 alone is not grokking.
    auto slow = curve(5000, 10, [](int64_t t) { return t < 2000 ? 0.3 : 0.9; });
    const auto e2 = detectGrokking(curve(5000, 10, trainRamp), slow);
    EXPECT_GT(e2.gap, 5 * 120);
    EXPECT_EQ(e2.verdict, GrokkingVerdict::GeneralisedWithMemorisation);
}

TEST(GrokkingEvents, SmoothingDefeatsASingleEvaluationSpike)
{
    auto test = curve(3000, 10, [](int64_t t) { return t == 500 ? 0.97 : 0.02; });
    const auto train = curve(3000, 10, trainRamp);
    const auto e = detectGrokking(train, test);
    EXPECT_EQ(e.t50, -1);
    EXPECT_EQ(e.t90, -1);
    EXPECT_EQ(e.verdict, GrokkingVerdict::NoGeneralisation);
    EXPECT_EQ(e.verdictName, "no generalisation");
    // Without smoothing the spike would count.
    GrokkingThresholds raw;
    raw.smoothingWindow = 1;
    EXPECT_EQ(detectGrokking(train, test, raw).t90, 500);
}

TEST(GrokkingEvents, NotMemorised)
{
    const auto e = detectGrokking(curve(1000, 10, [](int64_t) { return 0.9; }), curve(1000, 10, lateTest));
    EXPECT_EQ(e.tMem, -1);
    EXPECT_EQ(e.verdict, GrokkingVerdict::NotMemorised);
    EXPECT_EQ(e.verdictName, "not memorised");
}

TEST(GrokkingEvents, ChanceLevelRescalesThresholds)
{
    // Binary task: 52% test accuracy at memorisation is chance, not generalisation.
    auto train = curve(400, 1, [](int64_t t) { return t >= 2 ? 1.0 : 0.5; });
    auto test = curve(400, 1, [](int64_t t) { return std::min(1.0, 0.521 + 0.002 * double(t)); });
    const auto rawEvents = detectGrokking(train, test);
    EXPECT_EQ(rawEvents.t50, 0);
    EXPECT_EQ(rawEvents.verdict, GrokkingVerdict::GeneralisedWithMemorisation);
    GrokkingThresholds binary;
    binary.chanceLevel = 0.5;
    binary.gapFloorSteps = 1;
    const auto e = detectGrokking(train, test, binary);
    // (acc − 0.5)/0.5 ≥ 0.5 ⇔ acc ≥ 0.75 ⇔ 0.521 + 0.002 t ≥ 0.75 ⇔ t ≥ 114.5.
    EXPECT_EQ(e.t50, 115);
    EXPECT_EQ(e.verdict, GrokkingVerdict::Grokking);
}

TEST(GrokkingEvents, MalformedSeriesAndMissingMetricsAreConfigErrors)
{
    EXPECT_THROW(detectGrokking(MetricSeries{}, curve(10, 1, lateTest)), ConfigError);
    MetricSeries bad = curve(10, 1, lateTest);
    bad.values.pop_back();
    EXPECT_THROW(detectGrokking(curve(10, 1, trainRamp), bad), ConfigError);

    test::TempDir dir;
    const std::string path = dir.file("no_test_acc.h5");
    {
        RunHeader h;
        h.metricNames = {"train_loss", "train_acc"};
        RunWriter w(path, h);
        w.appendMetrics(0, {1.0, 0.5});
        w.appendMetrics(10, {0.1, 1.0});
    }
    RunReader r(path);
    try {
        detectGrokking(r);
        FAIL() << "expected ConfigError";
    } catch (const ConfigError& e) {
        EXPECT_NE(std::string(e.what()).find("test_acc"), std::string::npos) << e.what();
    }
}
