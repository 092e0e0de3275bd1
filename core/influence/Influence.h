#pragma once
// Training-data attribution of a recorded run: TracIn over checkpoints, and influence functions
// (EK-FAC, conjugate gradients, the exact Hessian) at one checkpoint. Torch-free, so the GUI can
// call it from a worker thread. Formulas, papers and sign convention: docs/influence.md.
#include "core/ComputeDevice.h"
#include "core/Feedback.h"
#include "core/influence/InfluenceResult.h"

namespace ts {

class RunReader;

// Scores every row of options.trainSplit against row options.testIndex of options.testSplit
// (or their self-influences when testIndex = -1). ConfigError for nonsense options (unknown
// split, row out of range, a model too large for the exact Hessian); progress in [0, 1] and
// cancel (ts::Cancelled, within about a second) through feedback.
InfluenceScores computeInfluence(const RunReader& run, const InfluenceOptions& options, Feedback* feedback = nullptr,
                                 const ComputeDevice& device = {});

} // namespace ts
