#pragma once
// Writes one run to an HDF5 file in SWMR mode (single writer, multiple readers).
// Every dataset exists before the first append and then only grows, so readers can follow
// the run while it trains and a writer killed at any moment leaves a file that opens with
// every flushed checkpoint intact. Layout: docs/run-format.md.
#include "core/runfile/RunHeader.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace ts {

class RunWriter {
public:
    // Creates (truncates) the file, writes the header, creates every growing dataset and
    // switches to SWMR write mode. Throws FileError naming the path on failure.
    RunWriter(const std::string& path, const RunHeader& header);
    ~RunWriter();
    RunWriter(const RunWriter&) = delete;
    RunWriter& operator=(const RunWriter&) = delete;

    // One value per header.metricNames entry, same order. Flushed before returning.
    void appendMetrics(int64_t step, const std::vector<double>& values);
    // One pointer per header.params entry, each to numel() contiguous floats, and one per
    // header.buffers entry, each to numel() contiguous values of that buffer's dtype (float
    // or int64_t). Parameter and buffer data is written and flushed before the step, so a
    // reader never sees a step without its data.
    void appendCheckpoint(int64_t step, const std::vector<const float*>& params,
                          const std::vector<const void*>& buffers = {});
    // samples*layers*experts floats, row-major. Only when header.routing is not empty.
    void appendRouting(int64_t step, const float* weights);
    // Rewrites the status record (in place: SWMR allows no new objects or attributes).
    void setStatus(RunStatus status, const std::string& message);

    void close();
    bool isOpen() const;
    const std::string& path() const;
    int64_t checkpointCount() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d_;
};

} // namespace ts
