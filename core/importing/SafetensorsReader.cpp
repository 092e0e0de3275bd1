#include "core/importing/SafetensorsReader.h"

#include "core/Error.h"
#include "core/JsonValue.h"
#include "core/importing/FileBuffer.h"
#include "core/importing/LittleEndian.h"

namespace ts {

std::vector<TensorRecord> readSafetensors(const std::string& path)
{
    const auto file = FileBuffer::map(path);
    return parseSafetensors(path, file->data(), file->size());
}

std::vector<TensorRecord> parseSafetensors(const std::string& path, const unsigned char* bytes, std::size_t size)
{
    if (size < 8)
        throw FileError(path, "not a safetensors file (" + std::to_string(size) +
                                  " bytes, shorter than the 8-byte header length)");
    const uint64_t headerLen = readLittleEndian<uint64_t>(bytes);
    if (headerLen > size - 8)
        throw FileError(path, "truncated or not a safetensors file (the header claims " + std::to_string(headerLen) +
                                  " bytes, the file has " + std::to_string(size - 8) + " after the length)");
    const std::string header(reinterpret_cast<const char*>(bytes + 8), std::size_t(headerLen));
    JsonValue root;
    try {
        root = JsonValue::parse(header);
    } catch (const ConfigError& e) {
        throw FileError(path, std::string("not a safetensors file: the header is not valid JSON (") + e.what() + ")");
    }
    if (!root.isObject())
        throw FileError(path, "not a safetensors file: the header is not a JSON object");
    const std::size_t dataStart = 8 + std::size_t(headerLen);
    const uint64_t dataSize = size - dataStart;

    std::vector<TensorRecord> out;
    for (const auto& member : root.members()) {
        // Named references, not a structured binding: C++17 lambdas cannot capture those (clang).
        const std::string& name = member.first;
        const JsonValue& entry = member.second;
        if (name == "__metadata__")
            continue;
        auto bad = [&](const std::string& what) { return FileError(path, "tensor '" + name + "': " + what); };
        const JsonValue* dtype = entry.find("dtype");
        const JsonValue* shape = entry.find("shape");
        const JsonValue* offsets = entry.find("data_offsets");
        if (!dtype || !dtype->isString() || !shape || !shape->isArray() || !offsets || !offsets->isArray())
            throw bad("the header entry needs 'dtype', 'shape' and 'data_offsets'");
        TensorRecord r;
        r.name = name;
        if (!elemTypeFromSafetensors(dtype->string(), r.type))
            throw bad("unsupported dtype '" + dtype->string() +
                      "' (supported: F64, F32, F16, BF16, I64, I32, I16, I8, U8, BOOL)");
        uint64_t numel = 1;
        for (const auto& d : shape->items()) {
            if (!d.isInteger() || d.integer() < 0)
                throw bad("the shape holds something other than non-negative integers");
            r.shape.push_back(d.integer());
            if (d.integer() != 0 && numel > (uint64_t(1) << 56) / uint64_t(d.integer()))
                throw bad("the shape is too large");
            numel *= uint64_t(d.integer());
        }
        if (offsets->items().size() != 2 || !offsets->items()[0].isInteger() || !offsets->items()[1].isInteger())
            throw bad("'data_offsets' must be two integers");
        const int64_t begin = offsets->items()[0].integer(), end = offsets->items()[1].integer();
        if (begin < 0 || end < begin)
            throw bad("'data_offsets' [" + std::to_string(begin) + ", " + std::to_string(end) + "] is not a byte range");
        if (uint64_t(end) > dataSize)
            throw bad("data ends at byte " + std::to_string(end) + " but the file holds only " +
                      std::to_string(dataSize) + " data bytes (truncated?)");
        const uint64_t expected = numel * elemTypeSize(r.type);
        if (uint64_t(end - begin) != expected)
            throw bad("holds " + std::to_string(end - begin) + " bytes, but " + dtype->string() + " " +
                      shapeToString(r.shape) + " needs " + std::to_string(expected));
        r.bytes.assign(bytes + dataStart + std::size_t(begin), bytes + dataStart + std::size_t(end));
        out.push_back(std::move(r));
    }
    return out;
}

} // namespace ts
