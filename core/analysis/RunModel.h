#pragma once
// Rebuilds a run's model and evaluation data from its run file, and reads checkpoints as
// flat parameter vectors: what every analysis of a recorded run starts from.
#include "core/models/Model.h"
#include "core/tasks/TaskData.h"

#include <memory>
#include <string>

namespace ts {

class RunReader;

struct LoadedRun {
    std::unique_ptr<Model> model;
    TaskData data; // the run's splits as stored (name, loss kind)
};

LoadedRun loadRunModel(const RunReader& run);

// Index of a checkpoint given as a step number, "first" or "last"; ConfigError naming the
// available steps when the run has no such checkpoint.
int64_t checkpointIndex(const RunReader& run, const std::string& step);
torch::Tensor checkpointVector(const RunReader& run, int64_t index);

// ConfigError unless both runs have the same architecture and parameter shapes.
void requireSameArchitecture(const RunReader& a, const RunReader& b);

// Groups of parameter indices that form one layer or block, in model order: parameters
// share a group when their names agree up to the last '.' ("blocks.0.attn.W_Q" and
// "blocks.0.attn.W_K" → "blocks.0.attn"); a name without '.' is its own group.
struct ParamGroup {
    std::string name;
    std::vector<std::size_t> params;
};
std::vector<ParamGroup> layerGroups(const Model& model);

} // namespace ts
