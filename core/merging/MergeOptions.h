#pragma once
// How checkpoints are merged (docs/merging.md): the method and its numbers. Torch-free, so the
// GUI can build a merge request; core/merging/ModelMerging.h has the tensor functions and
// core/merging/RunMerge.h merges run files.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace ts {

enum class MergeMethod {
    Average,        // Σ w_i θ_i with normalised weights (model soup)
    TaskArithmetic, // θ0 + λ Σ w_i τ_i (Ilharco et al. 2023)
    Ties,           // θ0 + λ · TIES(w_i τ_i): trim, elect sign, disjoint mean (Yadav et al. 2023)
    Dare,           // θ0 + λ Σ DARE(w_i τ_i): drop with probability p, rescale by 1/(1−p) (Yu et al. 2024)
};

// "average", "task-arithmetic", "ties", "dare".
const char* mergeMethodName(MergeMethod method);
// Also accepts "task_arithmetic"; ConfigError listing the choices otherwise.
MergeMethod mergeMethodFromName(const std::string& name);
// "average, task-arithmetic, ties, dare": for help texts and error messages.
std::string mergeMethodChoices();

// Weights for n inputs: as given (ConfigError unless there are n), or all 1 when none are given;
// with `normalise`, divided by their sum (ConfigError when it is not positive).
std::vector<double> mergeWeights(const std::vector<double>& weights, std::size_t n, bool normalise);

struct MergeOptions {
    MergeMethod method = MergeMethod::TaskArithmetic;
    // One per input, or empty (all 1). Average: normalised to sum 1. The task-vector methods
    // scale τ_i by w_i as given (not normalised).
    std::vector<double> weights;
    double lambda = 1.0;   // scale of the merged task vector (not used by average)
    double trim = 0.2;     // TIES: fraction of each task vector's entries kept, by magnitude
    double drop = 0.9;     // DARE: probability of dropping an entry, in [0, 1)
    uint64_t seed = 0;     // DARE: seed of the CPU generator that draws the drop masks
    bool dareTies = false; // DARE: combine the rescaled task vectors by TIES instead of a sum

    // ConfigError for nonsense (wrong number of weights, negative or non-finite numbers, trim
    // outside (0, 1], drop outside [0, 1), fewer than one input).
    void validate(std::size_t inputs) const;
    // The weights for `inputs` inputs: as given, or all 1.
    std::vector<double> weightsFor(std::size_t inputs) const;
    // weightsFor() divided by their sum (ConfigError when the sum is not positive).
    std::vector<double> normalisedWeights(std::size_t inputs) const;
};

} // namespace ts
