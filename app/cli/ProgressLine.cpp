#include "app/cli/ProgressLine.h"

#include <unistd.h>

#include <cmath>

namespace ts::cli {

ProgressLine::ProgressLine(std::FILE* out, std::vector<std::string> metricNames)
    : out_(out), names_(std::move(metricNames)), tty_(isatty(fileno(out)) != 0),
      start_(std::chrono::steady_clock::now()), lastPrint_(start_ - std::chrono::seconds(1))
{
}

void ProgressLine::update(int64_t step, int64_t total, const std::vector<double>& values)
{
    std::string tail;
    char buf[128];
    for (std::size_t i = 0; i < names_.size() && i < values.size(); ++i) {
        const auto& n = names_[i];
        if (n == "train_loss" || n == "train_acc" || n == "test_acc" || n == "test_loss") {
            std::snprintf(buf, sizeof buf, " %s %.4g", n.c_str(), values[i]);
            tail += buf;
        }
    }
    const double fraction = total > 0 ? double(step) / double(total) : 1.0;
    print(fraction, "step " + std::to_string(step) + "/" + std::to_string(total), tail, step == total);
}

void ProgressLine::update(double fraction, const std::string& label, bool newStage)
{
    print(fraction, label.empty() ? "progress" : label, {}, newStage || fraction >= 1.0);
}

void ProgressLine::print(double fraction, const std::string& label, const std::string& tail, bool force)
{
    const auto now = std::chrono::steady_clock::now();
    const int decile = static_cast<int>(fraction * 10.0);
    // A new stage on a pipe waits a second, so a message per checkpoint cannot flood a log.
    const bool due = tty_ ? force || now - lastPrint_ > std::chrono::milliseconds(100)
                          : decile != lastDecile_ || (force && now - lastPrint_ >= std::chrono::seconds(1));
    if (!due)
        return;
    lastPrint_ = now;
    lastDecile_ = decile;
    const double elapsed = std::chrono::duration<double>(now - start_).count();
    const double eta = fraction > 0 ? elapsed * (1.0 - fraction) / fraction : 0.0;
    char buf[128];
    std::snprintf(buf, sizeof buf, " %3.0f%%  ETA %4.0fs ", fraction * 100.0, std::ceil(eta));
    const std::string line = label + buf + tail;
    if (tty_) {
        std::fprintf(out_, "\r\033[K%s", line.c_str());
        printedInline_ = true;
    } else {
        std::fprintf(out_, "%s\n", line.c_str());
    }
    std::fflush(out_);
}

void ProgressLine::finish()
{
    if (printedInline_)
        std::fprintf(out_, "\n");
    printedInline_ = false;
    std::fflush(out_);
}

} // namespace ts::cli
