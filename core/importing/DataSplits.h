#pragma once
// Turns the tensors of a data file into run splits. A split is a pair of tensors named
// <split><sep><role>, sep one of '.', '_', '/', role "inputs"/"x"/"0" and "targets"/"y"/"1":
// torch.save({"train": (x, y), "test": (x, y)}) gives train.0/train.1, a safetensors or .npz
// file train_x/train_y or train.inputs/train.targets.
#include "core/importing/TensorRecord.h"
#include "core/runfile/RunHeader.h"

#include <string>
#include <vector>

namespace ts {

// Splits in order of first appearance; FileError naming the file when a split misses its
// inputs or targets, the two disagree in length, or no split is found.
std::vector<SplitData> dataSplitsFromTensors(const std::string& path, const std::vector<TensorRecord>& tensors);

} // namespace ts
