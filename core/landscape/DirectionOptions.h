#pragma once
// How random landscape directions are drawn and scaled (core/landscape/RandomDirections.h has
// the definitions and the functions); torch-free, for landscape specs.
#include <cstdint>
#include <string>

namespace ts {

enum class DirectionNorm { Filter, Layer, None };
const char* directionNormName(DirectionNorm n);
DirectionNorm directionNormFromName(const std::string& name); // ConfigError

enum class DirectionIgnore { BiasBn, None };

struct RandomDirectionOptions {
    DirectionNorm norm = DirectionNorm::Filter;
    bool includeBiases = false;
    DirectionIgnore ignore = DirectionIgnore::BiasBn;
    uint64_t seed = 0;
};

} // namespace ts
