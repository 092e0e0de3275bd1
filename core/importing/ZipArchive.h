#pragma once
// Reads the zip archives that torch.save (since PyTorch 1.6) and numpy.savez write: entries
// stored without compression, found through the central directory (zip64 included). Each
// entry's CRC-32 is checked when it is read, so damaged tensor data is reported, not used.
#include "core/importing/FileBuffer.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace ts {

class ZipArchive {
public:
    struct Entry {
        std::string name;
        uint64_t offset = 0; // of the entry's data in the file
        uint64_t size = 0;
        uint32_t crc = 0;
        uint16_t method = 0;
    };

    // Takes the whole file; FileError naming path when it is not a (readable) zip archive.
    ZipArchive(std::string path, std::shared_ptr<const FileBuffer> file);
    ZipArchive(std::string path, std::vector<unsigned char> bytes);

    static bool looksLikeZip(const unsigned char* data, std::size_t size); // "PK\3\4" at the start
    static bool looksLikeZip(const std::vector<unsigned char>& b) { return looksLikeZip(b.data(), b.size()); }

    const std::vector<Entry>& entries() const { return entries_; }
    const Entry* find(const std::string& name) const;
    // The entry's bytes; FileError when it is compressed, out of bounds or fails its CRC.
    std::vector<unsigned char> read(const Entry& e) const;
    // The same without a copy: a pointer into the archive's bytes, valid while it lives.
    const unsigned char* view(const Entry& e) const;
    const std::string& path() const { return path_; }

private:
    std::string path_;
    std::shared_ptr<const FileBuffer> file_;
    std::vector<Entry> entries_;
};

} // namespace ts
