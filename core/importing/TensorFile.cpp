#include "core/importing/TensorFile.h"

#include "core/Error.h"
#include "core/importing/FileBuffer.h"
#include "core/importing/LittleEndian.h"
#include "core/importing/NpyReader.h"
#include "core/importing/SafetensorsReader.h"
#include "core/importing/TorchFileReader.h"
#include "core/importing/ZipArchive.h"

#include <algorithm>
#include <filesystem>

namespace fs = std::filesystem;

namespace ts {

std::vector<TensorRecord> readTensorFile(const std::string& path)
{
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
        std::vector<std::string> files;
        for (const auto& e : fs::directory_iterator(path, ec))
            if (e.is_regular_file() && e.path().extension() == ".npy")
                files.push_back(e.path().string());
        if (files.empty())
            throw FileError(path, "is a directory without .npy files");
        std::sort(files.begin(), files.end());
        std::vector<TensorRecord> out;
        for (const auto& f : files)
            out.push_back(readNpy(f));
        return out;
    }
    auto file = FileBuffer::map(path);
    const unsigned char* b = file->data();
    const std::size_t n = file->size();
    const std::string ext = fs::path(path).extension().string();
    if (n >= 6 && b[0] == 0x93 && b[1] == 'N')
        return {parseNpy(path, b, n, fs::path(path).stem().string())};
    if (ext == ".npz")
        return readNpz(path);
    if (ext == ".safetensors" || (n > 9 && b[8] == '{' && !ZipArchive::looksLikeZip(b, n)))
        return parseSafetensors(path, b, n);
    return parseTorchFile(path, std::move(file));
}

} // namespace ts
