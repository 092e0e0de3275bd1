#pragma once
// What the interpolations of core/analysis/Interpolation.h return, and the Bézier curve's
// training options: plain numbers, no LibTorch, so the GUI's views can include them.
#include "core/stats/Bootstrap.h"

#include <cstdint>
#include <limits>
#include <map>
#include <string>
#include <vector>

namespace ts {

struct SplitCurve {
    std::vector<double> loss;
    std::vector<double> accuracy;
};

struct InterpolationResult {
    std::vector<double> alpha;
    std::map<std::string, SplitCurve> splits; // per split name
    std::string barrierSplit;                 // the split the barrier is measured on
    double barrier = 0.0;                     // loss barrier on α ∈ [0, 1]
    double barrierAlpha = 0.0;
    // A 95% percentile-bootstrap interval of the barrier over the barrier split's examples
    // (addBarrierInterval); NaN and 0 resamples when not computed.
    Interval barrierInterval{std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::quiet_NaN()};
    int barrierResamples = 0;
    int64_t barrierExamples = 0;
};

struct LayerwiseResult {
    std::vector<double> alpha;
    std::vector<std::string> layers;        // layer group names, model order
    std::vector<std::vector<double>> loss;  // [layer][alpha]
    std::vector<std::vector<double>> accuracy;
    std::vector<double> cost;               // per layer: max over α∈[0,1] of loss − loss at the held end
    std::vector<std::size_t> stragglers;    // layer indices by descending cost
    std::string split;
    bool heldAtB = false;
};

struct LinesResult {
    std::vector<double> alpha; // β = 1 − α
    std::map<std::string, SplitCurve> splits;
    std::vector<std::string> blocks; // groups scaled by depth, in order
};

struct BezierOptions {
    int64_t steps = 300;
    double lr = 0.01;
    int64_t batchSize = 0; // 0 = full training split
    uint64_t seed = 0;
    int points = 21;       // evaluation points along t
};

struct BezierResult {
    std::vector<double> t;
    SplitCurve curve;    // along the trained curve, on the evaluation split
    SplitCurve straight; // along the straight segment
    std::string split;
    double curveBarrier = 0.0, straightBarrier = 0.0;
};

} // namespace ts
