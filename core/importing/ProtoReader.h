#pragma once
// Reads protocol-buffer wire format field by field (varint, fixed32/64, length-delimited),
// with bounds checks: the few messages TensorBoard event files hold need no generated code.
#include <cstddef>
#include <cstdint>
#include <string>

namespace ts {

class ProtoReader {
public:
    enum WireType { Varint = 0, Fixed64 = 1, Bytes = 2, Fixed32 = 5 };

    ProtoReader(const unsigned char* data, std::size_t size) : p_(data), end_(data + size) {}

    // Next field's number and wire type; false at the end. Throws ConfigError on malformed data.
    bool next(uint32_t& field, WireType& type);
    uint64_t varint();
    uint32_t fixed32();
    uint64_t fixed64();
    double float64();
    float float32();
    // A length-delimited field: a sub-reader over its bytes, or its bytes as a string.
    ProtoReader message();
    std::string bytes();
    void skip(WireType type);
    bool atEnd() const { return p_ == end_; }

private:
    void need(std::size_t n) const;
    std::size_t length();
    const unsigned char* p_;
    const unsigned char* end_;
};

} // namespace ts
