#include "core/importing/TensorRecord.h"

#include "core/importing/LittleEndian.h"

#include <cmath>
#include <cstring>

namespace ts {

namespace {
struct TypeInfo {
    ElemType type;
    const char* name;
    std::size_t size;
};
constexpr TypeInfo kTypes[] = {
    {ElemType::F64, "F64", 8},  {ElemType::F32, "F32", 4}, {ElemType::F16, "F16", 2}, {ElemType::BF16, "BF16", 2},
    {ElemType::I64, "I64", 8},  {ElemType::I32, "I32", 4}, {ElemType::I16, "I16", 2}, {ElemType::I8, "I8", 1},
    {ElemType::U8, "U8", 1},    {ElemType::Bool, "BOOL", 1},
};

const TypeInfo& info(ElemType t)
{
    for (const auto& i : kTypes)
        if (i.type == t)
            return i;
    return kTypes[1];
}

// memcpy without the null pointers of empty vectors, which memcpy may not be given even
// for zero bytes (UBSan reports it for empty tensors such as torch.zeros(0, 3)).
void copyBytes(void* to, const void* from, std::size_t n)
{
    if (n)
        std::memcpy(to, from, n);
}

// Element i as double (exact for every supported type except int64 beyond 2^53).
template <typename F> void forEachValue(const TensorRecord& r, F&& f)
{
    const unsigned char* p = r.bytes.data();
    const int64_t n = r.numel();
    const std::size_t s = elemTypeSize(r.type);
    for (int64_t i = 0; i < n; ++i, p += s) {
        switch (r.type) {
        case ElemType::F64: f(i, readLittleEndian<double>(p)); break;
        case ElemType::F32: f(i, double(readLittleEndian<float>(p))); break;
        case ElemType::F16: f(i, double(halfToFloat(readLittleEndian<uint16_t>(p)))); break;
        case ElemType::BF16: f(i, double(bfloat16ToFloat(readLittleEndian<uint16_t>(p)))); break;
        case ElemType::I64: f(i, double(readLittleEndian<int64_t>(p))); break;
        case ElemType::I32: f(i, double(readLittleEndian<int32_t>(p))); break;
        case ElemType::I16: f(i, double(readLittleEndian<int16_t>(p))); break;
        case ElemType::I8: f(i, double(static_cast<int8_t>(*p))); break;
        case ElemType::U8: f(i, double(*p)); break;
        case ElemType::Bool: f(i, *p ? 1.0 : 0.0); break;
        }
    }
}
} // namespace

const char* elemTypeName(ElemType t) { return info(t).name; }
std::size_t elemTypeSize(ElemType t) { return info(t).size; }

bool elemTypeFromSafetensors(const std::string& name, ElemType& out)
{
    for (const auto& i : kTypes)
        if (name == i.name) {
            out = i.type;
            return true;
        }
    return false;
}

float halfToFloat(uint16_t h)
{
    const int sign = (h >> 15) & 1, exp = (h >> 10) & 0x1F, mant = h & 0x3FF;
    float v;
    if (exp == 0)
        v = std::ldexp(float(mant), -24); // subnormal (or zero)
    else if (exp == 31)
        v = mant ? std::nanf("") : INFINITY;
    else
        v = std::ldexp(float(mant | 0x400), exp - 25);
    return sign ? -v : v;
}

float bfloat16ToFloat(uint16_t b)
{
    const uint32_t bits = uint32_t(b) << 16;
    float v;
    std::memcpy(&v, &bits, 4);
    return v;
}

int64_t TensorRecord::numel() const
{
    int64_t n = 1;
    for (int64_t d : shape)
        n *= d;
    return n;
}

bool TensorRecord::isFloatingPoint() const
{
    return type == ElemType::F64 || type == ElemType::F32 || type == ElemType::F16 || type == ElemType::BF16;
}

std::vector<float> TensorRecord::toFloat32() const
{
    std::vector<float> out(static_cast<std::size_t>(numel()));
    if (type == ElemType::F32) {
        copyBytes(out.data(), bytes.data(), out.size() * 4);
        return out;
    }
    forEachValue(*this, [&](int64_t i, double v) { out[std::size_t(i)] = float(v); });
    return out;
}

HostArray TensorRecord::toHostArray() const
{
    const DType dt = type == ElemType::F64 ? DType::Float64 : isFloatingPoint() ? DType::Float32 : DType::Int64;
    HostArray a = HostArray::zeros(dt, shape);
    if (dt == DType::Float64) {
        copyBytes(a.bytes.data(), bytes.data(), a.bytes.size());
    } else if (dt == DType::Float32) {
        const auto f = toFloat32();
        copyBytes(a.bytes.data(), f.data(), a.bytes.size());
    } else if (type == ElemType::I64) {
        copyBytes(a.bytes.data(), bytes.data(), a.bytes.size());
    } else {
        auto* out = a.data<int64_t>();
        forEachValue(*this, [&](int64_t i, double v) { out[i] = int64_t(v); });
    }
    return a;
}

} // namespace ts
