#pragma once
// The training loop: builds the task, model and optimizer from a TrainConfig, trains, and
// streams metrics and checkpoints into a RunWriter. Driven through Feedback (progress,
// pause, cancel) the same way from the GUI, the CLI and tests.
#include "core/Feedback.h"
#include "core/runfile/RunHeader.h"
#include "core/tasks/TaskData.h"
#include "core/train/TrainConfig.h"
#include "core/train/TrainOutcome.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace ts {

class Model;
class RunWriter;

class Trainer {
public:
    // Builds the task, model and optimizer (throws ConfigError on bad settings or a device this
    // build cannot use) and moves the model and data to config.device.
    explicit Trainer(const TrainConfig& config);
    ~Trainer();

    const TrainConfig& config() const { return config_; }
    const TaskData& task() const { return task_; }
    Model& model() { return *model_; }
    const std::vector<std::string>& metricNames() const { return metricNames_; }
    int64_t parameterCount() const;

    // The run file's header for this run (configuration, model, data, metric names).
    RunHeader runHeader() const;

    // Trains to the end or a non-finite loss (the outcome's status says which). writer may be
    // null (no file); its status record is set accordingly. A cancel through feedback throws
    // ts::Cancelled after the status record says so: the file keeps the checkpoints so far.
    using MetricsCallback = std::function<void(const MetricsRow&)>;
    TrainOutcome run(RunWriter* writer, Feedback* feedback = nullptr, const MetricsCallback& onMetrics = {});

    // Sparse training (lottery tickets): one 0/1 mask per parameter tensor, applied to the
    // initial weights and again after every update, so pruned weights stay exactly zero.
    // Call before run(). ConfigError when shapes do not match the model.
    void setMasks(std::vector<torch::Tensor> masks);
    // Starts from these parameters instead of the seed's initialisation (before masking).
    void setInitialParameters(const torch::Tensor& flat);

private:
    // config.init: parameters and buffers from a checkpoint of a run of the same architecture.
    void initialiseFrom(const std::string& source);
    void applyMasks();
    // Polls feedback (may be null) while it evaluates: ts::Cancelled.
    MetricsRow measure(int64_t step, double gradNorm, double lr, double seconds, const torch::Tensor* trainOutputs,
                       const Feedback* feedback);
    void writeCheckpoint(RunWriter& writer, int64_t step);

    TrainConfig config_;
    Settings modelSpec_;
    TaskData task_;
    std::unique_ptr<Model> model_;
    std::vector<torch::Tensor> initialParams_;
    std::vector<std::string> metricNames_;
    std::vector<torch::Tensor> masks_;
};

} // namespace ts
