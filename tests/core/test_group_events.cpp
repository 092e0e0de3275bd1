// Grokking events of a group of seeds and sweeps with seeds (core/grokking/GroupEvents.h,
// core/grokking/Sweep.h): mean ± std over the runs that reach each event, n stated.
#include "core/Error.h"
#include "core/Settings.h"
#include "core/grokking/GroupEvents.h"
#include "core/grokking/Sweep.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <functional>

using namespace ts;

namespace {
MetricSeries ramp(int64_t last, int64_t every, const std::function<double(int64_t)>& f)
{
    MetricSeries s;
    for (int64_t t = 0; t <= last; t += every) {
        s.steps.push_back(t);
        s.values.push_back(f(t));
    }
    return s;
}

// The sample mean and standard deviation (n − 1), written out for the reference values.
double meanOf(std::initializer_list<double> v)
{
    double s = 0;
    for (double x : v)
        s += x;
    return s / double(v.size());
}
double stdOf(std::initializer_list<double> v)
{
    const double m = meanOf(v);
    double s = 0;
    for (double x : v)
        s += (x - m) * (x - m);
    return std::sqrt(s / double(v.size() - 1));
}

GrokkingEvents events(int64_t tMem, int64_t t50, int64_t t90)
{
    GrokkingEvents e;
    e.tMem = tMem;
    e.t50 = t50;
    e.t90 = t90;
    return e;
}
} // namespace

TEST(GroupEvents, MeanAndStdOverTheRunsThatReachEachEvent)
{
    const auto g = summarizeGroupEvents({events(100, 1000, -1), events(200, -1, -1), events(400, 3000, -1)});
    EXPECT_EQ(g.runs, 3);
    EXPECT_EQ(g.tMem.n, 3);
    EXPECT_NEAR(g.tMem.mean, 233.33333333333334, 1e-9); // numpy: mean([100, 200, 400])
    EXPECT_NEAR(g.tMem.std, 152.75252316519467, 1e-9);  // numpy: std(..., ddof=1)
    EXPECT_DOUBLE_EQ(g.tMem.min, 100.0);
    EXPECT_DOUBLE_EQ(g.tMem.max, 400.0);
    // The run that never generalised is left out of t50, not counted as step -1.
    EXPECT_EQ(g.t50.n, 2);
    EXPECT_DOUBLE_EQ(g.t50.mean, 2000.0);
    EXPECT_NEAR(g.t50.std, 1414.213562373095, 1e-9);
    EXPECT_EQ(g.t90.n, 0);
    EXPECT_TRUE(std::isnan(g.t90.mean));
}

TEST(GroupEvents, OneRunHasNoSpread)
{
    const auto g = summarizeGroupEvents({events(120, 1510, 1910)});
    EXPECT_EQ(g.t90.n, 1);
    EXPECT_DOUBLE_EQ(g.t90.mean, 1910.0);
    EXPECT_DOUBLE_EQ(g.t90.std, 0.0);
}

TEST(GroupEvents, FromDetectedEventsOfShiftedSeeds)
{
    // Three "seeds": the same memorisation, generalisation shifted by 0, 100 and 400 steps.
    // Unshifted, t50 = 1510 and t90 = 1910 (tests/core/test_grokking_events.cpp).
    std::vector<GrokkingEvents> runs;
    for (int64_t shift : {0, 100, 400}) {
        auto train = ramp(4000, 10, [](int64_t t) { return std::min(1.0, double(t) / 105.0); });
        auto test =
            ramp(4000, 10, [shift](int64_t t) { return std::clamp((double(t - shift) - 1005.0) / 1000.0, 0.0, 1.0); });
        runs.push_back(detectGrokking(train, test));
    }
    ASSERT_EQ(runs[1].t50, 1610);
    const auto g = summarizeGroupEvents(runs);
    EXPECT_EQ(g.tMem.n, 3);
    EXPECT_DOUBLE_EQ(g.tMem.mean, 120.0);
    EXPECT_DOUBLE_EQ(g.tMem.std, 0.0);
    EXPECT_NEAR(g.t50.mean, meanOf({1510, 1610, 1910}), 1e-9);
    EXPECT_NEAR(g.t50.std, stdOf({1510, 1610, 1910}), 1e-9);
    EXPECT_NEAR(g.t90.mean, meanOf({1910, 2010, 2310}), 1e-9);
    EXPECT_NEAR(g.t90.std, stdOf({1910, 2010, 2310}), 1e-9);
    EXPECT_NEAR(g.t90.std, 208.16659994661327, 1e-9); // numpy: std([1910, 2010, 2310], ddof=1)
}

TEST(SweepFiles, NamesWithAndWithoutSeedsRoundTrip)
{
    EXPECT_EQ(sweepFileName("weight_decay", "0.3", ""), "weight_decay=0.3.h5");
    EXPECT_EQ(sweepFileName("weight_decay", "0.3", "2"), "weight_decay=0.3_seed=2.h5");
    std::string key, value, seed;
    ASSERT_TRUE(parseSweepFileName("weight_decay=0.3_seed=2.h5", key, value, seed));
    EXPECT_EQ(key, "weight_decay");
    EXPECT_EQ(value, "0.3");
    EXPECT_EQ(seed, "2");
    // An old single-seed sweep, and a sweep of the seed itself.
    ASSERT_TRUE(parseSweepFileName("train_frac=0.5.h5", key, value, seed));
    EXPECT_EQ(key, "train_frac");
    EXPECT_EQ(value, "0.5");
    EXPECT_EQ(seed, "");
    ASSERT_TRUE(parseSweepFileName("seed=3.h5", key, value, seed));
    EXPECT_EQ(key, "seed");
    EXPECT_EQ(value, "3");
    EXPECT_EQ(seed, "");
    EXPECT_FALSE(parseSweepFileName("run.h5", key, value, seed));
    EXPECT_FALSE(parseSweepFileName("lr=1.csv", key, value, seed));
    EXPECT_FALSE(parseSweepFileName("lr=1_seed=.h5", key, value, seed));
}

TEST(SweepFiles, PointsAreMeanAndStdOverSeedsPerValue)
{
    std::vector<SweepMember> m{{"1", "1", "a", 100, 1000, 2000, ""},
                               {"0.3", "1", "b", 100, -1, -1, ""},
                               {"1", "2", "c", 150, 1200, -1, ""},
                               {"0.3", "2", "d", 300, 5000, 9000, ""},
                               {"1", "3", "e", 110, 1700, 2600, ""}};
    const auto p = sweepPoints(m);
    ASSERT_EQ(p.size(), 2u);
    EXPECT_EQ(p[0].value, "1");
    EXPECT_EQ(p[0].runs, 3);
    EXPECT_EQ(p[0].t50.n, 3);
    EXPECT_NEAR(p[0].t50.mean, meanOf({1000, 1200, 1700}), 1e-9);
    EXPECT_NEAR(p[0].t50.std, stdOf({1000, 1200, 1700}), 1e-9);
    EXPECT_EQ(p[0].t90.n, 2);
    EXPECT_NEAR(p[0].t90.std, stdOf({2000, 2600}), 1e-9);
    EXPECT_EQ(p[1].value, "0.3");
    EXPECT_EQ(p[1].runs, 2);
    EXPECT_EQ(p[1].t90.n, 1);
    EXPECT_DOUBLE_EQ(p[1].t90.mean, 9000.0);
    EXPECT_NEAR(p[1].tMem.mean, 200.0, 1e-12);
}

TEST(SweepFiles, SeedsInASweepOfTheSeedAreRefused)
{
    Settings base;
    EXPECT_THROW(runSweep(base, "seed", {"1", "2"}, "/nonexistent/never", nullptr, {}, {"1", "2"}), ConfigError);
}
