#pragma once
// A plain n-d array in host memory: what crosses the boundary between the run file and the
// rest of the program without pulling LibTorch headers into code that does not need them.
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

namespace ts {

enum class DType { Float32, Float64, Int64 };

std::size_t dtypeSize(DType t);
const char* dtypeName(DType t);

struct HostArray {
    DType dtype = DType::Float32;
    std::vector<int64_t> shape;
    std::vector<unsigned char> bytes; // row-major, size = numel * dtypeSize

    int64_t numel() const;
    template <typename T> T* data() { return reinterpret_cast<T*>(bytes.data()); }
    template <typename T> const T* data() const { return reinterpret_cast<const T*>(bytes.data()); }

    static HostArray zeros(DType dtype, std::vector<int64_t> shape);
};

std::string shapeToString(const std::vector<int64_t>& shape);

} // namespace ts
