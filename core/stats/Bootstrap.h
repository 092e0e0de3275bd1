#pragma once
// One helper for every interval an analysis states over repeats (seeds, batches, examples):
// the summary of a sample and its percentile-bootstrap 95% interval (Efron & Tibshirani 1993,
// ch. 13). Deterministic: the resampling draws from a generator seeded by the caller, so a
// figure made twice is the same figure.
#include <cstdint>
#include <functional>
#include <vector>

namespace ts {

struct Interval {
    double lower = 0.0;
    double upper = 0.0;
};

struct SampleSummary {
    int n = 0;
    double mean = 0.0;
    double std = 0.0;    // sample standard deviation (n - 1 in the denominator); 0 for n < 2
    double median = 0.0;
    double min = 0.0;
    double max = 0.0;
};

// NaN and infinite values are left out (a diverged seed says so elsewhere); an empty sample
// gives n = 0 and NaN statistics.
SampleSummary summarize(const std::vector<double>& values);

double sampleMean(const std::vector<double>& values);
double sampleMedian(std::vector<double> values);
double sampleStd(const std::vector<double>& values); // n - 1 in the denominator

// The 2.5th and 97.5th percentiles (linear interpolation between order statistics) of
// `statistic` over `resamples` resamples with replacement of `values`. One value gives
// [v, v]; none gives NaN.
Interval bootstrapInterval(const std::vector<double>& values,
                           const std::function<double(const std::vector<double>&)>& statistic,
                           int resamples = 2000, uint64_t seed = 1, double level = 0.95);

// The percentile of sorted values at fraction q in [0, 1] (numpy's default, "linear").
double percentileSorted(const std::vector<double>& sorted, double q);

} // namespace ts
