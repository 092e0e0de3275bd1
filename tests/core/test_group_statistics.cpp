// Run groups: sample summaries, the percentile bootstrap, grouping by configuration, and
// group curves on a common step grid, against values worked out by hand.
#include "core/Error.h"
#include "core/stats/Bootstrap.h"
#include "core/stats/GroupStatistics.h"
#include "core/stats/RunGrouping.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>

using namespace ts;

TEST(GroupStatistics, SummaryUsesSampleStdAndSkipsNonFinite)
{
    const SampleSummary s = summarize({2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0, std::nan(""), INFINITY});
    EXPECT_EQ(s.n, 8);
    EXPECT_DOUBLE_EQ(s.mean, 5.0);
    EXPECT_NEAR(s.std, std::sqrt(32.0 / 7.0), 1e-12); // sum of squares 32, n - 1 = 7
    EXPECT_DOUBLE_EQ(s.median, 4.5);
    EXPECT_DOUBLE_EQ(s.min, 2.0);
    EXPECT_DOUBLE_EQ(s.max, 9.0);
    EXPECT_EQ(summarize({}).n, 0);
    EXPECT_TRUE(std::isnan(summarize({}).mean));
    EXPECT_DOUBLE_EQ(summarize({3.0}).std, 0.0);
}

TEST(GroupStatistics, PercentileIsNumpyLinear)
{
    const std::vector<double> v{1, 2, 3, 4};
    EXPECT_DOUBLE_EQ(percentileSorted(v, 0.0), 1.0);
    EXPECT_DOUBLE_EQ(percentileSorted(v, 0.5), 2.5);
    EXPECT_DOUBLE_EQ(percentileSorted(v, 0.25), 1.75); // numpy.percentile([1,2,3,4], 25)
    EXPECT_DOUBLE_EQ(percentileSorted(v, 1.0), 4.0);
}

// The bootstrap interval of the mean of a normal sample is close to mean ± 1.96 s/√n, and the
// same seed gives the same interval.
TEST(GroupStatistics, BootstrapIntervalOfMean)
{
    std::mt19937_64 rng(7);
    std::normal_distribution<double> normal(10.0, 2.0);
    std::vector<double> v(400);
    for (double& x : v)
        x = normal(rng);
    const SampleSummary s = summarize(v);
    const Interval i = bootstrapInterval(v, sampleMean, 4000, 3);
    const double half = 1.96 * s.std / std::sqrt(double(v.size()));
    EXPECT_NEAR(i.lower, s.mean - half, 0.25 * half);
    EXPECT_NEAR(i.upper, s.mean + half, 0.25 * half);
    const Interval again = bootstrapInterval(v, sampleMean, 4000, 3);
    EXPECT_EQ(i.lower, again.lower);
    EXPECT_EQ(i.upper, again.upper);
    const Interval one = bootstrapInterval({5.0}, sampleMean);
    EXPECT_EQ(one.lower, 5.0);
    EXPECT_EQ(one.upper, 5.0);
}

TEST(GroupStatistics, RunsDifferingOnlyInSeedGroupTogether)
{
    const std::vector<ConfigEntries> configs{
        {{"task", "modular"}, {"seed", "1"}, {"wd", "1"}},
        {{"task", "modular"}, {"seed", "2"}, {"wd", "1"}},
        {{"task", "modular"}, {"seed", "1"}, {"wd", "0.1"}},
        {{"wd", "1"}, {"task", "modular"}, {"seed", "3"}, {"threads", "2"}}, // order and threads do not matter
    };
    const auto groups = groupRuns(configs);
    ASSERT_EQ(groups.size(), 2u);
    EXPECT_EQ(groups[0].members, (std::vector<size_t>{0, 1, 3}));
    EXPECT_EQ(groups[1].members, (std::vector<size_t>{2}));
    EXPECT_EQ(groups[0].shared, (ConfigEntries{{"task", "modular"}, {"wd", "1"}}));
}

// Three runs, one logged at other steps and one ending early: the grid is the union of the
// steps, the odd run is interpolated, and past the short run's end only two runs count.
TEST(GroupStatistics, GroupSeriesAlignsInterpolatesAndCounts)
{
    const RunSeries a{{0, 10, 20, 30}, {1.0, 2.0, 3.0, 4.0}};
    const RunSeries b{{0, 10, 20, 30}, {3.0, 4.0, 5.0, 6.0}};
    const RunSeries c{{0, 5, 20}, {2.0, 2.5, 7.0}}; // at 10: 2.5 + (5/15)·4.5 = 4.0
    const GroupSeries g = groupSeries({a, b, c}, GroupCentre::Mean, GroupBand::Std);
    EXPECT_EQ(g.x, (std::vector<double>{0, 5, 10, 20, 30}));
    EXPECT_EQ(g.count, (std::vector<int>{3, 3, 3, 3, 2}));
    EXPECT_TRUE(g.interpolated);
    EXPECT_DOUBLE_EQ(g.centre[0], 2.0);
    EXPECT_NEAR(g.centre[2], (2.0 + 4.0 + 4.0) / 3.0, 1e-12);
    // At 5: a = 1.5, b = 3.5, c = 2.5 -> mean 2.5, std 1.
    EXPECT_NEAR(g.centre[1], 2.5, 1e-12);
    EXPECT_NEAR(g.upper[1] - g.centre[1], 1.0, 1e-12);
    EXPECT_NEAR(g.centre[1] - g.lower[1], 1.0, 1e-12);
    // At 30 only a and b: mean 5, std √2.
    EXPECT_NEAR(g.centre[4], 5.0, 1e-12);
    EXPECT_NEAR(g.upper[4], 5.0 + std::sqrt(2.0), 1e-12);

    const GroupSeries m = groupSeries({a, b, c}, GroupCentre::Median, GroupBand::MinMax);
    EXPECT_DOUBLE_EQ(m.centre[3], 5.0); // 3, 5, 7
    EXPECT_DOUBLE_EQ(m.lower[3], 3.0);
    EXPECT_DOUBLE_EQ(m.upper[3], 7.0);

    const GroupSeries same = groupSeries({a, b}, GroupCentre::Mean, GroupBand::Bootstrap95);
    EXPECT_FALSE(same.interpolated);
    for (size_t i = 0; i < same.x.size(); ++i) {
        EXPECT_LE(same.lower[i], same.centre[i]);
        EXPECT_GE(same.upper[i], same.centre[i]);
        EXPECT_GE(same.lower[i], std::min(a.y[i], b.y[i])); // a mean of resamples stays in the hull
        EXPECT_LE(same.upper[i], std::max(a.y[i], b.y[i]));
    }
}

TEST(GroupStatistics, NamesAndBadInput)
{
    EXPECT_EQ(groupBandFromName("ci95"), GroupBand::Bootstrap95);
    EXPECT_EQ(groupCentreFromName("median"), GroupCentre::Median);
    EXPECT_STREQ(groupBandName(GroupBand::MinMax), "minmax");
    EXPECT_THROW(groupBandFromName("sem"), ConfigError);
    EXPECT_THROW(groupSeries({RunSeries{{0, 1}, {1.0}}}, GroupCentre::Mean, GroupBand::Std), ConfigError);
}
