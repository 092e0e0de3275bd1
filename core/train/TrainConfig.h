#pragma once
// Everything a training run is made of, as key=value settings (what `--set` edits and the
// run file stores) plus the validated trainer fields. Unknown keys are an error: a typo must
// never silently train with a default.
#include "core/ComputeDevice.h"
#include "core/Settings.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ts {

struct TrainConfig {
    Settings settings;       // task, model and trainer keys as given (after demo defaults)
    std::string task;
    std::string model;
    int64_t steps = 1000;
    int64_t batchSize = 0;   // 0 = full batch
    int64_t evalEvery = 10;
    std::string checkpoints = "log:50";
    uint64_t seed = 0;
    int threads = 0;         // 0 = measured default (core/Runtime.h)
    int64_t routingSamples = 128; // MoE: first N training samples whose routing is recorded
    // "RUN.h5" or "RUN.h5@STEP" (a step, first or last; default last): start from that
    // checkpoint's parameters and buffers instead of the seed's initialisation. The run must
    // have the same architecture. Empty: the seed's initialisation.
    std::string init;
    // Where the model trains. Not a setting: the run file does not record it, and the model is
    // initialised (and minibatches drawn) on the CPU, so a seed means the same run anywhere.
    ComputeDevice device;

    // Validates every key and value; throws ConfigError naming the first problem.
    static TrainConfig fromSettings(const Settings& settings);
    static std::vector<std::string> trainerKeys();
};

} // namespace ts
