#pragma once
// The values SafeUnpickler can build: plain containers and scalars, plus references to
// whitelisted globals, tensor storages and tensors. No Python object can be represented,
// so no pickle can make TrainScope run code.
#include "core/importing/TensorRecord.h"

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace ts {

struct PickleValue;
using PickleRef = std::shared_ptr<PickleValue>;

struct PickleValue {
    enum class Kind { None, Bool, Int, Float, String, Bytes, Tuple, List, Dict, Global, Storage, Tensor };
    Kind kind = Kind::None;
    bool boolean = false;
    int64_t integer = 0;
    double real = 0;
    std::string text;                                   // String, Bytes, Global ("module.name"), Storage key
    std::vector<PickleRef> items;                       // Tuple, List
    std::vector<std::pair<PickleRef, PickleRef>> dict;  // Dict (insertion order)
    // Storage: element type and element count. Tensor: storage (items[0]), offset, sizes, strides.
    ElemType storageType = ElemType::F32;
    int64_t storageNumel = 0;
    int64_t offset = 0;
    std::vector<int64_t> sizes, strides;

    PickleValue() = default;
    PickleValue(const PickleValue&) = delete;
    PickleValue& operator=(const PickleValue&) = delete;
    ~PickleValue(); // frees nested values iteratively: a pickle can nest a million deep

    static PickleRef make(Kind k)
    {
        auto v = std::make_shared<PickleValue>();
        v->kind = k;
        return v;
    }
};

} // namespace ts
