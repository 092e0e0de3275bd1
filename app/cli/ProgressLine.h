#pragma once
// The training progress line on a terminal: step, percent, ETA and the key metrics.
// Rewrites one line on a TTY; on a pipe or log file prints a line every 10% instead.
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

namespace ts::cli {

class ProgressLine {
public:
    ProgressLine(std::FILE* out, std::vector<std::string> metricNames);
    void update(int64_t step, int64_t total, const std::vector<double>& values);
    void finish();

private:
    std::FILE* out_;
    std::vector<std::string> names_;
    bool tty_;
    int lastDecile_ = -1;
    std::chrono::steady_clock::time_point start_, lastPrint_;
    bool printedInline_ = false;
};

} // namespace ts::cli
