#include "core/stats/Bootstrap.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

namespace ts {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::vector<double> finiteValues(const std::vector<double>& values)
{
    std::vector<double> out;
    out.reserve(values.size());
    for (double v : values)
        if (std::isfinite(v))
            out.push_back(v);
    return out;
}

} // namespace

double sampleMean(const std::vector<double>& values)
{
    if (values.empty())
        return kNaN;
    double sum = 0.0;
    for (double v : values)
        sum += v;
    return sum / double(values.size());
}

double sampleMedian(std::vector<double> values)
{
    if (values.empty())
        return kNaN;
    std::sort(values.begin(), values.end());
    return percentileSorted(values, 0.5);
}

double sampleStd(const std::vector<double>& values)
{
    if (values.size() < 2)
        return values.empty() ? kNaN : 0.0;
    const double mean = sampleMean(values);
    double sum = 0.0;
    for (double v : values)
        sum += (v - mean) * (v - mean);
    return std::sqrt(sum / double(values.size() - 1));
}

double percentileSorted(const std::vector<double>& sorted, double q)
{
    if (sorted.empty())
        return kNaN;
    const double pos = std::clamp(q, 0.0, 1.0) * double(sorted.size() - 1);
    const auto below = size_t(std::floor(pos));
    const size_t above = std::min(below + 1, sorted.size() - 1);
    const double t = pos - double(below);
    return sorted[below] + t * (sorted[above] - sorted[below]);
}

SampleSummary summarize(const std::vector<double>& values)
{
    std::vector<double> v = finiteValues(values);
    SampleSummary s;
    s.n = int(v.size());
    if (v.empty()) {
        s.mean = s.std = s.median = s.min = s.max = kNaN;
        return s;
    }
    s.mean = sampleMean(v);
    s.std = sampleStd(v);
    std::sort(v.begin(), v.end());
    s.median = percentileSorted(v, 0.5);
    s.min = v.front();
    s.max = v.back();
    return s;
}

Interval bootstrapInterval(const std::vector<double>& values,
                           const std::function<double(const std::vector<double>&)>& statistic, int resamples,
                           uint64_t seed, double level)
{
    const std::vector<double> v = finiteValues(values);
    if (v.empty())
        return {kNaN, kNaN};
    if (v.size() == 1)
        return {v.front(), v.front()};
    std::mt19937_64 rng(seed);
    std::uniform_int_distribution<size_t> pick(0, v.size() - 1);
    std::vector<double> stats;
    stats.reserve(size_t(std::max(resamples, 1)));
    std::vector<double> sample(v.size());
    for (int r = 0; r < std::max(resamples, 1); ++r) {
        for (double& x : sample)
            x = v[pick(rng)];
        stats.push_back(statistic(sample));
    }
    std::sort(stats.begin(), stats.end());
    const double tail = (1.0 - level) / 2.0;
    return {percentileSorted(stats, tail), percentileSorted(stats, 1.0 - tail)};
}

} // namespace ts
