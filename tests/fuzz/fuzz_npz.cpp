// Fuzz target: NumPy .npz archives. The first byte chooses the input's role: the whole
// archive (zip structure fuzzed), or one .npy entry inside a valid archive (the CRC then
// matches, so mutations reach the .npy parser through the archive path).
#include "FuzzSupport.h"

#include "core/Error.h"
#include "core/importing/FileBuffer.h"
#include "core/importing/NpyReader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size)
{
    if (size < 1)
        return 0;
    std::vector<unsigned char> bytes(data + 1, data + size);
    if (data[0] & 1)
        bytes = ts::fuzz::makeZip({{"x.npy", bytes}, {"y.npy", bytes}});
    try {
        for (const auto& r : ts::parseNpz("fuzz.npz", ts::FileBuffer::own(std::move(bytes)))) {
            const auto a = r.toHostArray();
            volatile std::size_t sink = a.bytes.size();
            (void)sink;
        }
    } catch (const ts::Error&) {
    }
    return 0;
}
