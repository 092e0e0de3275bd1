#pragma once
// λ_max and the Hutchinson trace of a model's loss on each of K disjoint batches of a split
// (core/stats/DisjointBatches.h), for `sharpness --batches K`.
#include "core/analysis/BatchSpread.h"
#include "core/analysis/HessianEigen.h"
#include "core/analysis/TraceResult.h"
#include "core/tasks/TaskData.h"

#include <optional>

namespace ts {

class Feedback;
class Model;

// eigen.k is taken as 1 and eigen.subset / trace->subset as given; the trace only when asked.
// The batches are drawn with `seed`, the bootstrap too. ConfigError unless 2 ≤ K ≤ the split's
// size; Cancelled through feedback.
BatchSpread sharpnessOverBatches(Model& model, const Split& split, LossKind kind, int64_t K, uint64_t seed,
                                 EigenOptions eigen, const std::optional<TraceOptions>& trace,
                                 Feedback* feedback = nullptr);

} // namespace ts
