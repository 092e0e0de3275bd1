#pragma once
// What BatchNorm statistics (and other model buffers) a point of parameter space that is
// not a checkpoint is evaluated with (docs/landscapes.md, docs/interpolation.md):
//  - keep:        a checkpoint's own statistics (the centre of a landscape, or the nearer end
//                 of an interpolation), Li et al. 2018's practice;
//  - interpolate: the end points' buffers interpolated like the weights;
//  - recompute:N: fresh statistics from one train-mode pass over the first N training
//                 examples in batches, as a cumulative average over batches, which is what
//                 torch.optim.swa_utils.update_bn computes (Garipov et al. 2018; Jordan et al.
//                 2022 show interpolation barriers are wrong without it).
// Models without buffers ignore all of this.
#include "core/tasks/TaskData.h"

#include <torch/types.h>

#include <string>
#include <vector>

namespace ts {

class Model;

enum class BnMode { Keep, Interpolate, Recompute };

struct BnChoice {
    BnMode mode = BnMode::Keep;
    int64_t samples = 2048;  // recompute: training examples used
    int64_t batchSize = 128; // recompute: examples per batch (update_bn's loader batches)

    // "keep", "interpolate", "recompute" or "recompute:N"; ConfigError otherwise.
    static BnChoice parse(const std::string& text);
    std::string toString() const;
};

// Recomputes the model's floating buffers at its current parameters from `examples` in
// batches of `batchSize` (train-mode forwards, outputs discarded); integer buffers
// (num_batches_tracked) become the number of batches. The model's mode is restored.
// Works for any model whose running statistics follow r ← (1−m)·r + m·x per forward
// (BatchNorm with a momentum, or with momentum None and its batch counter): m is measured
// per buffer from two forwards of the first batch, so no module attribute is needed.
void recomputeBufferStatistics(Model& model, const torch::Tensor& inputs, int64_t batchSize);

// The buffers for points between two checkpoints A (α = 0) and B (α = 1).
class PointBuffers {
public:
    PointBuffers() = default; // no buffers: apply() does nothing
    PointBuffers(BnChoice choice, std::vector<torch::Tensor> atA, std::vector<torch::Tensor> atB,
                 torch::Tensor trainInputs);

    bool active() const { return !atA_.empty(); }
    const BnChoice& choice() const { return choice_; }
    // Sets the model's buffers for the point α whose parameters the model holds now.
    // α = 0 and α = 1 are the checkpoints themselves: their own buffers, whatever the choice.
    void apply(Model& model, double alpha) const;
    // For points off the A–B segment (layer-wise mixtures, Bézier curves): keep uses the
    // buffers of the end named, interpolate uses α, recompute recomputes.
    void applyNear(Model& model, double alpha, bool nearB) const;

private:
    BnChoice choice_;
    std::vector<torch::Tensor> atA_, atB_;
    torch::Tensor recomputeInputs_;
};

} // namespace ts
