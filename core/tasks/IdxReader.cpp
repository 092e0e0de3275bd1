#include "core/tasks/IdxReader.h"

#include "core/Error.h"
#include "core/HostArray.h"

#include <torch/torch.h>
#include <zlib.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <vector>

namespace ts {

namespace {

// A file's bytes in order, inflated on the fly when the file is gzip (magic 1f 8b), so a
// 26 MB download never needs its 47 MB of pixels twice in memory.
class ByteSource {
public:
    explicit ByteSource(const std::string& path) : path_(path)
    {
        std::error_code ec;
        if (std::filesystem::is_directory(path, ec))
            throw FileError(path, "is a directory, not an IDX file");
        in_.open(path, std::ios::binary);
        if (!in_)
            throw FileError(path, "cannot be opened (missing or not readable)");
        gzip_ = refill() && end_ >= 2 && buf_[0] == 0x1f && buf_[1] == 0x8b;
        if (gzip_) {
            if (inflateInit2(&zs_, 15 + 16) != Z_OK) // 16: gzip wrapper, CRC and length checked
                throw FileError(path, "cannot start gzip decompression");
            zInit_ = true;
        }
    }
    ~ByteSource()
    {
        if (zInit_)
            inflateEnd(&zs_);
    }
    ByteSource(const ByteSource&) = delete;
    ByteSource& operator=(const ByteSource&) = delete;

    // Up to n bytes; fewer only where the data ends.
    std::size_t read(unsigned char* dst, std::size_t n) { return gzip_ ? inflateInto(dst, n) : copyInto(dst, n); }

private:
    bool refill()
    {
        if (pos_ < end_)
            return true;
        if (eof_)
            return false;
        in_.read(reinterpret_cast<char*>(buf_.data()), std::streamsize(buf_.size()));
        if (in_.bad())
            throw FileError(path_, "read error");
        pos_ = 0;
        end_ = std::size_t(in_.gcount());
        eof_ = end_ < buf_.size();
        return end_ > 0;
    }

    std::size_t copyInto(unsigned char* dst, std::size_t n)
    {
        std::size_t got = 0;
        while (got < n && refill()) {
            const std::size_t k = std::min(n - got, end_ - pos_);
            std::memcpy(dst + got, buf_.data() + pos_, k);
            pos_ += k;
            got += k;
        }
        return got;
    }

    std::size_t inflateInto(unsigned char* dst, std::size_t n)
    {
        std::size_t got = 0;
        while (got < n) {
            if (streamEnd_) {
                if (!refill())
                    break;
                inflateReset(&zs_); // gzip allows concatenated members
                streamEnd_ = false;
            }
            const bool more = refill();
            const std::size_t inAvail = more ? end_ - pos_ : 0;
            const std::size_t outAvail = std::min<std::size_t>(n - got, std::numeric_limits<uInt>::max());
            zs_.next_in = buf_.data() + pos_;
            zs_.avail_in = uInt(inAvail);
            zs_.next_out = dst + got;
            zs_.avail_out = uInt(outAvail);
            const int rc = inflate(&zs_, Z_NO_FLUSH);
            pos_ += inAvail - zs_.avail_in;
            got += outAvail - zs_.avail_out;
            if (rc == Z_STREAM_END)
                streamEnd_ = true;
            else if (rc == Z_BUF_ERROR && !more)
                // No input left, the stream not finished and nothing more to give.
                throw FileError(path_, "gzip data ends early (the file is truncated)");
            else if (rc != Z_OK && rc != Z_BUF_ERROR)
                throw FileError(path_, "corrupt gzip data (" +
                                           (zs_.msg ? std::string(zs_.msg) : "zlib error " + std::to_string(rc)) + ")");
        }
        return got;
    }

    std::string path_;
    std::ifstream in_;
    std::array<unsigned char, 1 << 16> buf_{};
    std::size_t pos_ = 0, end_ = 0;
    bool eof_ = false, gzip_ = false, zInit_ = false, streamEnd_ = false;
    z_stream zs_{};
};

struct IdxType {
    unsigned char code;
    const char* name;
    torch::ScalarType dtype;
    std::size_t size;
};

constexpr IdxType kTypes[] = {
    {0x08, "unsigned byte", torch::kUInt8, 1}, {0x09, "signed byte", torch::kInt8, 1},
    {0x0B, "short", torch::kInt16, 2},         {0x0C, "int", torch::kInt32, 4},
    {0x0D, "float", torch::kFloat32, 4},       {0x0E, "double", torch::kFloat64, 8},
};

std::string hexByte(unsigned char b)
{
    const char* digits = "0123456789ABCDEF";
    return std::string("0x") + digits[b >> 4] + digits[b & 15];
}

} // namespace

torch::Tensor readIdx(const std::string& path)
{
    ByteSource src(path);
    std::array<unsigned char, 4> head{};
    const std::size_t h = src.read(head.data(), head.size());
    if (h == 0)
        throw FileError(path, "is empty, not an IDX file");
    if (h < head.size())
        throw FileError(path, "is too short for an IDX header (" + std::to_string(h) + " bytes)");
    if (head[0] != 0 || head[1] != 0)
        throw FileError(path, "is not an IDX file (bad magic: it starts " + hexByte(head[0]) + " " + hexByte(head[1]) +
                                  ", IDX files start 0x00 0x00)");
    const IdxType* type = nullptr;
    for (const auto& t : kTypes)
        if (t.code == head[2])
            type = &t;
    if (!type)
        throw FileError(path, "has unknown IDX data type " + hexByte(head[2]) +
                                  " (expected 0x08 unsigned byte, 0x09 signed byte, 0x0B short, 0x0C int, "
                                  "0x0D float or 0x0E double)");
    const int ndims = head[3];
    if (ndims == 0)
        throw FileError(path, "has an IDX header with no dimensions");

    std::vector<unsigned char> dimBytes(4 * std::size_t(ndims));
    if (src.read(dimBytes.data(), dimBytes.size()) < dimBytes.size())
        throw FileError(path, "ends inside its IDX header (" + std::to_string(ndims) + " dimensions announced)");
    std::vector<int64_t> dims;
    int64_t count = 1;
    bool tooLarge = false;
    for (int i = 0; i < ndims; ++i) {
        const unsigned char* b = &dimBytes[4 * std::size_t(i)];
        const uint32_t v = uint32_t(b[0]) << 24 | uint32_t(b[1]) << 16 | uint32_t(b[2]) << 8 | uint32_t(b[3]);
        if (v > uint32_t(std::numeric_limits<int32_t>::max()))
            throw FileError(path, "has a negative IDX dimension " + std::to_string(int64_t(int32_t(v))) + " (dimension " +
                                      std::to_string(i) + ")");
        dims.push_back(int64_t(v));
        // Checked before multiplying: the product of 255 int32 dimensions overflows int64.
        if (v != 0 && count > kMaxIdxBytes / int64_t(type->size) / int64_t(v))
            tooLarge = true;
        else
            count *= int64_t(v);
    }
    if (tooLarge && count != 0)
        throw FileError(path, "has IDX dimensions " + shapeToString(dims) + " of " + type->name +
                                  ", more than 4 GiB of data; refusing to read it");
    const std::size_t bytes = std::size_t(count) * type->size;

    // Grown as the data arrives: a header that promises gigabytes in a short file costs little.
    std::vector<unsigned char> data;
    std::size_t got = 0;
    while (got < bytes) {
        const std::size_t want = std::min(bytes - got, std::max<std::size_t>(got, std::size_t(1) << 20));
        data.resize(got + want);
        const std::size_t r = src.read(data.data() + got, want);
        got += r;
        if (r < want)
            throw FileError(path, "is truncated: IDX dimensions " + shapeToString(dims) + " of " + type->name + " need " +
                                      std::to_string(bytes) + " data bytes, the file holds " + std::to_string(got));
    }
    unsigned char extra = 0;
    if (src.read(&extra, 1) != 0)
        throw FileError(path, "holds more than the " + std::to_string(bytes) + " data bytes its IDX dimensions " +
                                  shapeToString(dims) + " of " + type->name +
                                  " need (the dimensions do not match the file size)");

    auto out = torch::empty(dims, torch::TensorOptions().dtype(type->dtype));
    if (bytes > 0)
        std::memcpy(out.data_ptr(), data.data(), bytes);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (type->size > 1) {
        auto* p = static_cast<unsigned char*>(out.data_ptr());
        for (std::size_t i = 0; i < bytes; i += type->size)
            std::reverse(p + i, p + i + type->size); // IDX is big-endian
    }
#endif
    return out;
}

} // namespace ts
