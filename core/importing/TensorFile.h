#pragma once
// Reads the named tensors of any supported file, picking the format from its content:
// torch.save zip (.pt/.pth/.t7/.bin), safetensors, .npy, .npz, or a directory of .npy files.
#include "core/importing/TensorRecord.h"

#include <string>
#include <vector>

namespace ts {

std::vector<TensorRecord> readTensorFile(const std::string& path);

} // namespace ts
