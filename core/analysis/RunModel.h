#pragma once
// Rebuilds a run's model and evaluation data from its run file, and reads checkpoints as
// flat parameter vectors: what every analysis of a recorded run starts from.
#include "core/ComputeDevice.h"
#include "core/analysis/BatchNormPolicy.h"
#include "core/analysis/RunCheckpoints.h"
#include "core/models/Model.h"
#include "core/tasks/TaskData.h"

#include <memory>
#include <string>

namespace ts {

class RunReader;

struct LoadedRun {
    std::unique_ptr<Model> model; // in eval mode, with the buffers it was built or saved with
    TaskData data;                // the run's splits as stored (name, loss kind), on the model's device
    // Non-empty when results can only be approximate: a format-1 file whose model has
    // floating buffers (BatchNorm statistics), which the file does not store per checkpoint.
    std::string warning;
};

// The model and data on `device` (ConfigError when this build or machine has no such device).
// Analyses compute where the model is: Model::device().
LoadedRun loadRunModel(const RunReader& run, const ComputeDevice& device = {});

// Checkpoints are read into CPU tensors; Model::setFlatParameters and setBufferValues copy
// them to the model's device.
torch::Tensor checkpointVector(const RunReader& run, int64_t index);
// The checkpoint's buffers in the model's buffer order; empty when the file stores none.
std::vector<torch::Tensor> checkpointBuffers(const RunReader& run, int64_t index);
// Sets the model to the checkpoint: its parameters and, where stored, its buffers.
void applyCheckpoint(const RunReader& run, int64_t index, Model& model);
// Only the buffers part (a no-op for files or models without buffers).
void applyCheckpointBuffers(const RunReader& run, int64_t index, Model& model);
// Buffers for the points between checkpoint ia of a and ib of b (a BatchNorm model's
// statistics per `choice`; nothing for models without buffers). Also sets the model's
// buffers to A's, for analyses that only move the weights.
PointBuffers endpointBuffers(const RunReader& a, int64_t ia, const RunReader& b, int64_t ib, LoadedRun& loaded,
                             const BnChoice& choice);
// The LoadedRun::warning text for this run and model (empty when results are exact).
std::string bufferWarning(const RunReader& run, const Model& model);

// Groups of parameter indices that form one layer or block, in model order: parameters
// share a group when their names agree up to the last '.' ("blocks.0.attn.W_Q" and
// "blocks.0.attn.W_K" → "blocks.0.attn"); a name without '.' is its own group.
struct ParamGroup {
    std::string name;
    std::vector<std::size_t> params;
};
std::vector<ParamGroup> layerGroups(const Model& model);

} // namespace ts
