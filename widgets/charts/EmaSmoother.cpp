#include "widgets/charts/EmaSmoother.h"

#include <algorithm>
#include <cmath>

namespace ts {

EmaSmoother::EmaSmoother(double weight)
    : m_weight(std::isfinite(weight) ? std::clamp(weight, 0.0, 0.999) : 0.0) {}

void EmaSmoother::reset() {
    m_last = 0.0;
    m_decay = 1.0;
}

double EmaSmoother::push(double y) {
    if (!std::isfinite(y) || m_weight == 0.0) return y;
    m_last = m_last * m_weight + (1.0 - m_weight) * y;
    m_decay *= m_weight;
    return m_last / (1.0 - m_decay);
}

std::vector<double> EmaSmoother::smooth(const std::vector<double>& y, double weight) {
    EmaSmoother ema(weight);
    if (ema.weight() == 0.0) return y;
    std::vector<double> out(y.size());
    std::transform(y.begin(), y.end(), out.begin(), [&](double v) { return ema.push(v); });
    return out;
}

} // namespace ts
