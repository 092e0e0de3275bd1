#include "core/importing/ZipArchive.h"

#include "core/Error.h"
#include "core/importing/Checksums.h"
#include "core/importing/LittleEndian.h"

namespace ts {

namespace {
constexpr uint32_t kLocalHeader = 0x04034b50, kCentralHeader = 0x02014b50, kEnd = 0x06054b50,
                   kEnd64Locator = 0x07064b50, kEnd64 = 0x06064b50;
} // namespace

bool ZipArchive::looksLikeZip(const unsigned char* data, std::size_t size)
{
    return size >= 4 && readLittleEndian<uint32_t>(data) == kLocalHeader;
}

ZipArchive::ZipArchive(std::string path, std::vector<unsigned char> bytes)
    : ZipArchive(std::move(path), FileBuffer::own(std::move(bytes)))
{
}

ZipArchive::ZipArchive(std::string path, std::shared_ptr<const FileBuffer> file) : path_(std::move(path)), file_(std::move(file))
{
    const unsigned char* bytes = file_->data();
    const std::size_t size = file_->size();
    auto u16 = [&](std::size_t at) { return readLittleEndian<uint16_t>(bytes + at); };
    auto u32 = [&](std::size_t at) { return readLittleEndian<uint32_t>(bytes + at); };
    auto u64 = [&](std::size_t at) { return readLittleEndian<uint64_t>(bytes + at); };
    auto corrupt = [&](const std::string& what) {
        return FileError(path_, "the zip archive is truncated or corrupted (" + what + ")");
    };

    // The end-of-central-directory record: 22 bytes plus a comment of up to 65535 bytes.
    if (size < 22)
        throw corrupt("no end-of-archive record");
    std::size_t end = size - 22;
    const std::size_t lowest = size > 22 + 65535 ? size - 22 - 65535 : 0;
    while (u32(end) != kEnd) {
        if (end == lowest)
            throw corrupt("no end-of-archive record");
        --end;
    }
    uint64_t count = u16(end + 10);
    uint64_t dirSize = u32(end + 12);
    uint64_t dirOffset = u32(end + 16);
    if (end >= 20 && u32(end - 20) == kEnd64Locator) {
        const uint64_t at = u64(end - 20 + 8);
        if (at > size || size - at < 56 || u32(std::size_t(at)) != kEnd64)
            throw corrupt("bad zip64 end record");
        count = u64(std::size_t(at) + 32);
        dirSize = u64(std::size_t(at) + 40);
        dirOffset = u64(std::size_t(at) + 48);
    }
    if (dirOffset > size || dirSize > size - dirOffset)
        throw corrupt("the central directory lies outside the file");

    std::size_t p = std::size_t(dirOffset);
    const std::size_t dirEnd = std::size_t(dirOffset + dirSize);
    for (uint64_t i = 0; i < count; ++i) {
        if (dirEnd - p < 46 || u32(p) != kCentralHeader)
            throw corrupt("bad central directory entry " + std::to_string(i));
        Entry e;
        e.method = u16(p + 10);
        e.crc = u32(p + 16);
        uint64_t compressed = u32(p + 20), uncompressed = u32(p + 24);
        const std::size_t nameLen = u16(p + 28), extraLen = u16(p + 30), commentLen = u16(p + 32);
        uint64_t local = u32(p + 42);
        if (dirEnd - p - 46 < nameLen + extraLen + commentLen)
            throw corrupt("bad central directory entry " + std::to_string(i));
        e.name.assign(reinterpret_cast<const char*>(bytes + p + 46), nameLen);
        // zip64 extra field: the 64-bit values of the fields saturated at 0xFFFFFFFF, in order.
        for (std::size_t x = p + 46 + nameLen, xEnd = x + extraLen; x + 4 <= xEnd;) {
            const uint16_t id = u16(x), len = u16(x + 2);
            if (x + 4 + len > xEnd)
                break;
            if (id == 0x0001) {
                std::size_t f = x + 4;
                auto take = [&](uint64_t& v) {
                    if (v == 0xFFFFFFFFu && f + 8 <= x + 4 + len) {
                        v = u64(f);
                        f += 8;
                    }
                };
                take(uncompressed);
                take(compressed);
                take(local);
            }
            x += 4 + len;
        }
        e.size = e.method == 0 ? uncompressed : compressed;
        if (local > size || size - local < 30 || u32(std::size_t(local)) != kLocalHeader)
            throw corrupt("entry '" + e.name + "' has no local header");
        e.offset = local + 30 + u16(std::size_t(local) + 26) + u16(std::size_t(local) + 28);
        if (e.offset > size || e.size > size - e.offset)
            throw corrupt("entry '" + e.name + "' extends past the end of the file");
        entries_.push_back(std::move(e));
        p += 46 + nameLen + extraLen + commentLen;
    }
}

const ZipArchive::Entry* ZipArchive::find(const std::string& name) const
{
    for (const auto& e : entries_)
        if (e.name == name)
            return &e;
    return nullptr;
}

std::vector<unsigned char> ZipArchive::read(const Entry& e) const
{
    const unsigned char* begin = view(e);
    return std::vector<unsigned char>(begin, begin + e.size);
}

const unsigned char* ZipArchive::view(const Entry& e) const
{
    if (e.method != 0)
        throw FileError(path_, "archive entry '" + e.name + "' is compressed (method " + std::to_string(e.method) +
                                   "); only uncompressed archives (torch.save, numpy.savez) are supported");
    const auto* begin = file_->data() + e.offset;
    if (crc32Ieee(begin, std::size_t(e.size)) != e.crc)
        throw FileError(path_, "archive entry '" + e.name + "' fails its CRC check (the file is corrupted)");
    return begin;
}

} // namespace ts
