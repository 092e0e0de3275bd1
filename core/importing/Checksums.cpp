#include "core/importing/Checksums.h"

#include <array>

namespace ts {

namespace {
using Table = std::array<uint32_t, 256>;

// Reflected table-driven CRC for the polynomial poly (bit-reversed form).
Table makeTable(uint32_t poly)
{
    Table t{};
    for (uint32_t i = 0; i < 256; ++i) {
        uint32_t c = i;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? (c >> 1) ^ poly : c >> 1;
        t[i] = c;
    }
    return t;
}

uint32_t update(const Table& t, const void* data, std::size_t size, uint32_t crc)
{
    const auto* p = static_cast<const unsigned char*>(data);
    crc = ~crc;
    for (std::size_t i = 0; i < size; ++i)
        crc = t[(crc ^ p[i]) & 0xFF] ^ (crc >> 8);
    return ~crc;
}
} // namespace

uint32_t crc32c(const void* data, std::size_t size, uint32_t crc)
{
    static const Table table = makeTable(0x82F63B78u);
    return update(table, data, size, crc);
}

uint32_t maskedCrc32c(const void* data, std::size_t size)
{
    const uint32_t c = crc32c(data, size);
    return ((c >> 15) | (c << 17)) + 0xA282EAD8u;
}

uint32_t crc32Ieee(const void* data, std::size_t size, uint32_t crc)
{
    static const Table table = makeTable(0xEDB88320u);
    return update(table, data, size, crc);
}

} // namespace ts
