#pragma once
// Learning rate over steps: constant; linear warm-up then constant; warm-up then cosine decay.
#include "core/Settings.h"

#include <string>

namespace ts {

class LrSchedule {
public:
    // Keys: lr, schedule (constant|warmup|cosine), warmup_steps, min_lr_frac. totalSteps > 0.
    LrSchedule(const Settings& settings, int64_t totalSteps);
    double at(int64_t step) const;
    const std::string& kind() const { return kind_; }

private:
    std::string kind_;
    double lr_, minFrac_;
    int64_t warmup_, total_;
};

} // namespace ts
