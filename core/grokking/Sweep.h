#pragma once
// Sweeps for teaching: the same training with one setting varied (weight decay, train
// fraction, learning rate, seed), one run after another, each an ordinary run file; then the
// grokking events of each (t50, t90 against the swept value; Omnigrok: time to grok ∝ 1/wd).
#include "core/ComputeDevice.h"
#include "core/Feedback.h"
#include "core/Settings.h"

#include <string>
#include <vector>

namespace ts {

struct SweepMember {
    std::string value;  // the swept setting's value
    std::string path;   // its run file
    int64_t tMem = -1, t50 = -1, t90 = -1;
    std::string verdict;
};

// Writes outDir/<key>=<value>.h5 for each value, training on `device`. ConfigError for an
// unknown key or no values.
std::vector<SweepMember> runSweep(const Settings& base, const std::string& key, const std::vector<std::string>& values,
                                  const std::string& outDir, Feedback* feedback = nullptr,
                                  const ComputeDevice& device = {});

} // namespace ts
