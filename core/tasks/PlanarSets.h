#pragma once
// 2-D teaching sets: interleaved spirals and Gaussian blobs.
#include "core/tasks/TaskData.h"

namespace ts {

struct PlanarOptions {
    int64_t classes = 2;
    int64_t nTrain = 400;
    int64_t nTest = 400;
    double noise = 0.1;
    uint64_t seed = 0;
};

TaskData makeSpirals(const PlanarOptions& o);
TaskData makeBlobs(const PlanarOptions& o);

} // namespace ts
