#pragma once
// A Trainer behind a torch-free header: what the GUI's training job needs of it (the run file's
// header, the metric names, the loop) without compiling LibTorch. Same behaviour as Trainer.
#include "core/Feedback.h"
#include "core/runfile/RunHeader.h"
#include "core/train/TrainConfig.h"
#include "core/train/TrainOutcome.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace ts {

class RunWriter;
class Trainer;

class TrainingRun {
public:
    // Builds the task, model and optimizer (throws ConfigError on bad settings).
    explicit TrainingRun(const TrainConfig& config);
    ~TrainingRun();

    const TrainConfig& config() const;
    const std::vector<std::string>& metricNames() const;
    RunHeader runHeader() const;

    using MetricsCallback = std::function<void(const MetricsRow&)>;
    // Trainer::run: to the end, a cancel, or a non-finite loss. writer may be null.
    TrainOutcome run(RunWriter* writer, Feedback* feedback = nullptr, const MetricsCallback& onMetrics = {});

private:
    std::unique_ptr<Trainer> trainer_;
};

} // namespace ts
