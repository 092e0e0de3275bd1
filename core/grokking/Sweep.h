#pragma once
// Sweeps for teaching: the same training with one setting varied (weight decay, train
// fraction, learning rate, seed), one run after another, each an ordinary run file; then the
// grokking events of each (t50, t90 against the swept value; Omnigrok: time to grok ∝ 1/wd).
// With several seeds every value is trained once per seed, and each value's events are
// stated as mean ± std over its seeds.
#include "core/ComputeDevice.h"
#include "core/Feedback.h"
#include "core/Settings.h"
#include "core/stats/Bootstrap.h"

#include <string>
#include <vector>

namespace ts {

struct SweepMember {
    std::string value;  // the swept setting's value
    std::string seed;   // "" in a sweep without --seeds
    std::string path;   // its run file
    int64_t tMem = -1, t50 = -1, t90 = -1;
    std::string verdict;
};

// One swept value over its seeds. An event's statistics leave out the seeds that never reach
// it: its n says how many did (std with n − 1 in the denominator).
struct SweepPoint {
    std::string value;
    int runs = 0; // members with this value
    SampleSummary tMem, t50, t90;
};

// Writes outDir/<key>=<value>.h5 for each value or, with seeds, outDir/<key>=<value>_seed=<s>.h5
// for each value and seed, training on `device`. ConfigError for an unknown key, no values, or
// seeds in a sweep of the seed itself.
std::vector<SweepMember> runSweep(const Settings& base, const std::string& key, const std::vector<std::string>& values,
                                  const std::string& outDir, Feedback* feedback = nullptr,
                                  const ComputeDevice& device = {}, const std::vector<std::string>& seeds = {});

// A member's file name (seed "" for none), and back: false when `fileName` is not one.
std::string sweepFileName(const std::string& key, const std::string& value, const std::string& seed);
bool parseSweepFileName(const std::string& fileName, std::string& key, std::string& value, std::string& seed);

// The members grouped by value, in the order of each value's first member.
std::vector<SweepPoint> sweepPoints(const std::vector<SweepMember>& members);

} // namespace ts
