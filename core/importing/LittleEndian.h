#pragma once
// Reading little-endian integers and floats from unaligned bytes (all the binary formats
// imported here are little-endian; the machines TrainScope runs on are too).
#include <cstdint>
#include <cstring>
#include <type_traits>

namespace ts {

template <typename T> T readLittleEndian(const unsigned char* p)
{
    static_assert(std::is_trivially_copyable_v<T>);
    T v;
    std::memcpy(&v, p, sizeof(T));
    return v;
}

} // namespace ts
