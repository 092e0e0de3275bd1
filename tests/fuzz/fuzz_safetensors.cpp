// Fuzz target: safetensors files (header length, JSON header, byte ranges).
#include "core/Error.h"
#include "core/importing/SafetensorsReader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size)
{
    try {
        for (const auto& r : ts::parseSafetensors("fuzz.safetensors", data, size)) {
            const auto a = r.toHostArray(); // every element converted: reads all of r.bytes
            volatile std::size_t sink = a.bytes.size();
            (void)sink;
        }
    } catch (const ts::Error&) {
    }
    return 0;
}
