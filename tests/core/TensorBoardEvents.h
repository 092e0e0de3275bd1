#pragma once
// A TensorBoard event-file generator that follows the published format (TFRecord framing
// with masked CRC-32C around Event protocol buffers), for the import tests.
#include "core/importing/Checksums.h"

#include <cstdint>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

namespace ts::test::events {

inline void putLe(std::vector<unsigned char>& b, const void* v, std::size_t n)
{
    const auto* p = static_cast<const unsigned char*>(v);
    b.insert(b.end(), p, p + n);
}

inline void varint(std::string& s, uint64_t v)
{
    while (v >= 0x80) {
        s += char((v & 0x7F) | 0x80);
        v >>= 7;
    }
    s += char(v);
}
inline void key(std::string& s, int field, int wire) { varint(s, uint64_t(field) << 3 | uint64_t(wire)); }
inline void lengthDelimited(std::string& s, int field, const std::string& body)
{
    key(s, field, 2);
    varint(s, body.size());
    s += body;
}
template <typename T> inline void fixed(std::string& s, int field, T v)
{
    key(s, field, sizeof(T) == 8 ? 1 : 5);
    char raw[sizeof(T)];
    std::memcpy(raw, &v, sizeof(T));
    s.append(raw, sizeof(T));
}

// Event { wall_time = 1, step = 2, summary = 5 { value = 1 { tag = 1, simple_value = 2 } } }
inline std::string simpleEvent(int64_t step, const std::string& tag, float value)
{
    std::string v, summary, e;
    lengthDelimited(v, 1, tag);
    fixed(v, 2, value);
    lengthDelimited(summary, 1, v);
    fixed(e, 1, 1.7e9 + double(step));
    key(e, 2, 0);
    varint(e, uint64_t(step));
    lengthDelimited(e, 5, summary);
    return e;
}

// The TF2 form: Value { tag = 1, tensor = 8 { dtype = 1 (DT_DOUBLE = 2), double_val = 6 } },
// step written after the summary.
inline std::string tensorEvent(int64_t step, const std::string& tag, double value)
{
    std::string tensor, v, summary, e;
    key(tensor, 1, 0);
    varint(tensor, 2);
    std::string packed;
    char raw[8];
    std::memcpy(raw, &value, 8);
    packed.append(raw, 8);
    lengthDelimited(tensor, 6, packed);
    lengthDelimited(v, 1, tag);
    lengthDelimited(v, 8, tensor);
    lengthDelimited(summary, 1, v);
    lengthDelimited(e, 5, summary);
    key(e, 2, 0);
    varint(e, uint64_t(step));
    return e;
}

inline void record(std::vector<unsigned char>& file, const std::string& data)
{
    const uint64_t len = data.size();
    const uint32_t lenCrc = maskedCrc32c(&len, 8), dataCrc = maskedCrc32c(data.data(), data.size());
    putLe(file, &len, 8);
    putLe(file, &lenCrc, 4);
    file.insert(file.end(), data.begin(), data.end());
    putLe(file, &dataCrc, 4);
}

inline std::vector<unsigned char> eventFile()
{
    std::vector<unsigned char> f;
    std::string version;
    fixed(version, 1, 1.7e9);
    lengthDelimited(version, 3, "brain.Event:2"); // file_version: no summary
    record(f, version);
    for (int64_t s = 0; s < 5; ++s) {
        record(f, simpleEvent(s * 10, "loss/train", 1.0f / float(s + 3)));
        if (s % 2 == 0)
            record(f, tensorEvent(s * 10, "accuracy", 0.1 * double(s) + 1e-12));
    }
    return f;
}

inline void writeEventFile(const std::string& path, const std::vector<unsigned char>& b)
{
    std::ofstream(path, std::ios::binary).write(reinterpret_cast<const char*>(b.data()), std::streamsize(b.size()));
}

} // namespace ts::test::events
