// Fuzz target: NumPy .npy arrays (magic, version, Python-dict header, data).
#include "core/Error.h"
#include "core/importing/NpyReader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size)
{
    try {
        const auto r = ts::parseNpy("fuzz.npy", data, size, "x");
        const auto a = r.toHostArray();
        volatile std::size_t sink = a.bytes.size();
        (void)sink;
    } catch (const ts::Error&) {
    }
    return 0;
}
