#pragma once
// Learning rate over steps: constant; linear warm-up then constant; warm-up then cosine decay;
// one-cycle (PyTorch's OneCycleLR).
#include "core/Settings.h"

#include <string>

namespace ts {

class LrSchedule {
public:
    // Keys: lr, schedule (constant|warmup|cosine|onecycle), warmup_steps, min_lr_frac (cosine),
    // pct_start (onecycle). totalSteps > 0.
    LrSchedule(const Settings& settings, int64_t totalSteps);
    // The rate of the update from step to step + 1; at(totalSteps) is the rate logged with the
    // last evaluation (no update follows it).
    double at(int64_t step) const;
    const std::string& kind() const { return kind_; }

private:
    double oneCycle(int64_t step) const;

    std::string kind_;
    double lr_, minFrac_, pctStart_;
    int64_t warmup_, total_;
};

} // namespace ts
