#pragma once
// Sharpness of a run's checkpoints: top Hessian eigenvalues, Hutchinson trace, spectral
// density, adaptive sharpness, and per-layer eigenvalue and trace — what `trainscope
// sharpness` prints and the sharpness views draw. Definitions: docs/sharpness.md.
#include "core/ComputeDevice.h"
#include "core/Feedback.h"
#include "core/analysis/AdaptiveSharpnessResult.h"
#include "core/analysis/BatchSpread.h"
#include "core/analysis/DensityResult.h"
#include "core/analysis/EigenValues.h"
#include "core/analysis/TraceResult.h"

#include <optional>
#include <string>
#include <vector>

namespace ts {

class RunReader;
class TaskDistributor;

struct SharpnessRequest {
    int top = 1;                 // top-k eigenvalues
    int iterations = 20;         // power iterations per eigenvalue (method Power)
    bool trace = false;
    int64_t probes = 100;        // Hutchinson: at most this many probes...
    double traceRelativeError = 0.0; // ...stopping early at this relative standard error (0: all)
    bool density = false;
    int densitySteps = 80;
    std::string adaptive;        // "", "avg" or "max"
    double rho = 0.05;
    bool adaptiveLinf = false;   // worst case in l∞ instead of l2
    bool perLayer = false;
    std::string split = "train";
    int64_t batchSize = 0;       // 0 = the whole split
    // K ≥ 2: also λ_max (and the trace, with trace) on K disjoint batches of those examples
    // (BatchSpread); 0 = none.
    int64_t batches = 0;
    uint64_t seed = 0;
    EigenMethod method = EigenMethod::Lanczos; // for the top-k and the per-layer eigenvalues
    int lanczosSteps = 0;        // at most this many Lanczos steps (0 = automatic, EigenOptions::maxSteps)
    ComputeDevice device;        // where the model, the data and the vectors are
};

struct LayerSharpness {
    std::string layer;
    double lambdaMax = 0.0;
    double residual = 0.0;       // ‖Hv − λv‖: bounds the eigenvalue's error
    double trace = 0.0;
    double traceStandardError = 0.0;
    int64_t traceSamples = 0;
};

struct CheckpointSharpness {
    int64_t step = 0;
    EigenValues eigen; // the eigenvectors are not kept
    std::optional<TraceResult> trace;
    std::optional<DensityResult> density;
    std::optional<AverageSharpnessResult> average;
    std::optional<WorstSharpnessResult> worst;
    std::vector<LayerSharpness> layers;
    std::optional<BatchSpread> batches;
};

struct SharpnessReport {
    double learningRate = 0.0;   // from the run's configuration (0 if unknown)
    std::vector<CheckpointSharpness> checkpoints;
};

// Indices 0, k, 2k, … of n checkpoints, always ending with the last one.
std::vector<int64_t> everyKthCheckpoint(int64_t n, int64_t k);

// checkpoints: indices into run.checkpointSteps(). ConfigError on nonsense requests.
SharpnessReport sharpnessOfRun(const RunReader& run, const std::vector<int64_t>& checkpoints,
                               const SharpnessRequest& request, Feedback* feedback = nullptr);
// The checkpoints shared among the processes of distributor (one task each); the report is
// complete on the root only.
SharpnessReport sharpnessOfRun(const RunReader& run, const std::vector<int64_t>& checkpoints,
                               const SharpnessRequest& request, Feedback* feedback, TaskDistributor& distributor);

} // namespace ts
