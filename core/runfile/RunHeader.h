#pragma once
// What a run file holds before the first step: configuration, model, data, metric names.
// Everything here is written when the file is created; afterwards the file only grows.
#include "core/HostArray.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace ts {

using KeyValues = std::vector<std::pair<std::string, std::string>>;

struct ParamInfo {
    std::string name;            // state-dict name, e.g. "W_E" or "layers.0.attn.W_Q"
    std::vector<int64_t> shape;  // the tensor's shape (without the checkpoint axis)
    int64_t numel() const;
};

// A model buffer stored with every checkpoint (format version 2): state that is not a
// parameter but changes the model's function, e.g. BatchNorm running statistics.
struct BufferInfo {
    std::string name;            // state-dict name, e.g. "bn1.running_mean"
    std::vector<int64_t> shape;  // [] for scalar counters such as num_batches_tracked
    DType dtype = DType::Float32; // Float32 (statistics) or Int64 (counters)
    int64_t numel() const;
};

struct SplitData {
    std::string name;   // "train", "test", ...
    HostArray inputs;   // [n, ...]: int64 tokens or float32 features
    HostArray targets;  // [n]: int64 class ids or float32 values/labels
};

// Shape of recorded MoE routing for a fixed sample set: [samples, layers, experts].
struct RoutingShape {
    int64_t samples = 0;
    int64_t layers = 0;
    int64_t experts = 0;
    bool empty() const { return samples == 0 || layers == 0 || experts == 0; }
};

enum class RunStatus : int64_t { Running = 0, Finished = 1, Cancelled = 2, Failed = 3 };
const char* runStatusName(RunStatus s);

struct RunHeader {
    KeyValues config;              // task, model, optimizer, seed... (all values as text)
    std::string modelArch;         // built-in architecture name, e.g. "tickets_mlp", or "torchscript"
    std::vector<unsigned char> modelScript; // arch "torchscript": the torch.jit.save file
    KeyValues modelSpec;           // that architecture's hyperparameters
    std::vector<ParamInfo> params; // in flat-vector order
    std::vector<BufferInfo> buffers; // stored per checkpoint next to the parameters
    std::string lossKind;          // "cross_entropy" | "logistic" | "mse"
    std::vector<SplitData> splits; // evaluation data
    std::vector<std::string> metricNames;
    RoutingShape routing;          // empty: no routing recorded
    std::string creator = "TrainScope";
};

} // namespace ts
