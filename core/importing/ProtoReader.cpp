#include "core/importing/ProtoReader.h"

#include "core/Error.h"
#include "core/importing/LittleEndian.h"

namespace ts {

void ProtoReader::need(std::size_t n) const
{
    if (std::size_t(end_ - p_) < n)
        throw ConfigError("protobuf message is truncated");
}

bool ProtoReader::next(uint32_t& field, WireType& type)
{
    if (p_ == end_)
        return false;
    const uint64_t key = varint();
    field = uint32_t(key >> 3);
    const unsigned t = unsigned(key & 7);
    if (field == 0 || (t != Varint && t != Fixed64 && t != Bytes && t != Fixed32))
        throw ConfigError("protobuf message is malformed (field " + std::to_string(field) + ", wire type " +
                          std::to_string(t) + ")");
    type = WireType(t);
    return true;
}

uint64_t ProtoReader::varint()
{
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        need(1);
        const unsigned char b = *p_++;
        v |= uint64_t(b & 0x7F) << shift;
        if (!(b & 0x80))
            return v;
    }
    throw ConfigError("protobuf varint is longer than 10 bytes");
}

uint32_t ProtoReader::fixed32()
{
    need(4);
    const auto v = readLittleEndian<uint32_t>(p_);
    p_ += 4;
    return v;
}

uint64_t ProtoReader::fixed64()
{
    need(8);
    const auto v = readLittleEndian<uint64_t>(p_);
    p_ += 8;
    return v;
}

double ProtoReader::float64()
{
    need(8);
    const auto v = readLittleEndian<double>(p_);
    p_ += 8;
    return v;
}

float ProtoReader::float32()
{
    need(4);
    const auto v = readLittleEndian<float>(p_);
    p_ += 4;
    return v;
}

std::size_t ProtoReader::length()
{
    const uint64_t n = varint();
    need(n > uint64_t(end_ - p_) ? std::size_t(-1) : std::size_t(n));
    return std::size_t(n);
}

ProtoReader ProtoReader::message()
{
    const std::size_t n = length();
    ProtoReader sub(p_, n);
    p_ += n;
    return sub;
}

std::string ProtoReader::bytes()
{
    const std::size_t n = length();
    std::string s(reinterpret_cast<const char*>(p_), n);
    p_ += n;
    return s;
}

void ProtoReader::skip(WireType type)
{
    switch (type) {
    case Varint: varint(); break;
    case Fixed64: fixed64(); break;
    case Fixed32: fixed32(); break;
    case Bytes: p_ += length(); break;
    }
}

} // namespace ts
