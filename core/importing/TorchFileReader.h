#pragma once
// Files written by torch.save (PyTorch ≥ 1.6 zip format; .pt, .pth, .t7, .bin): a zip
// archive with <prefix>/data.pkl (the pickled object) and <prefix>/data/<key> (one entry
// per storage). The pickle is read by SafeUnpickler, so only tensors and plain containers
// load; every tensor found is returned with a name made of the keys and indices leading to
// it ("fc.weight", "model.fc.weight", "train.0"). Scalars and strings are skipped.
#include "core/importing/TensorRecord.h"

#include <memory>
#include <string>
#include <vector>

namespace ts {

class FileBuffer;

std::vector<TensorRecord> readTorchFile(const std::string& path); // memory-mapped
std::vector<TensorRecord> parseTorchFile(const std::string& path, std::vector<unsigned char> bytes);
std::vector<TensorRecord> parseTorchFile(const std::string& path, std::shared_ptr<const FileBuffer> file);

} // namespace ts
