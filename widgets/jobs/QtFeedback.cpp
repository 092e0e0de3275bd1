#include "widgets/jobs/QtFeedback.h"

namespace ts::widgets {

QtFeedback::QtFeedback(int minIntervalMs, QObject* parent) : QObject(parent), minIntervalMs_(minIntervalMs) {}

void QtFeedback::onProgress(double fraction, const std::string& message)
{
    {
        std::lock_guard<std::mutex> lock(mutex_);
        const bool final = fraction >= 1.0;
        if (sinceLast_.isValid() && sinceLast_.elapsed() < minIntervalMs_ && !final)
            return;
        sinceLast_.restart();
    }
    Q_EMIT progressChanged(fraction, QString::fromStdString(message));
}

} // namespace ts::widgets
