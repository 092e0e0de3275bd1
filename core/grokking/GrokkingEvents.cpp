#include "core/grokking/GrokkingEvents.h"

#include "core/Error.h"

#include <algorithm>
#include <cstdio>
#include <string>

namespace ts {

const char* grokkingVerdictName(GrokkingVerdict v)
{
    switch (v) {
    case GrokkingVerdict::Grokking: return "grokking";
    case GrokkingVerdict::GeneralisedWithMemorisation: return "generalised with memorisation";
    case GrokkingVerdict::NoGeneralisation: return "no generalisation";
    case GrokkingVerdict::NotMemorised: return "not memorised";
    }
    return "?";
}

std::vector<double> smoothCentred(const std::vector<double>& values, int window)
{
    if (window < 1 || window % 2 == 0)
        throw ConfigError("smoothing window must be a positive odd number of evaluations, got " + std::to_string(window));
    const int64_t n = int64_t(values.size()), half = window / 2;
    std::vector<double> out(values.size());
    for (int64_t i = 0; i < n; ++i) {
        const int64_t h = std::min({half, i, n - 1 - i});
        double s = 0.0;
        for (int64_t j = i - h; j <= i + h; ++j)
            s += values[std::size_t(j)];
        out[std::size_t(i)] = s / double(2 * h + 1);
    }
    return out;
}

namespace {

void checkSeries(const MetricSeries& s, const char* what)
{
    if (s.steps.empty())
        throw ConfigError(std::string("grokking events: the ") + what + " series is empty");
    if (s.steps.size() != s.values.size())
        throw ConfigError(std::string("grokking events: the ") + what + " series has " + std::to_string(s.steps.size()) +
                          " steps but " + std::to_string(s.values.size()) + " values");
}

int64_t firstReaching(const std::vector<int64_t>& steps, const std::vector<double>& v, double threshold, double chance)
{
    for (std::size_t i = 0; i < v.size(); ++i)
        if ((v[i] - chance) / (1.0 - chance) >= threshold)
            return steps[i];
    return -1;
}

std::string fmt(double v)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.1f%%", 100.0 * v);
    return buf;
}

} // namespace

GrokkingEvents detectGrokking(const MetricSeries& trainAcc, const MetricSeries& testAcc, const GrokkingThresholds& t)
{
    checkSeries(trainAcc, "train accuracy");
    checkSeries(testAcc, "test accuracy");
    if (!(t.chanceLevel >= 0.0 && t.chanceLevel < 1.0))
        throw ConfigError("grokking events: chance level must be in [0, 1)");
    GrokkingEvents e;
    e.thresholds = t;
    e.trainSteps = trainAcc.steps;
    e.testSteps = testAcc.steps;
    e.trainSmoothed = smoothCentred(trainAcc.values, t.smoothingWindow);
    e.testSmoothed = smoothCentred(testAcc.values, t.smoothingWindow);
    const double c = t.chanceLevel;
    e.tMem = firstReaching(e.trainSteps, e.trainSmoothed, t.memorised, c);
    e.t10 = firstReaching(e.testSteps, e.testSmoothed, t.test10, c);
    e.t50 = firstReaching(e.testSteps, e.testSmoothed, t.test50, c);
    e.t90 = firstReaching(e.testSteps, e.testSmoothed, t.test90, c);
    e.t99 = firstReaching(e.testSteps, e.testSmoothed, t.test99, c);
    if (e.tMem >= 0 && e.t50 >= 0)
        e.gap = e.t50 - e.tMem;
    if (e.t10 >= 0 && e.t90 >= 0)
        e.transitionWidth = e.t90 - e.t10;
    if (e.tMem >= 0) {
        // Smoothed test accuracy at the last test evaluation at or before t_mem (the first
        // one if the test series starts later).
        std::size_t j = 0;
        while (j + 1 < e.testSteps.size() && e.testSteps[j + 1] <= e.tMem)
            ++j;
        e.testAtMem = e.testSmoothed[j];
    }

    if (e.tMem < 0) {
        e.verdict = GrokkingVerdict::NotMemorised;
        e.explanation = "train accuracy (smoothed) never reaches " + fmt(t.memorised);
    } else if (e.t50 < 0) {
        e.verdict = GrokkingVerdict::NoGeneralisation;
        e.explanation = "train accuracy reaches " + fmt(t.memorised) + " at step " + std::to_string(e.tMem) +
                        ", test accuracy never reaches " + fmt(t.test50);
    } else {
        const double needed = t.gapFactor * double(std::max(e.tMem, t.gapFloorSteps));
        const double testAtMemScaled = (e.testAtMem - c) / (1.0 - c);
        const bool longGap = double(e.gap) > needed;
        const bool lowTest = testAtMemScaled < t.lowTestAtMemorised;
        e.verdict = longGap && lowTest ? GrokkingVerdict::Grokking : GrokkingVerdict::GeneralisedWithMemorisation;
        const std::string scale = c > 0.0 ? " of the way from chance " + fmt(c) + " to 100%" : "";
        e.explanation = "memorised at step " + std::to_string(e.tMem) + " with test accuracy " + fmt(e.testAtMem) +
                        (c > 0.0 ? " (" + fmt(testAtMemScaled) + scale + ")" : std::string()) +
                        (lowTest ? ", below " : ", not below ") + fmt(t.lowTestAtMemorised) + "; test ≥ " +
                        fmt(t.test50) + scale + " at step " + std::to_string(e.t50) + ": gap " + std::to_string(e.gap) +
                        (longGap ? " > " : " ≤ ") + std::to_string(int64_t(needed)) + " steps";
    }
    e.verdictName = grokkingVerdictName(e.verdict);
    return e;
}

GrokkingEvents detectGrokking(const RunReader& run, const GrokkingThresholds& thresholds)
{
    const auto& names = run.metricNames();
    for (const char* m : {"train_acc", "test_acc"})
        if (std::find(names.begin(), names.end(), m) == names.end())
            throw ConfigError(run.path() + ": the run has no '" + m +
                              "' metric; grokking events need train and test accuracy");
    return detectGrokking(run.readMetric("train_acc"), run.readMetric("test_acc"), thresholds);
}

} // namespace ts
