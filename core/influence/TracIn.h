#pragma once
// TracIn (Pruthi et al. 2020, "Estimating Training Data Influence by Tracing Gradient
// Descent", the checkpoint form TracInCP): score(z, z') = Σ_t η_t ∇ℓ(z, θ_t)·∇ℓ(z', θ_t) over the
// run's checkpoints θ_t, η_t the learning rate logged at the checkpoint's step; self-influence
// Σ_t η_t ‖∇ℓ(z, θ_t)‖². Parameters with a learning-rate multiplier (Model::lrScale) weigh
// their part of the dot product by it.
#include "core/influence/InfluenceResult.h"
#include "core/runfile/RunReader.h"

namespace ts {

class Feedback;
struct LoadedRun;

// The learning rate at a step: the "lr" metric's value at the last logged step at or before it
// (the first logged value before any), or fallback when the run logged none.
double learningRateAt(const MetricSeries& lr, int64_t step, double fallback);

InfluenceScores tracIn(const RunReader& run, LoadedRun& loaded, const InfluenceOptions& options, Feedback* feedback);

} // namespace ts
