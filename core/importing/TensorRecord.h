#pragma once
// One named tensor as read from a checkpoint or data file, before conversion: its element
// type, shape and row-major little-endian bytes. Torch-free, so every reader can use it.
#include "core/HostArray.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ts {

enum class ElemType { F64, F32, F16, BF16, I64, I32, I16, I8, U8, Bool };

const char* elemTypeName(ElemType t); // safetensors spelling: "F32", "BF16", "BOOL", ...
std::size_t elemTypeSize(ElemType t);
bool elemTypeFromSafetensors(const std::string& name, ElemType& out);

struct TensorRecord {
    std::string name;
    ElemType type = ElemType::F32;
    std::vector<int64_t> shape;
    std::vector<unsigned char> bytes; // numel() * elemTypeSize(type)

    int64_t numel() const;
    bool isFloatingPoint() const;
    // Every element as float32 (F64 rounds, F16/BF16 widen exactly, integers convert).
    std::vector<float> toFloat32() const;
    // float32 (F32/F16/BF16), float64 (F64) or int64 (integers and booleans): the types a run
    // file stores for data.
    HostArray toHostArray() const;
};

// Exact IEEE half and bfloat16 → float conversions.
float halfToFloat(uint16_t h);
float bfloat16ToFloat(uint16_t b);

} // namespace ts
