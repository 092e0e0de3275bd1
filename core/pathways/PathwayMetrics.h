#pragma once
// Pathway metrics of MoE routing (Li, Fan & Zhou 2025, arXiv 2506.21551; docs/pathways.md):
// average pairwise pathway distance (overall, per layer, expert-level), pathway consistency,
// memorised samples, routing entropy, expert load and the number of distinct pathways.
#include "core/pathways/EditDistance.h"
#include "core/pathways/Pathway.h"

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace ts {
class Feedback;
class RunReader;
} // namespace ts

namespace ts::pathways {

// ---------------------------------------------------------------------------------------------
// Average pairwise pathway distance (all pairs i < j)

enum class DistanceMethod { BitParallel, DynamicProgramming };

struct PairwiseOptions {
    unsigned threads = 0;          // 0: std::thread::hardware_concurrency()
    DistanceMethod method = DistanceMethod::BitParallel;
    bool perLayer = true;          // also the per-layer substring distances
    bool expertLevel = false;      // also the expert-level (token) edit distance
};

struct PairwiseDistances {
    int64_t pairs = 0;
    uint64_t sum = 0;                  // Σ D_path over pairs (exact integer)
    double mean = 0.0;                 // sum / pairs (0 when pairs == 0)
    std::vector<double> layerMean;     // [layer], empty unless perLayer
    double expertLevelMean = std::numeric_limits<double>::quiet_NaN(); // unless expertLevel
};

// Progress and cancel through feedback (polled by the calling thread; throws ts::Cancelled).
// The result does not depend on the thread count (integer sums).
PairwiseDistances averagePairwiseDistance(const Pathways& pathways, const PairwiseOptions& options = {},
                                          Feedback* feedback = nullptr);
// Plain strings only (no per-layer / expert-level parts).
PairwiseDistances averagePairwiseDistance(const std::vector<std::string>& strings,
                                          const PairwiseOptions& options = {}, Feedback* feedback = nullptr);

// ---------------------------------------------------------------------------------------------
// Routing entropy, expert load, distinct pathways

// Mean over samples and layers of −Σ_k g log g (nats; 0·log 0 = 0).
double routingEntropy(const RoutingTable& routing);
std::vector<double> layerRoutingEntropy(const RoutingTable& routing); // [layer], mean over samples

// load[layer][expert] = fraction of samples whose pathway keeps that expert at that layer.
std::vector<std::vector<double>> expertLoad(const Pathways& pathways);

int64_t distinctPathways(const Pathways& pathways);
std::vector<int64_t> distinctLayerPathways(const Pathways& pathways); // [layer]

// ---------------------------------------------------------------------------------------------
// Pathway consistency (paper §3.2)
//   e_{i,ℓ} = Σ_k g_ℓ(i,k) v_{ℓk},  v_{ℓk} = row k of layer ℓ's router matrix [experts, dim_ℓ]
//   c_{i,ℓ} = cos(e_{i,ℓ}, e_{i,ℓ+1})
//   C_i = 1 − (1/(L−1)) Σ_ℓ c_{i,ℓ} / (max_ℓ c_{i,ℓ} + 1e−8)
// Defined only when every adjacent pair of layers has the same dim (and L >= 2); otherwise every
// value is NaN and `note` says why. A zero embedding has cosine 0 with anything.

struct Consistency {
    bool defined = false;
    std::string note;
    std::vector<double> perSample;         // C_i
    std::vector<double> meanCosinePerSample; // (1/(L−1)) Σ_ℓ c_{i,ℓ} (raw, not normalised)
    double mean = std::numeric_limits<double>::quiet_NaN();        // mean of C_i
    double meanCosine = std::numeric_limits<double>::quiet_NaN();  // mean raw adjacent cosine
};

// routers: one [experts, dim_ℓ] tensor per layer (a [dim, experts] one, as MoeMlp stores its
// "moeN.router", is transposed when dim != experts). Other shapes throw ts::ConfigError.
Consistency pathwayConsistency(const RoutingTable& routing, const std::vector<at::Tensor>& routers);

// ---------------------------------------------------------------------------------------------
// Memorised samples (paper §3.1): sample i is memorised from checkpoint t*_i, the earliest
// checkpoint t with loss[t][i] <= epsilon such that |loss[t'][i] − loss[T][i]| <= delta for every
// t' >= t (T the last checkpoint).

struct Memorisation {
    double epsilon = 0.0;
    double delta = 0.05;
    std::vector<int64_t> firstCheckpoint; // t*_i, −1 when not memorised
    int64_t memorisedCount = 0;           // samples with t*_i >= 0 (memorised at the last checkpoint)
    double fraction = 0.0;
    std::vector<int64_t> memorisedSamples() const; // ids with t*_i >= 0
};

// losses: row-major [checkpoints, samples].
Memorisation memorisedSamples(const std::vector<double>& losses, int64_t checkpoints, int64_t samples,
                              double epsilon, double delta = 0.05);
Memorisation memorisedSamples(const at::Tensor& losses, double epsilon, double delta = 0.05); // [C, S]

// The smallest epsilon for which at least targetFraction of the samples are memorised at the last
// checkpoint (per sample the smallest working epsilon is the minimum loss over its stable
// suffix; epsilon is the ⌈target·S⌉-th smallest of these). targetFraction in (0, 1].
double chooseEpsilon(const std::vector<double>& losses, int64_t checkpoints, int64_t samples,
                     double targetFraction = 0.225, double delta = 0.05);

// ---------------------------------------------------------------------------------------------
// Everything for one checkpoint

struct PathwayMetricsOptions {
    PathwayOptions pathway;
    PairwiseOptions pairwise;
    std::vector<int64_t> group; // the sample group (ids); empty: all samples
};

struct CheckpointPathwayMetrics {
    int64_t step = -1;
    int64_t samples = 0, layers = 0, experts = 0;
    PairwiseDistances distance;
    double meanPathwayLength = 0.0;           // characters
    double meanExpertsPerLayer = 0.0;         // kept experts per layer, mean
    double routingEntropy = 0.0;
    std::vector<double> layerEntropy;
    std::vector<std::vector<double>> expertLoad;
    int64_t distinctPathways = 0;
    std::vector<int64_t> distinctLayerPathways;
    Consistency consistency;                  // only when routers are given
};

CheckpointPathwayMetrics computePathwayMetrics(const RoutingTable& routing,
                                               const PathwayMetricsOptions& options = {},
                                               const std::vector<at::Tensor>& routers = {},
                                               Feedback* feedback = nullptr);

// A sample subset of a routing table (ids checked).
RoutingTable selectSamples(const RoutingTable& routing, const std::vector<int64_t>& ids);

// Every recorded routing checkpoint of a run (RunReader::routingSteps order). Routers for the
// consistency are read from the checkpoint with the same step when the run has parameters named
// "*router" (one per layer, in parameter order) — else consistency stays undefined.
std::vector<CheckpointPathwayMetrics> pathwayMetricsForRun(const RunReader& run,
                                                           const PathwayMetricsOptions& options = {},
                                                           Feedback* feedback = nullptr);

} // namespace ts::pathways
