#pragma once
// Small HDF5 helpers the landscape files need on top of runfile/H5Handle: opening a file
// read-only with a clear FileError, and numeric datasets read/written as double. torch-free.
#include "core/runfile/H5Handle.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ts::h5 {

// Opens an existing HDF5 file read-only; FileError when it is missing, not HDF5 or damaged.
Handle openReadOnly(const std::string& path);
// Whether `parent` has a link (group or dataset) called name (no path separators).
bool hasLink(Id parent, const std::string& name);
bool isGroup(Id parent, const std::string& name);
// A numeric dataset converted to double; shape receives its dimensions.
std::vector<double> readDoubles(Id parent, const std::string& name, const std::string& file,
                                const std::string& objPath, std::vector<int64_t>* shape = nullptr);
void writeDoubles(Id parent, const std::string& name, const std::vector<double>& values,
                  const std::vector<int64_t>& shape, const std::string& file);
void writeInt64s(Id parent, const std::string& name, const std::vector<int64_t>& values, const std::string& file);
std::vector<int64_t> readInt64s(Id parent, const std::string& name, const std::string& file, const std::string& objPath);

} // namespace ts::h5
