#pragma once
// Grokking events from a run's accuracy curves: when the training set is memorised, when the
// test accuracy crosses 10/50/90/99%, and a verdict (grokking, generalised together with
// memorisation, no generalisation, not memorised). Pure functions on the series; see
// docs/grokking.md for the exact definitions.
#include "core/runfile/RunReader.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ts {

// Every threshold the detection uses; reported with the verdict.
struct GrokkingThresholds {
    int smoothingWindow = 3;     // evaluations, centred moving average (odd; 1 = none)
    double memorised = 0.99;     // train accuracy that counts as memorised
    double test10 = 0.10, test50 = 0.50, test90 = 0.90, test99 = 0.99;
    double gapFactor = 5.0;      // grokking: t50 − t_mem > gapFactor · max(t_mem, gapFloorSteps)
    int64_t gapFloorSteps = 50;
    double lowTestAtMemorised = 0.20; // … and smoothed test accuracy at t_mem below this
    // Accuracies are rescaled as (acc − chance) / (1 − chance) before every comparison above;
    // 0 (the default) compares raw accuracies.
    double chanceLevel = 0.0;
};

enum class GrokkingVerdict { Grokking, GeneralisedWithMemorisation, NoGeneralisation, NotMemorised };
// "grokking", "generalised with memorisation", "no generalisation", "not memorised".
const char* grokkingVerdictName(GrokkingVerdict v);

struct GrokkingEvents {
    GrokkingThresholds thresholds;
    // First evaluation step at which the smoothed accuracy reaches each threshold; -1 = never.
    int64_t tMem = -1, t10 = -1, t50 = -1, t90 = -1, t99 = -1;
    int64_t gap = -1;             // t50 − t_mem (−1 when either is missing)
    int64_t transitionWidth = -1; // t90 − t10 (−1 when either is missing)
    double testAtMem = -1.0;      // smoothed test accuracy (raw scale) at t_mem; −1 when no t_mem
    GrokkingVerdict verdict = GrokkingVerdict::NotMemorised;
    std::string verdictName;      // grokkingVerdictName(verdict)
    std::string explanation;      // one sentence with the numbers that decided the verdict
    // The smoothed curves the events were read from (raw accuracy scale).
    std::vector<int64_t> trainSteps, testSteps;
    std::vector<double> trainSmoothed, testSmoothed;
};

// Centred moving average over `window` evaluations (odd); at the ends the window shrinks
// symmetrically to what exists (first and last values are averaged with nothing beyond them).
std::vector<double> smoothCentred(const std::vector<double>& values, int window);

// From train/test accuracy series (steps ascending, values in [0, 1]). ConfigError when a
// series is empty or its steps and values differ in length.
GrokkingEvents detectGrokking(const MetricSeries& trainAcc, const MetricSeries& testAcc,
                              const GrokkingThresholds& thresholds = {});
// Reads train_acc and test_acc; ConfigError naming the run when either is missing.
GrokkingEvents detectGrokking(const RunReader& run, const GrokkingThresholds& thresholds = {});

} // namespace ts
