#pragma once
// safetensors files: an 8-byte little-endian header length, a JSON header naming each
// tensor's dtype, shape and byte range, then the raw little-endian data. Nothing in the
// format can run code. Every offset is validated against the file.
#include "core/importing/TensorRecord.h"

#include <string>
#include <vector>

namespace ts {

// Tensors in header order. FileError naming the file (and the tensor) when the file is
// truncated, the header is not valid JSON, a dtype is unsupported or a byte range is wrong.
std::vector<TensorRecord> readSafetensors(const std::string& path);
std::vector<TensorRecord> parseSafetensors(const std::string& path, const unsigned char* data, std::size_t size);
inline std::vector<TensorRecord> parseSafetensors(const std::string& path, const std::vector<unsigned char>& bytes)
{
    return parseSafetensors(path, bytes.data(), bytes.size());
}

} // namespace ts
