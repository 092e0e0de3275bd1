// Fuzz target: the safe unpickler, then the tensor collection of torch files. The input is a
// pickle; it is loaded alone, then as data.pkl of a valid torch.save archive whose storages
// "0" to "3" hold 256 bytes each, so tensor records built by the pickle are materialised.
#include "FuzzSupport.h"

#include "core/Error.h"
#include "core/importing/SafeUnpickler.h"
#include "core/importing/TorchFileReader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size)
{
    try {
        ts::SafeUnpickler::load(data, size);
    } catch (const ts::Error&) {
        return 0;
    }
    std::vector<std::pair<std::string, std::vector<unsigned char>>> entries;
    entries.emplace_back("archive/data.pkl", std::vector<unsigned char>(data, data + size));
    entries.emplace_back("archive/byteorder", std::vector<unsigned char>{'l', 'i', 't', 't', 'l', 'e'});
    for (int k = 0; k < 4; ++k) {
        std::vector<unsigned char> storage(256);
        for (std::size_t i = 0; i < storage.size(); ++i)
            storage[i] = uint8_t(i * 7 + k);
        entries.emplace_back("archive/data/" + std::to_string(k), std::move(storage));
    }
    try {
        for (const auto& r : ts::parseTorchFile("fuzz.pt", ts::fuzz::makeZip(entries))) {
            const auto a = r.toHostArray();
            volatile std::size_t sink = a.bytes.size();
            (void)sink;
        }
    } catch (const ts::Error&) {
    }
    return 0;
}
