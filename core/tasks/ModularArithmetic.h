#pragma once
// a ∘ b mod p for ∘ in + − × ÷ (Power et al. 2022). Inputs are token pairs (a, b).
#include "core/tasks/TaskData.h"

namespace ts {

struct ModularArithmeticOptions {
    int64_t p = 67;
    char op = '+';             // '+', '-', '*', '/'
    double trainFraction = 0.4;
    bool symmetricPairs = false; // only pairs a <= b (the grokking demo's setting)
    uint64_t seed = 0;
};

// Deterministic from the seed; throws ConfigError on nonsense (p < 2, ÷ with p not prime, ...).
TaskData makeModularArithmetic(const ModularArithmeticOptions& o);

int64_t modularResult(int64_t a, int64_t b, char op, int64_t p);

} // namespace ts
