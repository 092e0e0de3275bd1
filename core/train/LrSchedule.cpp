#include "core/train/LrSchedule.h"

#include "core/Error.h"

#include <algorithm>
#include <cmath>

namespace ts {

LrSchedule::LrSchedule(const Settings& s, int64_t totalSteps)
    : kind_(s.getString("schedule", "constant")),
      lr_(s.getDouble("lr", 1e-3)),
      minFrac_(s.getDouble("min_lr_frac", 0.0)),
      warmup_(s.getInt("warmup_steps", 0)),
      total_(totalSteps)
{
    if (kind_ != "constant" && kind_ != "warmup" && kind_ != "cosine")
        throw ConfigError("schedule '" + kind_ + "' is not constant, warmup or cosine");
    if (!(lr_ > 0.0))
        throw ConfigError("lr must be positive");
    if (warmup_ < 0 || (kind_ != "constant" && warmup_ > totalSteps))
        throw ConfigError("warmup_steps must be between 0 and the number of steps");
    if (kind_ == "warmup" && warmup_ == 0)
        throw ConfigError("schedule 'warmup' needs warmup_steps > 0");
    if (minFrac_ < 0.0 || minFrac_ > 1.0)
        throw ConfigError("min_lr_frac must be in [0, 1]");
}

double LrSchedule::at(int64_t step) const
{
    if (kind_ == "constant")
        return lr_;
    if (step < warmup_)
        return lr_ * double(step + 1) / double(warmup_);
    if (kind_ == "warmup")
        return lr_;
    const double span = double(std::max<int64_t>(1, total_ - warmup_));
    const double progress = std::min(1.0, double(step - warmup_) / span);
    return lr_ * (minFrac_ + (1.0 - minFrac_) * 0.5 * (1.0 + std::cos(M_PI * progress)));
}

} // namespace ts
