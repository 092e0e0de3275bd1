#pragma once
// What a training run reports: metrics rows as they are measured and the outcome at the end.
// Torch-free (core/train/Trainer.h, core/train/TrainingRun.h).
#include "core/runfile/RunHeader.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ts {

// One evaluation: values in metricNames() order.
struct MetricsRow {
    int64_t step = 0;
    int64_t totalSteps = 0;
    std::vector<double> values;
};

struct TrainOutcome {
    RunStatus status = RunStatus::Running;
    std::string message;
    int64_t lastStep = -1;        // last step whose metrics were recorded
    int64_t checkpoints = 0;
    MetricsRow lastMetrics;
};

} // namespace ts
