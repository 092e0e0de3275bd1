#pragma once
// Names the rows of a run's split for people: "(12 + 40) = 52" for the modular task (with the
// pair kept for an a×b table), "label +1" otherwise. Torch-free: the CLI's listings and the
// GUI's influence views share it.
#include <cstdint>
#include <string>
#include <vector>

namespace ts {

class RunReader;

struct ExampleTable {
    std::vector<std::string> labels; // one per row of the split: the example as people read it
    // Modular arithmetic: the modulus and each row's operands (0 and empty otherwise).
    int64_t modulus = 0;
    std::vector<int64_t> a, b;
    std::vector<std::string> targets; // each row's label as text ("52", "+1", "0.25")
};

// FileError / ConfigError when the run has no such split.
ExampleTable describeSplit(const RunReader& run, const std::string& split);

} // namespace ts
