#pragma once
// A progress line on a terminal: a label, percent, ETA and (for training) the key metrics.
// Rewrites one line on a TTY (at most every 100 ms); on a pipe or log file prints a line
// every 10%, and when the caller says a new stage began (at most one a second).
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

namespace ts::cli {

class ProgressLine {
public:
    explicit ProgressLine(std::FILE* out, std::vector<std::string> metricNames = {});
    // Training: "step 120/1000  12%  ETA   8s  train_loss 0.31 ...".
    void update(int64_t step, int64_t total, const std::vector<double>& values);
    // Anything else: "<label>  12%  ETA   8s"; newStage prints at once (also on a pipe).
    void update(double fraction, const std::string& label, bool newStage = false);
    void finish();

private:
    void print(double fraction, const std::string& label, const std::string& tail, bool force);

    std::FILE* out_;
    std::vector<std::string> names_;
    bool tty_;
    int lastDecile_ = -1;
    std::chrono::steady_clock::time_point start_, lastPrint_;
    bool printedInline_ = false;
};

} // namespace ts::cli
