#pragma once
// Progress measures at every checkpoint of a run: weight norms (total and per layer group),
// distance from initialisation with a logarithmic fit, gradient m-coherence on train and test
// samples, and for modular addition the embedding's Fourier spectrum, key frequencies and the
// restricted/excluded losses; plus the run's grokking events. See docs/grokking.md.
#include "core/ComputeDevice.h"
#include "core/Feedback.h"
#include "core/grokking/GrokkingEvents.h"
#include "core/grokking/KeyFrequencyRule.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ts {

class Model;
class RunReader;
struct Split;

// Least-squares y ≈ a + b·ln t over the points with t ≥ 1.
struct LogFit {
    double a = 0.0, b = 0.0, r2 = 0.0;
    int64_t points = 0; // NaN coefficients when fewer than 2 distinct t
};
LogFit fitLogarithm(const std::vector<int64_t>& t, const std::vector<double>& y);

struct ProgressOptions {
    int64_t coherenceSamples = 64; // m, on each of train and test; 0 = skip coherence
    bool fourier = true;           // when applicable (modular addition)
    KeyFrequencyRule keyRule;
    GrokkingThresholds thresholds;
    // Checkpoints to measure: every `stride`-th (the last is always included).
    int64_t stride = 1;
    ComputeDevice device; // where the model runs (coherence gradients, all-pair logits)
};

struct ProgressMeasures {
    std::vector<int64_t> steps;              // checkpoint steps measured
    std::vector<double> weightNorm;          // ‖θ‖
    std::vector<std::string> groupNames;     // layerGroups(model)
    std::vector<std::vector<double>> groupNorms; // [group][checkpoint]
    std::vector<double> distInit;            // ‖θ_t − θ_0‖, θ_0 = the first checkpoint
    LogFit distInitFit;                      // dist_init ≈ a + b ln t, checkpoints with t ≥ 1

    int64_t coherenceSamples = 0;            // m used (0: not computed)
    std::vector<double> coherenceTrain, coherenceTest; // α_m, all parameters
    std::vector<std::vector<double>> coherenceTrainGroups, coherenceTestGroups; // [group][checkpoint]

    bool fourierApplicable = false;
    std::string fourierNote;                 // why not, when not applicable
    int64_t p = 0;
    std::vector<double> fourierGini;         // of the embedding's per-frequency norms
    std::vector<std::vector<int64_t>> keyFrequencies; // per checkpoint
    std::vector<std::vector<double>> frequencyNorms;  // [checkpoint][k], k = 0 (constant) .. ⌊p/2⌋
    std::vector<int64_t> lossFrequencies;    // key frequencies of the last checkpoint, used for
                                             // the restricted/excluded losses at every checkpoint
    std::vector<double> trainLoss;           // full-logit cross-entropy on the train pairs
    std::vector<double> restrictedLoss, excludedLoss;

    bool hasEvents = false;                  // false when the run lacks train_acc/test_acc
    GrokkingEvents events;
    double seconds = 0.0;                    // wall time of the analysis
};

// Reads every checkpoint once. Progress and cancel through feedback (throws Cancelled).
ProgressMeasures measureProgress(const RunReader& run, const ProgressOptions& options = {}, Feedback* feedback = nullptr);

// XOR-cluster alignment (xor_relu on the xor task): μ̂1, μ̂2 = the top principal directions
// of the second moment of the clean test inputs of class +1 and −1 (the class means are ~0,
// the ±μ clusters make the top direction ±μ). Histograms of |cos(w_j, μ̂)| over `bins` equal
// bins of [0, 1], for the neurons with positive output weight (the first m − ⌊m/2⌋ rows of
// W) and with negative output weight (the rest).
struct XorAlignment {
    double muCosine = 0.0; // |cos(μ̂1, μ̂2)|, ~0 when the estimate is good
    std::vector<double> binEdges;                // bins + 1
    std::vector<int64_t> posMu1, posMu2, negMu1, negMu2; // counts per bin
    double meanPosMu1 = 0, meanPosMu2 = 0, meanNegMu1 = 0, meanNegMu2 = 0; // mean |cos|
};
XorAlignment xorAlignment(const Model& model, const Split& cleanData, int64_t bins = 20);

} // namespace ts
