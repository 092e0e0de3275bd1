#pragma once
// A percentile-bootstrap interval of the loss barrier over the evaluation examples
// (docs/interpolation.md "Uncertainty"): the barrier is a function of the mean-loss curve
// L(α) = (1/n)Σ_i ℓ_i(α); each resample draws n examples with replacement (core/stats/
// Bootstrap.h, the same draw for every α), forms that curve and takes its barrier. torch-free.
#include "core/stats/Bootstrap.h"

#include <cstdint>
#include <vector>

namespace ts {

// exampleLosses[k][i]: the loss of example i at alphas[k]. alphas must contain 0 and 1
// (ConfigError); points outside [0, 1] are not used.
Interval barrierBootstrapInterval(const std::vector<double>& alphas,
                                  const std::vector<std::vector<double>>& exampleLosses, int resamples = 1000,
                                  uint64_t seed = 1);

} // namespace ts
