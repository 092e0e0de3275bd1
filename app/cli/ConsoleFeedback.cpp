#include "app/cli/ConsoleFeedback.h"

namespace ts::cli {

ConsoleFeedback::ConsoleFeedback(bool quiet, std::string label, std::vector<std::string> metricNames)
    : quiet_(quiet), label_(std::move(label)), line_(stderr, std::move(metricNames))
{
}

ConsoleFeedback::~ConsoleFeedback() { finish(); }

void ConsoleFeedback::showStep(int64_t step, int64_t total, const std::vector<double>& values)
{
    std::lock_guard<std::mutex> lock(mutex_);
    stepping_ = true;
    if (!quiet_)
        line_.update(step, total, values);
}

void ConsoleFeedback::finish()
{
    std::lock_guard<std::mutex> lock(mutex_);
    if (!quiet_)
        line_.finish();
}

void ConsoleFeedback::onProgress(double fraction, const std::string& message)
{
    std::lock_guard<std::mutex> lock(mutex_);
    if (quiet_ || stepping_) // training prints its steps with their metrics instead
        return;
    const bool newStage = message != stage_;
    stage_ = message;
    line_.update(fraction, message.empty() ? label_ : message, newStage);
}

} // namespace ts::cli
