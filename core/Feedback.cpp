#include "core/Feedback.h"

#include "core/Error.h"

#include <algorithm>
#include <chrono>
#include <thread>

namespace ts {

void Feedback::setProgress(double fraction)
{
    if (!(fraction >= 0.0)) // also catches NaN
        fraction = 0.0;
    fraction = std::min(fraction, 1.0);
    progress_.store(fraction);
    onProgress(fraction, message());
}

void Feedback::setMessage(const std::string& message)
{
    {
        std::lock_guard<std::mutex> lock(messageMutex_);
        message_ = message;
    }
    onProgress(progress_.load(), message);
}

std::string Feedback::message() const
{
    std::lock_guard<std::mutex> lock(messageMutex_);
    return message_;
}

void Feedback::waitWhilePaused() const
{
    while (isPaused() && !isCancelled())
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
}

double Feedback::pace() const
{
    const double own = pace_.load();
    return own > 0 || !parent_ ? own : parent_->pace();
}

void Feedback::waitForPace(std::chrono::steady_clock::time_point since) const
{
    // Short sleeps, re-reading the pace: a cancel or a new pace takes effect at once.
    using Clock = std::chrono::steady_clock;
    for (;;) {
        const double p = pace();
        if (!(p > 0) || isCancelled())
            return;
        const auto due = since + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(1.0 / p));
        const auto now = Clock::now();
        if (now >= due)
            return;
        std::this_thread::sleep_for(std::min<Clock::duration>(due - now, std::chrono::milliseconds(20)));
    }
}

void Feedback::throwIfCancelled() const
{
    if (isCancelled())
        throw Cancelled();
}

void ScaledFeedback::onProgress(double fraction, const std::string&)
{
    if (parent_)
        parent_->setProgress(from_ + (to_ - from_) * fraction);
}

} // namespace ts
