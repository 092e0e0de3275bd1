#pragma once
// A Gaussian random projection of flat gradients, P → D dimensions: x ↦ R x / √D with R [D, P]
// of independent N(0, 1) entries, drawn on the CPU from one seed (the same numbers on every
// device), so that E[⟨Rx, Ry⟩/D] = ⟨x, y⟩. R is drawn in blocks of rows; it is kept when it is
// small (at most 2^26 entries) and drawn again from the seed otherwise.
#include <torch/types.h>

#include <cstdint>
#include <vector>

namespace ts {

class RandomProjection {
public:
    RandomProjection(int64_t dim, int64_t inputDim, uint64_t seed);

    int64_t dim() const { return dim_; }
    // x: [P] or [c, P] (any floating dtype, any device) → [D] or [c, D] float32 on x's device.
    torch::Tensor project(const torch::Tensor& x) const;
    // Rᵀ y / √D: y [D] → [P] float32 on y's device.
    torch::Tensor projectBack(const torch::Tensor& y) const;

private:
    // Rows [start, end) of R, on device.
    torch::Tensor rows(int64_t start, int64_t end, const torch::Device& device) const;
    int64_t blockRows() const;

    int64_t dim_, inputDim_;
    uint64_t seed_;
    torch::Tensor cached_; // R on the CPU when small
};

// A list of per-parameter tensors flattened into one float32 vector, and back.
torch::Tensor flattenParameters(const std::vector<torch::Tensor>& parts);
std::vector<torch::Tensor> unflattenParameters(const torch::Tensor& flat, const std::vector<torch::Tensor>& like);

} // namespace ts
