#include "core/stats/RunGrouping.h"

#include <algorithm>

namespace ts {

std::vector<RunGroup> groupRuns(const std::vector<ConfigEntries>& configs, const std::vector<std::string>& ignored)
{
    std::vector<RunGroup> groups;
    for (size_t i = 0; i < configs.size(); ++i) {
        ConfigEntries key;
        for (const auto& kv : configs[i])
            if (std::find(ignored.begin(), ignored.end(), kv.first) == ignored.end())
                key.push_back(kv);
        std::sort(key.begin(), key.end());
        auto it = std::find_if(groups.begin(), groups.end(), [&](const RunGroup& g) { return g.shared == key; });
        if (it == groups.end())
            groups.push_back({{i}, key});
        else
            it->members.push_back(i);
    }
    return groups;
}

} // namespace ts
