#pragma once
// The checks an import makes before anything is written, shared by RunImporter and the
// import preview: a checkpoint's tensors against the model, the model against the data.
#include "core/importing/TensorRecord.h"
#include "core/runfile/RunHeader.h"

#include <string>
#include <vector>

namespace ts {

class TorchScriptModel;
enum class LossKind;

// The model's parameters taken from one checkpoint file, in the model's order, as float32.
// The state dict may sit under a prefix ("model.", "state_dict.", "module.", ...); a plain
// state dict may hold the model's buffers besides. FileError naming the file and tensor on a
// missing name, an unknown tensor, a shape mismatch or a non-floating-point dtype.
std::vector<std::vector<float>> matchCheckpoint(const std::string& path, const std::vector<TensorRecord>& tensors,
                                                const TorchScriptModel& model);

// The model's buffers (BatchNorm running statistics, counters) from the same checkpoint, in
// the model's buffer order: floating ones as float32, integer ones as int64. A missing
// floating buffer is a FileError (the checkpoint cannot be evaluated without it); a missing
// counter (num_batches_tracked, which eval mode never reads) keeps the model's value.
std::vector<HostArray> matchCheckpointBuffers(const std::string& path, const std::vector<TensorRecord>& tensors,
                                              const TorchScriptModel& model);

// Runs the model on a few examples of each split: ConfigError when the model fails on the
// inputs or its outputs do not fit the loss and targets.
void checkModelOnData(TorchScriptModel& model, const std::vector<SplitData>& splits, LossKind loss,
                      const std::string& dataPath);

} // namespace ts
