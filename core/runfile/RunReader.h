#pragma once
// Reads a run file lazily: opening reads the schema and small metadata only; parameter data
// is read per checkpoint and parameter on request. Opens in SWMR-read mode so a run that is
// still being written (or whose writer was killed) can be read; refresh() picks up growth.
// Any malformed, truncated or foreign file gives a FileError naming the file and the problem.
#include "core/runfile/RunHeader.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace ts {

struct MetricSeries {
    std::vector<int64_t> steps;
    std::vector<double> values;
};

class RunReader {
public:
    explicit RunReader(const std::string& path);
    ~RunReader();
    RunReader(const RunReader&) = delete;
    RunReader& operator=(const RunReader&) = delete;

    const std::string& path() const;
    int64_t formatVersion() const;
    std::string creator() const;

    const KeyValues& config() const;
    std::string configValue(const std::string& key, const std::string& fallback = {}) const;
    const std::string& modelArch() const;
    const KeyValues& modelSpec() const;
    const std::vector<ParamInfo>& params() const;
    int64_t parameterCount() const;
    const std::string& lossKind() const;

    // Format version 2 stores model buffers (e.g. BatchNorm running statistics) with every
    // checkpoint; version 1 files have none (their models use the buffers they were built
    // or saved with).
    bool storesBuffers() const;
    const std::vector<BufferInfo>& buffers() const;

    // Runs of arch "torchscript" carry their model as /model/torchscript (uint8 [n]).
    bool hasModelScript() const;
    std::vector<unsigned char> readModelScript() const;

    std::vector<std::string> splitNames() const;
    SplitData readSplit(const std::string& name) const;

    const std::vector<std::string>& metricNames() const;
    MetricSeries readMetric(const std::string& name) const;

    // Steps of the complete checkpoints (those whose data is all written).
    std::vector<int64_t> checkpointSteps() const;
    int64_t checkpointCount() const;
    // index in [0, checkpointCount()); paramIndex into params().
    std::vector<float> readParam(int64_t checkpoint, std::size_t paramIndex) const;
    // All parameters of one checkpoint concatenated in params() order.
    std::vector<float> readCheckpointFlat(int64_t checkpoint) const;
    // Every buffer of one checkpoint, in buffers() order (float32 or int64, shaped as the
    // buffer). Empty for files that store no buffers.
    std::vector<HostArray> readBuffers(int64_t checkpoint) const;

    bool hasRouting() const;
    RoutingShape routingShape() const;
    std::vector<int64_t> routingSteps() const;
    HostArray readRouting(int64_t index) const; // float32 [samples, layers, experts]

    RunStatus status() const;
    std::string statusMessage() const;

    // Re-reads the sizes of growing datasets (for following a run being written).
    void refresh();

private:
    struct Impl;
    std::unique_ptr<Impl> d_;
};

} // namespace ts
