#include "core/HostArray.h"

namespace ts {

std::size_t dtypeSize(DType t)
{
    switch (t) {
    case DType::Float32: return 4;
    case DType::Float64: return 8;
    case DType::Int64: return 8;
    }
    return 0;
}

const char* dtypeName(DType t)
{
    switch (t) {
    case DType::Float32: return "float32";
    case DType::Float64: return "float64";
    case DType::Int64: return "int64";
    }
    return "?";
}

int64_t HostArray::numel() const
{
    int64_t n = 1;
    for (int64_t d : shape)
        n *= d;
    return n;
}

HostArray HostArray::zeros(DType dtype, std::vector<int64_t> shape)
{
    HostArray a;
    a.dtype = dtype;
    a.shape = std::move(shape);
    a.bytes.assign(static_cast<std::size_t>(a.numel()) * dtypeSize(dtype), 0);
    return a;
}

std::string shapeToString(const std::vector<int64_t>& shape)
{
    std::string s = "[";
    for (std::size_t i = 0; i < shape.size(); ++i) {
        if (i)
            s += ", ";
        s += std::to_string(shape[i]);
    }
    return s + "]";
}

} // namespace ts
