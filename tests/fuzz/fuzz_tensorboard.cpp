// Fuzz target: TensorBoard event files. The first byte chooses the input's role: the whole
// file (TFRecord framing fuzzed), or the payload of records with valid CRCs (mutations then
// reach the Event / Summary / TensorProto parser). In the second case the bytes are split at
// every "\xff\xfe" into several records.
#include "FuzzSupport.h"

#include "core/Error.h"
#include "core/importing/TensorBoardReader.h"

#include <cstddef>
#include <cstdint>
#include <cstring>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size)
{
    if (size < 1)
        return 0;
    std::vector<unsigned char> bytes;
    if (data[0] & 1) {
        std::size_t start = 1;
        for (std::size_t i = 1; i + 1 < size; ++i)
            if (data[i] == 0xff && data[i + 1] == 0xfe) {
                ts::fuzz::appendRecord(bytes, data + start, i - start);
                start = i + 2;
            }
        ts::fuzz::appendRecord(bytes, data + start, size - start);
    } else {
        bytes.assign(data + 1, data + size);
    }
    try {
        const auto events = ts::parseEventFile("fuzz.tfevents", bytes);
        volatile std::size_t sink = events.size();
        (void)sink;
    } catch (const ts::Error&) {
    }
    return 0;
}
