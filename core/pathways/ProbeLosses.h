#pragma once
// What the pathway analyses need besides routing: the per-sample loss of the routing probe
// samples at every routing checkpoint (for the memorised-sample selection) and their labels
// (for colouring experts by specialisation). The probe samples are the first N training
// samples (core/train/Trainer records routing for them).
#include "core/ComputeDevice.h"

#include <cstdint>
#include <vector>

namespace ts {
class Feedback;
class RunReader;
} // namespace ts

namespace ts::pathways {

// Row-major [routing checkpoints, samples]. Rebuilds the run's model: throws ConfigError when
// the run has no built-in model or no parameters at a routing step. Progress and cancel
// (ts::Cancelled) through feedback, polled at every checkpoint. The model runs on `device`.
std::vector<double> probeLosses(const RunReader& run, Feedback* feedback = nullptr, const ComputeDevice& device = {});

// Class ids of the probe samples (int64 targets of the training split); empty when the run
// stores no training split or its targets are not class ids.
std::vector<int64_t> probeLabels(const RunReader& run);

} // namespace ts::pathways
