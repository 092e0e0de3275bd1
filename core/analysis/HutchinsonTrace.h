#pragma once
// Hutchinson's trace estimator with Rademacher probes: tr H = E[zᵀHz], z_i = ±1.
#include "core/analysis/Objective.h"
#include "core/analysis/TraceResult.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ts {

class Feedback;

// Throws ConfigError (minProbes < 1 or > maxProbes, negative or NaN relativeError, bad
// subset) and Cancelled through feedback.
TraceResult hutchinsonTrace(Objective& objective, const TraceOptions& options = {}, Feedback* feedback = nullptr);

} // namespace ts
