#include "core/train/TrainingRun.h"

#include "core/train/Trainer.h"

namespace ts {

TrainingRun::TrainingRun(const TrainConfig& config) : trainer_(std::make_unique<Trainer>(config)) {}

TrainingRun::~TrainingRun() = default;

const TrainConfig& TrainingRun::config() const { return trainer_->config(); }

const std::vector<std::string>& TrainingRun::metricNames() const { return trainer_->metricNames(); }

RunHeader TrainingRun::runHeader() const { return trainer_->runHeader(); }

TrainOutcome TrainingRun::run(RunWriter* writer, Feedback* feedback, const MetricsCallback& onMetrics)
{
    return trainer_->run(writer, feedback, onMetrics);
}

} // namespace ts
