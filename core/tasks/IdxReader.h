#pragma once
// IDX files, the format of MNIST and Fashion-MNIST: two zero bytes, a type byte, the number of
// dimensions, each dimension as a big-endian int32, then the elements in row-major order (big
// endian). Read plain or gzip-compressed, told apart by content, not by the file name.
#include <torch/types.h>

#include <cstdint>
#include <string>

namespace ts {

// Larger files are refused rather than allocated: no IDX data set comes near this.
constexpr int64_t kMaxIdxBytes = int64_t(4) << 30;

// A tensor of the file's shape and type: uint8 (0x08), int8 (0x09), int16 (0x0B), int32 (0x0C),
// float32 (0x0D) or float64 (0x0E), in host byte order. Throws FileError naming the file and
// the problem for anything that is not exactly one well-formed IDX array (missing, bad magic,
// unknown type, corrupt or truncated gzip, fewer or more bytes than the dimensions say).
torch::Tensor readIdx(const std::string& path);

} // namespace ts
