// Fuzz target: whole torch.save files (zip archive, zip64 records, pickle, storages).
#include "core/Error.h"
#include "core/importing/TorchFileReader.h"

#include <cstddef>
#include <cstdint>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size)
{
    try {
        for (const auto& r : ts::parseTorchFile("fuzz.pt", std::vector<unsigned char>(data, data + size))) {
            const auto a = r.toHostArray();
            volatile std::size_t sink = a.bytes.size();
            (void)sink;
        }
    } catch (const ts::Error&) {
    }
    return 0;
}
