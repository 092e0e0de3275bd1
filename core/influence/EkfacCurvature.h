#pragma once
// EK-FAC (George et al. 2018, "Fast Approximate Natural Gradient Descent in a Kronecker-factored
// Eigenbasis"; as used for influence functions by Grosse et al. 2023): a Fisher approximation
// that is block diagonal over the model's weight matrices, each block in the eigenbasis of
// its Kronecker factors with corrected eigenvalues.
//
// The built-in models are functional (no modules to hook), so the factors come from per-example
// gradient matrices G_n [rows, cols] of each weight (its bias, where a 1-D parameter of the same
// layer is named as one, appended as an extra row or column): A = E[G_nᵀG_n], S = E[G_n G_nᵀ]
// (the K-FAC factors up to scale when G_n = δ aᵀ is rank one), A = Q_A diag Q_Aᵀ,
// S = Q_S diag Q_Sᵀ, and Λ_ij = E[(Q_Sᵀ G_n Q_A)_ij²] from the same gradients (a second pass).
// The curvature is then F ≈ (Q_A ⊗ Q_S) diag(Λ) (Q_A ⊗ Q_S)ᵀ per block and its damped inverse
// (Q_A ⊗ Q_S) (Λ + λ)⁻¹ (Q_A ⊗ Q_S)ᵀ. Parameters in no block (LayerNorm gains, lone biases) and
// matrices with a side above kMaxFactor get the diagonal E[g_n²] (empirical Fisher).
#include "core/tasks/TaskData.h"

#include <torch/types.h>

#include <string>
#include <vector>

namespace ts {

class Feedback;
class Model;

class EkfacCurvature {
public:
    static constexpr int64_t kMaxFactor = 4096;

    // targets: the labels of the Fisher (the split's own for the empirical Fisher, or labels
    // sampled from the model); progress within [from, to] of feedback.
    EkfacCurvature(Model& model, const Split& split, LossKind kind, const torch::Tensor& targets, Feedback* feedback,
                   double from = 0.0, double to = 1.0);

    // Mean of all eigenvalues of the approximation (Λ entries and diagonal entries): the scale
    // the relative damping refers to.
    double meanEigenvalue() const { return meanEigenvalue_; }
    // (F + λI)⁻¹ v for v shaped like the parameters.
    std::vector<torch::Tensor> inverseProduct(const std::vector<torch::Tensor>& v, double lambda) const;
    // Names of the parameters with a Kronecker block (weights, then their biases) and with a diagonal.
    std::vector<std::string> describe(const Model& model) const;

private:
    struct Block {
        std::size_t weight = 0;
        int64_t bias = -1;            // parameter index, or -1
        bool biasAsRow = false;       // the bias extends the matrix by a row (else by a column)
        bool transposedHeads = false; // [heads, in, dh] stored: the matrix is [in, heads·dh]
        torch::Tensor qa, qs, lambda;
    };
    torch::Tensor matrix(const Block& b, const std::vector<torch::Tensor>& g) const;
    void unpack(const Block& b, const torch::Tensor& m, std::vector<torch::Tensor>& out) const;

    std::vector<torch::Tensor> shapes_; // zero tensors shaped like the parameters
    std::vector<Block> blocks_;
    std::vector<std::size_t> diagonal_;
    std::vector<torch::Tensor> diagonalValues_;
    double meanEigenvalue_ = 0.0;
};

} // namespace ts
