#pragma once
// NumPy arrays: .npy (one array: magic, version, a Python-dict header with descr,
// fortran_order and shape, then the data) and .npz (an uncompressed zip of .npy files, one
// tensor per entry, named after the entry without ".npy").
#include "core/importing/TensorRecord.h"

#include <memory>
#include <string>
#include <vector>

namespace ts {

class FileBuffer;

TensorRecord readNpy(const std::string& path);
TensorRecord parseNpy(const std::string& path, const unsigned char* data, std::size_t size, const std::string& name);
inline TensorRecord parseNpy(const std::string& path, const std::vector<unsigned char>& bytes, const std::string& name)
{
    return parseNpy(path, bytes.data(), bytes.size(), name);
}
std::vector<TensorRecord> readNpz(const std::string& path);
std::vector<TensorRecord> parseNpz(const std::string& path, std::shared_ptr<const FileBuffer> file);

} // namespace ts
