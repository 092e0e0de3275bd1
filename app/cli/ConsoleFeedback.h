#pragma once
// The Feedback of every long CLI command: progress on stderr through a ProgressLine (nothing
// when quiet), and the cancel that an InterruptGuard sets on Ctrl-C.
#include "app/cli/ProgressLine.h"

#include "core/Feedback.h"

#include <mutex>
#include <string>
#include <vector>

namespace ts::cli {

class ConsoleFeedback : public Feedback {
public:
    // label: what the line says while the work sets no message ("sharpness").
    ConsoleFeedback(bool quiet, std::string label, std::vector<std::string> metricNames = {});
    ~ConsoleFeedback() override;

    // Training's line: step, total and metrics instead of the message.
    void showStep(int64_t step, int64_t total, const std::vector<double>& values);
    // Ends a rewritten terminal line before other output.
    void finish();

protected:
    // Pathways reports from several threads: the line is guarded.
    void onProgress(double fraction, const std::string& message) override;

private:
    bool quiet_;
    std::string label_;
    std::mutex mutex_;
    ProgressLine line_;
    std::string stage_;
    bool stepping_ = false;
};

} // namespace ts::cli
