#include "widgets/charts/EmaSmoother.h"

#include <algorithm>
#include <cmath>

namespace ts::widgets {

EmaSmoother::EmaSmoother(double weight)
    : weight_(std::isfinite(weight) ? std::clamp(weight, 0.0, 0.999) : 0.0) {}

void EmaSmoother::reset() {
    last_ = 0.0;
    decay_ = 1.0;
}

double EmaSmoother::push(double y) {
    if (!std::isfinite(y) || weight_ == 0.0) return y;
    last_ = last_ * weight_ + (1.0 - weight_) * y;
    decay_ *= weight_;
    return last_ / (1.0 - decay_);
}

std::vector<double> EmaSmoother::smooth(const std::vector<double>& y, double weight) {
    EmaSmoother ema(weight);
    if (ema.weight() == 0.0) return y;
    std::vector<double> out(y.size());
    std::transform(y.begin(), y.end(), out.begin(), [&](double v) { return ema.push(v); });
    return out;
}

} // namespace ts::widgets
