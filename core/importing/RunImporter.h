#pragma once
// Builds a run file from artefacts of a training done elsewhere: checkpoint files
// (torch.save state dicts or safetensors), a TorchScript model that evaluates them, a data
// file, and optionally TensorBoard logs whose scalars become the run's metrics.
#include "core/ComputeDevice.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ts {

class Feedback;

struct ImportOptions {
    std::vector<std::string> checkpoints; // one directory, or files
    std::vector<int64_t> steps;           // empty: from the file names
    std::string model;                    // TorchScript file (torch.jit.save)
    std::string data;                     // tensor file with the splits (see DataSplits.h)
    std::string tensorboard;              // optional event file or log directory
    std::string loss = "cross_entropy";   // cross_entropy | logistic | mse
    // Evaluate every checkpoint on every split: metrics <split>_loss and <split>_acc (as the
    // built-in trainer names them, so curves and grokking events work). A TensorBoard tag
    // of the same name takes precedence.
    bool evaluate = true;
    ComputeDevice device;                 // where the model evaluates the checkpoints
    std::string out;                      // the run file to write
};

struct ImportSummary {
    int64_t checkpoints = 0;
    std::vector<int64_t> steps;
    std::vector<std::string> params;
    int64_t parameterCount = 0;
    std::vector<std::string> splits;
    std::vector<std::string> metrics;
};

// Checks the model against the data, then reads, checks and evaluates each checkpoint once,
// writing into OUT.importing, renamed to OUT when all went well (status finished): a failure
// leaves no run file. ConfigError / FileError naming the file and tensor on any mismatch.
ImportSummary importRun(const ImportOptions& options, Feedback* feedback = nullptr);

// A TensorBoard tag as a run-file metric name: '/' (not allowed in names) becomes '_'.
std::string metricNameForTag(const std::string& tag);

} // namespace ts
