#pragma once
// Shared by the fuzz targets: building well-framed containers (zip, TFRecord) around fuzzed
// bytes, so that mutations reach the parsers behind the CRC checks, and a per-process temp
// file for readers that only take a path.
#include "core/importing/Checksums.h"

#include <cstdint>
#include <cstdio>
#include <string>
#include <unistd.h>
#include <utility>
#include <vector>

namespace ts::fuzz {

inline void put16(std::vector<unsigned char>& b, uint32_t v)
{
    b.push_back(uint8_t(v));
    b.push_back(uint8_t(v >> 8));
}
inline void put32(std::vector<unsigned char>& b, uint32_t v)
{
    put16(b, v & 0xFFFF);
    put16(b, v >> 16);
}
inline void put64(std::vector<unsigned char>& b, uint64_t v)
{
    put32(b, uint32_t(v));
    put32(b, uint32_t(v >> 32));
}

// An uncompressed zip archive (what torch.save and numpy.savez write) of the given entries.
inline std::vector<unsigned char>
makeZip(const std::vector<std::pair<std::string, std::vector<unsigned char>>>& entries)
{
    std::vector<unsigned char> out, dir;
    for (const auto& [name, data] : entries) {
        const uint32_t crc = crc32Ieee(data.data(), data.size());
        const uint32_t local = uint32_t(out.size());
        put32(out, 0x04034b50);
        put16(out, 20), put16(out, 0), put16(out, 0), put16(out, 0), put16(out, 0);
        put32(out, crc), put32(out, uint32_t(data.size())), put32(out, uint32_t(data.size()));
        put16(out, uint32_t(name.size())), put16(out, 0);
        out.insert(out.end(), name.begin(), name.end());
        out.insert(out.end(), data.begin(), data.end());
        put32(dir, 0x02014b50);
        put16(dir, 20), put16(dir, 20), put16(dir, 0), put16(dir, 0), put16(dir, 0), put16(dir, 0);
        put32(dir, crc), put32(dir, uint32_t(data.size())), put32(dir, uint32_t(data.size()));
        put16(dir, uint32_t(name.size())), put16(dir, 0), put16(dir, 0), put16(dir, 0), put16(dir, 0);
        put32(dir, 0), put32(dir, local);
        dir.insert(dir.end(), name.begin(), name.end());
    }
    const uint32_t dirOffset = uint32_t(out.size());
    out.insert(out.end(), dir.begin(), dir.end());
    put32(out, 0x06054b50);
    put16(out, 0), put16(out, 0), put16(out, uint32_t(entries.size())), put16(out, uint32_t(entries.size()));
    put32(out, uint32_t(dir.size())), put32(out, dirOffset), put16(out, 0);
    return out;
}

// One TFRecord (length, masked CRC-32C of the length, data, masked CRC-32C of the data).
inline void appendRecord(std::vector<unsigned char>& out, const unsigned char* data, std::size_t size)
{
    std::vector<unsigned char> len;
    put64(len, size);
    out.insert(out.end(), len.begin(), len.end());
    put32(out, maskedCrc32c(len.data(), len.size()));
    out.insert(out.end(), data, data + size);
    put32(out, maskedCrc32c(data, size));
}

// A file only this process writes (fuzzers may run in parallel jobs), removed at exit.
class TempFile {
public:
    explicit TempFile(const char* suffix) : path_("/tmp/trainscope-fuzz-" + std::to_string(::getpid()) + suffix) {}
    ~TempFile() { std::remove(path_.c_str()); }
    const std::string& write(const uint8_t* data, std::size_t size)
    {
        if (FILE* f = std::fopen(path_.c_str(), "wb")) {
            if (size)
                std::fwrite(data, 1, size, f);
            std::fclose(f);
        }
        return path_;
    }

private:
    std::string path_;
};

} // namespace ts::fuzz
