#pragma once
// A pickle interpreter restricted to what torch.save's state dicts and tensor containers
// need. It implements the data opcodes (containers, numbers, strings, memo) and resolves
// GLOBAL / STACK_GLOBAL only against a fixed whitelist: collections.OrderedDict, torch's
// tensor/parameter rebuild functions and torch.*Storage types. Any other global (os.system,
// builtins.eval, ...) is refused when its opcode is read; nothing is ever called or imported,
// the "calls" of whitelisted names are interpreted here.
#include "core/importing/PickleValue.h"

#include <cstddef>
#include <string>

namespace ts {

class SafeUnpickler {
public:
    // Throws ConfigError describing the problem (refused global, unsupported opcode,
    // truncated data) and the byte offset.
    static PickleRef load(const unsigned char* data, std::size_t size);
    static bool isAllowedGlobal(const std::string& module, const std::string& name);
};

} // namespace ts
