#pragma once
// Fourier analysis of models trained on a + b mod p (Nanda et al. 2023, "Progress measures for
// grokking via mechanistic interpretability"): the embedding's spectrum over Z_p, its
// sparsity (Gini coefficient), key frequencies, and the restricted and excluded losses,
// computed from the logits so they apply to any model on the task. docs/grokking.md gives the
// exact definitions.
#include "core/grokking/KeyFrequencyRule.h"
#include "core/models/Model.h"
#include "core/tasks/TaskData.h"

#include <torch/types.h>

#include <string>
#include <vector>

namespace ts {

class RunReader;

// The orthonormal real Fourier basis of functions on Z_p, float64 [p, p]: row 0 is the
// constant 1/√p, then for k = 1..⌊p/2⌋ the rows √(2/p)·cos(2πkx/p) and √(2/p)·sin(2πkx/p)
// (for even p, k = p/2 has only its cosine row, normalised 1/√p).
torch::Tensor fourierBasis(int64_t p);
// Frequency of each row of fourierBasis(p) (0 for the constant).
std::vector<int64_t> fourierRowFrequencies(int64_t p);

// Gini coefficient of non-negative values: Σ_i Σ_j |x_i − x_j| / (2 n Σ x); 0 when all are
// equal, (n − 1)/n when one value holds everything; 0 for an all-zero vector.
double giniCoefficient(const std::vector<double>& values);

struct EmbeddingSpectrum {
    int64_t p = 0;
    // norms[0]: the constant component's norm; norms[k], k = 1..⌊p/2⌋: sqrt of the squared
    // norms of the cos and sin components across the embedding dimension.
    std::vector<double> norms;
    double gini = 0.0;                  // of norms[1..], the constant excluded
    std::vector<int64_t> keyFrequencies; // by descending norm (KeyFrequencyRule)
};

// embedding: [d, p], column x = the embedding of token x.
EmbeddingSpectrum embeddingSpectrum(const torch::Tensor& embedding, const KeyFrequencyRule& rule = {});
// By the same rule from per-frequency norms (index 0 = constant, ignored).
std::vector<int64_t> selectKeyFrequencies(const std::vector<double>& norms, const KeyFrequencyRule& rule = {});

// The token embedding of tokens 0..p−1 as [d, p]: tickets_mlp and moe_mlp W_E[:, 0:p],
// transformer embed.W_E[0:p, :]ᵀ. ConfigError for other architectures.
torch::Tensor modularEmbedding(const Model& model, int64_t p);

// Logits L[a, b, c] over all (a, b) ∈ Z_p², [p, p, p], decomposed as
//   L = mean + R + X,  mean[c] = mean over (a, b) of L[a, b, c],
//   R = Σ_{k ∈ keys} orthogonal projection of L onto span{cos w_k(a+b), sin w_k(a+b)} ⊗ span{cos w_k c, sin w_k c}
// (w_k = 2πk/p). restricted = mean + R, excluded = L − R, so restricted + excluded = L + mean.
struct LogitDecomposition {
    torch::Tensor mean;       // [1, 1, p], float64
    torch::Tensor restricted; // [p, p, p], float64
    torch::Tensor excluded;   // [p, p, p], float64
};
LogitDecomposition decomposeLogits(const torch::Tensor& logits, const std::vector<int64_t>& keyFrequencies);

// The model's logits on all p² pairs (a, b), [p, p, outputs] (no grad).
torch::Tensor allPairLogits(Model& model, int64_t p);

struct FourierLosses {
    double full = 0.0;       // cross-entropy of L on the split's pairs
    double restricted = 0.0; // of mean + R
    double excluded = 0.0;   // of L − R
};
// Cross-entropies on the pairs of `split` (inputs (a, b), targets c = a + b mod p).
FourierLosses fourierLosses(const torch::Tensor& logits, const Split& split, const std::vector<int64_t>& keyFrequencies);

// Empty when the run is modular addition on an architecture with a known embedding, else why
// not (the Fourier measures are "not applicable"); p is set when applicable.
std::string modularFourierApplicability(const RunReader& run, int64_t* p = nullptr);

} // namespace ts
