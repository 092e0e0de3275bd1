#include "core/importing/NpyReader.h"

#include "core/Error.h"
#include "core/importing/FileBuffer.h"
#include "core/importing/LittleEndian.h"
#include "core/importing/ZipArchive.h"

#include <cctype>
#include <filesystem>

namespace ts {

namespace {
// The value text after 'key': in the header dict, up to the next top-level ',' or '}'.
std::string headerValue(const std::string& header, const std::string& key)
{
    const std::size_t k = header.find("'" + key + "'");
    if (k == std::string::npos)
        return {};
    std::size_t p = header.find(':', k);
    if (p == std::string::npos)
        return {};
    ++p;
    int depth = 0;
    std::size_t q = p;
    for (; q < header.size(); ++q) {
        const char c = header[q];
        if (c == '(' || c == '[')
            ++depth;
        else if (c == ')' || c == ']')
            --depth;
        else if ((c == ',' || c == '}') && depth == 0)
            break;
    }
    std::string v = header.substr(p, q - p);
    const auto a = v.find_first_not_of(" \t"), b = v.find_last_not_of(" \t");
    return a == std::string::npos ? std::string() : v.substr(a, b - a + 1);
}

bool npyType(const std::string& descr, ElemType& t)
{
    struct D {
        const char* code;
        ElemType type;
    };
    static const D kTypes[] = {{"<f8", ElemType::F64}, {"<f4", ElemType::F32}, {"<f2", ElemType::F16},
                               {"<i8", ElemType::I64}, {"<i4", ElemType::I32}, {"<i2", ElemType::I16},
                               {"|i1", ElemType::I8},  {"|u1", ElemType::U8},  {"|b1", ElemType::Bool}};
    for (const auto& d : kTypes)
        if (descr == d.code) {
            t = d.type;
            return true;
        }
    return false;
}
} // namespace

TensorRecord readNpy(const std::string& path)
{
    const auto file = FileBuffer::map(path);
    return parseNpy(path, file->data(), file->size(), std::filesystem::path(path).stem().string());
}

TensorRecord parseNpy(const std::string& path, const unsigned char* bytes, std::size_t size, const std::string& name)
{
    static const unsigned char kMagic[] = {0x93, 'N', 'U', 'M', 'P', 'Y'};
    if (size < 10 || !std::equal(kMagic, kMagic + 6, bytes))
        throw FileError(path, "'" + name + "' is not a NumPy .npy array (no \\x93NUMPY signature)");
    const int major = bytes[6];
    std::size_t headerLen, start;
    if (major == 1) {
        headerLen = readLittleEndian<uint16_t>(bytes + 8);
        start = 10;
    } else if (major == 2 || major == 3) {
        if (size < 12)
            throw FileError(path, "'" + name + "' is truncated");
        headerLen = readLittleEndian<uint32_t>(bytes + 8);
        start = 12;
    } else {
        throw FileError(path, "'" + name + "' uses .npy format version " + std::to_string(major) + ", not 1, 2 or 3");
    }
    if (size - start < headerLen)
        throw FileError(path, "'" + name + "' is truncated (in its header)");
    const std::string header(reinterpret_cast<const char*>(bytes + start), headerLen);
    std::string descr = headerValue(header, "descr");
    if (descr.size() >= 2 && (descr.front() == '\'' || descr.front() == '"'))
        descr = descr.substr(1, descr.size() - 2);
    TensorRecord r;
    r.name = name;
    if (descr == "=f8" || descr == "=f4" || descr == "=i8" || descr == "=i4")
        descr[0] = '<';
    if (!npyType(descr, r.type))
        throw FileError(path, "'" + name + "' has dtype '" + descr +
                                  "', which is not supported (little-endian float64/32/16, int64/32/16/8, uint8, bool)");
    if (headerValue(header, "fortran_order") != "False")
        throw FileError(path, "'" + name + "' is stored in Fortran order; save it with np.ascontiguousarray");
    const std::string shape = headerValue(header, "shape");
    if (shape.size() < 2 || shape.front() != '(' || shape.back() != ')')
        throw FileError(path, "'" + name + "' has no readable shape in its header");
    std::string digits;
    for (std::size_t i = 1; i < shape.size(); ++i) {
        const char c = shape[i];
        if (std::isdigit(static_cast<unsigned char>(c))) {
            digits += c;
        } else if (c == ',' || c == ')') {
            if (!digits.empty()) {
                if (digits.size() > 12)
                    throw FileError(path, "'" + name + "' has an impossible shape " + shape);
                r.shape.push_back(std::stoll(digits));
            }
            digits.clear();
        } else if (c != ' ' && c != 'L') {
            throw FileError(path, "'" + name + "' has an unreadable shape " + shape);
        }
    }
    uint64_t numel = 1;
    for (int64_t d : r.shape)
        if (d != 0 && numel > (uint64_t(1) << 56) / uint64_t(d))
            throw FileError(path, "'" + name + "' has an impossible shape " + shape);
        else
            numel *= uint64_t(d);
    const uint64_t need = uint64_t(r.numel()) * elemTypeSize(r.type), have = size - start - headerLen;
    if (have < need)
        throw FileError(path, "'" + name + "' is truncated (" + std::to_string(have) + " data bytes, " +
                                  shapeToString(r.shape) + " needs " + std::to_string(need) + ")");
    const auto* data = bytes + start + headerLen;
    r.bytes.assign(data, data + need);
    return r;
}

std::vector<TensorRecord> readNpz(const std::string& path) { return parseNpz(path, FileBuffer::map(path)); }

std::vector<TensorRecord> parseNpz(const std::string& path, std::shared_ptr<const FileBuffer> file)
{
    ZipArchive zip(path, std::move(file));
    std::vector<TensorRecord> out;
    for (const auto& e : zip.entries()) {
        std::string name = e.name;
        if (name.size() > 4 && name.compare(name.size() - 4, 4, ".npy") == 0)
            name.resize(name.size() - 4);
        out.push_back(parseNpy(path, zip.view(e), std::size_t(e.size), name));
    }
    return out;
}

} // namespace ts
