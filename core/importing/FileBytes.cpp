#include "core/importing/FileBytes.h"

#include "core/Error.h"

#include <filesystem>
#include <fstream>

namespace ts {

std::vector<unsigned char> readFileBytes(const std::string& path)
{
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        throw FileError(path, "no such file");
    if (std::filesystem::is_directory(path, ec))
        throw FileError(path, "is a directory, not a file");
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in)
        throw FileError(path, "cannot be opened for reading");
    const auto size = static_cast<std::size_t>(in.tellg());
    std::vector<unsigned char> bytes(size);
    in.seekg(0);
    if (size && !in.read(reinterpret_cast<char*>(bytes.data()), std::streamsize(size)))
        throw FileError(path, "cannot be read");
    return bytes;
}

} // namespace ts
