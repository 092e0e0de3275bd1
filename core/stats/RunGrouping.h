#pragma once
// Which runs belong together: runs whose configurations differ only in the seed are repeats
// of one experiment.
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace ts {

using ConfigEntries = std::vector<std::pair<std::string, std::string>>;

struct RunGroup {
    std::vector<size_t> members; // indices into the configurations given, in their order
    ConfigEntries shared;        // the configuration the members share (without the ignored keys)
};

// Groups configurations that are equal once `ignored` keys are removed (by default the seed
// and keys that do not change what is computed). Groups come in the order of their first
// member; a run that matches no other is a group of one.
std::vector<RunGroup> groupRuns(const std::vector<ConfigEntries>& configs,
                                const std::vector<std::string>& ignored = {"seed", "threads", "device", "out"});

} // namespace ts
