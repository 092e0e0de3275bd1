#pragma once
// Plane evaluation of a TorchScript model (recorded or imported) in eval mode with its kept
// BatchNorm statistics. Per point it sets the parameters as the naive evaluator does, then
// (when that pays) freezes a copy of the module, so parameters and buffers become constants
// and BatchNorm folds into the convolution before it, and runs torch::jit::optimize_for_inference
// on it (conv + relu fusion, MKLDNN layouts). The split is evaluated in chunks of a few MB of
// inputs, which alone beats one 8192-sample batch on CNNs (docs/landscapes.md, "Fast path for
// recorded models"). A module that cannot be frozen is evaluated naively; method() says why.
#include "core/landscape/NaivePlaneEvaluator.h"
#include "core/models/TorchScriptModel.h"

namespace ts {

class TorchScriptPlane : public PlaneEvaluator {
public:
    // Auto freezes when, timed at the first point, freezing and the frozen forward cost less
    // than the plain forward (CNNs: yes; small MLPs: no, freezing costs more than a pass).
    enum class Freezing { Auto, Always, Never };

    // The model should be in eval mode (train mode is evaluated naively); its buffers are
    // taken as they are at every point.
    TorchScriptPlane(TorchScriptModel& model, const Split& split, LossKind kind, const PlaneDirections& directions,
                     Freezing freezing = Freezing::Auto);
    std::vector<PointValues> evaluate(const std::vector<double>& a, const std::vector<double>& b) override;
    std::string method() const override;
    // Samples per forward.
    int64_t chunkSize() const { return chunk_; }

private:
    struct Sums {
        double loss = 0.0; // Σ chunk mean loss × chunk size
        int64_t correct = 0;
    };
    PointValues evaluatePoint();
    void addChunk(const torch::jit::Module& module, int64_t index, Sums& sums);
    torch::jit::Module frozenModule() const;

    TorchScriptModel& model_;
    NaivePlaneEvaluator naive_; // sets the points, restores the model, and is the fallback
    const Split& split_;
    LossKind kind_;
    Freezing freezing_;
    int64_t chunk_ = 1;
    std::string failure_; // why freezing failed or was not tried; empty while it works
};

} // namespace ts
