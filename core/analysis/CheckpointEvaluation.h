#pragma once
// Loss and accuracy of a run's checkpoints on its splits, each checkpoint with its own
// parameters and buffers (BatchNorm statistics), in the model's current mode: what
// `trainscope evaluate` prints and what a recorded run's own metrics are checked against.
#include "core/Feedback.h"
#include "core/analysis/RunModel.h"

#include <map>
#include <string>
#include <vector>

namespace ts {

struct CheckpointEvaluation {
    int64_t step = 0;
    std::map<std::string, std::pair<double, double>> splits; // name → (loss, accuracy)
};

// indices: checkpoint indices; splits empty = all. The model's state is restored afterwards.
std::vector<CheckpointEvaluation> evaluateCheckpoints(const RunReader& run, LoadedRun& loaded,
                                                      const std::vector<int64_t>& indices,
                                                      std::vector<std::string> splits = {},
                                                      Feedback* feedback = nullptr);

} // namespace ts
