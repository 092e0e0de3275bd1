#include "core/train/LrSchedule.h"

#include "core/Error.h"

#include <algorithm>
#include <cmath>

namespace ts {

namespace {
// OneCycleLR's defaults: it starts at max_lr / div_factor and ends at that / final_div_factor.
constexpr double kDivFactor = 25.0, kFinalDivFactor = 1e4;

// OneCycleLR's anneal_strategy='cos': from start to end as pct goes from 0 to 1.
double annealCos(double start, double end, double pct) { return end + (start - end) / 2.0 * (std::cos(M_PI * pct) + 1.0); }
} // namespace

LrSchedule::LrSchedule(const Settings& s, int64_t totalSteps)
    : kind_(s.getString("schedule", "constant")),
      lr_(s.getDouble("lr", 1e-3)),
      minFrac_(s.getDouble("min_lr_frac", 0.0)),
      pctStart_(s.getDouble("pct_start", 0.3)),
      warmup_(s.getInt("warmup_steps", 0)),
      total_(totalSteps)
{
    if (kind_ != "constant" && kind_ != "warmup" && kind_ != "cosine" && kind_ != "onecycle")
        throw ConfigError("schedule '" + kind_ + "' is not constant, warmup, cosine or onecycle");
    if (!(lr_ > 0.0))
        throw ConfigError("lr must be positive");
    if (kind_ == "onecycle") {
        if (warmup_ != 0)
            throw ConfigError("schedule 'onecycle' warms up over pct_start of the steps; warmup_steps does not apply");
        if (!(pctStart_ >= 0.0 && pctStart_ < 1.0))
            throw ConfigError("pct_start must be in [0, 1)");
        // PyTorch divides by the warm-up's length pct_start·steps − 1 (and fails) when it is 0.
        if (pctStart_ * double(totalSteps) == 1.0)
            throw ConfigError("pct_start × steps must not be exactly 1 (a one-step warm-up has no length)");
    } else if (warmup_ < 0 || (kind_ != "constant" && warmup_ > totalSteps)) {
        throw ConfigError("warmup_steps must be between 0 and the number of steps");
    }
    if (kind_ == "warmup" && warmup_ == 0)
        throw ConfigError("schedule 'warmup' needs warmup_steps > 0");
    if (minFrac_ < 0.0 || minFrac_ > 1.0)
        throw ConfigError("min_lr_frac must be in [0, 1]");
}

double LrSchedule::at(int64_t step) const
{
    if (kind_ == "constant")
        return lr_;
    if (kind_ == "onecycle")
        return oneCycle(step);
    if (step < warmup_)
        return lr_ * double(step + 1) / double(warmup_);
    if (kind_ == "warmup")
        return lr_;
    const double span = double(std::max<int64_t>(1, total_ - warmup_));
    const double progress = std::min(1.0, double(step - warmup_) / span);
    return lr_ * (minFrac_ + (1.0 - minFrac_) * 0.5 * (1.0 + std::cos(M_PI * progress)));
}

// torch.optim.lr_scheduler.OneCycleLR(max_lr=lr, total_steps=steps, pct_start, anneal_strategy='cos',
// three_phase=False, div_factor=25, final_div_factor=1e4) after `step` scheduler steps, computed
// as get_lr() does, in the same order of double operations. Momentum is not cycled (as with
// cycle_momentum=False): our optimizers keep their momentum and betas fixed.
double LrSchedule::oneCycle(int64_t step) const
{
    const double initial = lr_ / kDivFactor, minLr = initial / kFinalDivFactor;
    const double warmEnd = pctStart_ * double(total_) - 1.0, end = double(total_ - 1);
    const double s = double(std::min(step, total_)); // PyTorch refuses steps past total_steps
    if (s <= warmEnd)
        return annealCos(initial, lr_, s / warmEnd);
    // The decay starts where the warm-up ended (PyTorch's start_step = the previous end_step).
    return annealCos(lr_, minLr, (s - warmEnd) / (end - warmEnd));
}

} // namespace ts
