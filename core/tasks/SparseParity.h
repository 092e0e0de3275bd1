#pragma once
// Sparse parity (Barak et al. 2022): x ∈ {±1}^n, label = parity of k hidden coordinates.
#include "core/tasks/TaskData.h"

namespace ts {

struct SparseParityOptions {
    int64_t bits = 40;
    int64_t k = 3;
    int64_t nTrain = 1000;
    int64_t nTest = 1000;
    uint64_t seed = 0;
};

TaskData makeSparseParity(const SparseParityOptions& o);

} // namespace ts
