#pragma once
// Which steps get a checkpoint: "linear:N" (N evenly spaced), "log:N" (about N log-spaced,
// dense early where grokking runs change fastest), "every:K", or "steps:0,10,100".
// Step 0 and the final step are always included.
#include <cstdint>
#include <string>
#include <vector>

namespace ts {

std::vector<int64_t> checkpointSteps(const std::string& spec, int64_t totalSteps);

} // namespace ts
