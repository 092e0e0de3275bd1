#include "core/train/CheckpointSchedule.h"

#include "core/Error.h"
#include "core/Settings.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace ts {

std::vector<int64_t> checkpointSteps(const std::string& spec, int64_t totalSteps)
{
    if (totalSteps < 0)
        throw ConfigError("steps must be >= 0");
    const auto colon = spec.find(':');
    const std::string kind = spec.substr(0, colon);
    const std::string arg = colon == std::string::npos ? "" : spec.substr(colon + 1);
    const std::string bad = "checkpoints '" + spec + "' is not linear:N, log:N, every:K or steps:a,b,c";
    std::set<int64_t> steps{0, totalSteps};
    if (kind == "steps") {
        Settings s;
        s.set("checkpoints", arg);
        for (int64_t v : s.getIntList("checkpoints", {})) {
            if (v < 0 || v > totalSteps)
                throw ConfigError("checkpoint step " + std::to_string(v) + " is outside 0.." + std::to_string(totalSteps));
            steps.insert(v);
        }
        return {steps.begin(), steps.end()};
    }
    int64_t n = 0;
    if (!parseInt64(arg, n) || n < 1)
        throw ConfigError(bad);
    if (kind == "every") {
        for (int64_t s = 0; s <= totalSteps; s += n)
            steps.insert(s);
    } else if (kind == "linear") {
        for (int64_t i = 0; i < n; ++i)
            steps.insert(n == 1 ? totalSteps : static_cast<int64_t>(std::llround(double(i) * double(totalSteps) / double(n - 1))));
    } else if (kind == "log") {
        // Geometric spacing between 1 and totalSteps; duplicates from rounding merge.
        for (int64_t i = 0; i < n && totalSteps >= 1; ++i) {
            const double e = n == 1 ? 1.0 : double(i) / double(n - 1);
            steps.insert(static_cast<int64_t>(std::llround(std::pow(double(totalSteps), e))));
        }
    } else {
        throw ConfigError(bad);
    }
    return {steps.begin(), steps.end()};
}

} // namespace ts
