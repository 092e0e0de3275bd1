// Fuzz target: the JSON reader (safetensors headers, settings). Malformed text must give a
// ConfigError; anything else (a crash, a sanitizer report, another exception) is a bug.
#include "core/Error.h"
#include "core/JsonValue.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace {
std::size_t touch(const ts::JsonValue& v)
{
    std::size_t n = v.string().size() + std::size_t(v.isInteger() ? v.integer() & 1 : 0);
    for (const auto& i : v.items())
        n += touch(i);
    for (const auto& [k, m] : v.members())
        n += k.size() + touch(m);
    return n;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size)
{
    try {
        const auto v = ts::JsonValue::parse(std::string(reinterpret_cast<const char*>(data), size));
        volatile std::size_t sink = touch(v);
        (void)sink;
    } catch (const ts::Error&) {
    }
    return 0;
}
