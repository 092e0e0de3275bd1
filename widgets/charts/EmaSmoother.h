#pragma once
// TensorBoard's debiased exponential moving average. Stateful so that live curves can be
// extended point by point without re-smoothing the whole history.
#include <vector>

namespace ts::widgets {

class EmaSmoother {
public:
    // weight in [0, 1): 0 = no smoothing. Values >= 1 are clamped to 0.999 (at 1 the
    // debiasing divides by zero).
    explicit EmaSmoother(double weight = 0.0);

    double weight() const { return weight_; }
    void reset();
    // Smoothed value for the next sample; a non-finite y passes through and leaves the
    // state unchanged.
    double push(double y);

    static std::vector<double> smooth(const std::vector<double>& y, double weight);

private:
    double weight_;
    double last_ = 0.0;
    double decay_ = 1.0; // weight^n, kept as a running product
};

} // namespace ts::widgets
