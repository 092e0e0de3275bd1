#pragma once
// Questions about a run's checkpoints that need no model: which index a step names, whether two
// runs can be compared, whether results will be approximate. Torch-free, for the GUI.
#include <cstdint>
#include <string>

namespace ts {

class RunReader;

// Index of a checkpoint given as a step number, "first" or "last"; ConfigError naming the
// available steps when the run has no such checkpoint.
int64_t checkpointIndex(const RunReader& run, const std::string& step);

// ConfigError unless both runs have the same architecture and parameter shapes.
void requireSameArchitecture(const RunReader& a, const RunReader& b);

// The LoadedRun::warning text for a run alone (builds its model, but reads no data): for `info`
// and the run browser. Empty when results are exact.
std::string bufferWarning(const RunReader& run);

} // namespace ts
