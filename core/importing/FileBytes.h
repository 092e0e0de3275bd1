#pragma once
// Reads a whole file into memory; FileError naming the path when it cannot.
#include <string>
#include <vector>

namespace ts {

std::vector<unsigned char> readFileBytes(const std::string& path);

} // namespace ts
