#pragma once
// Adapts the core's Feedback (called on a worker thread) to a Qt signal on the receiver's
// thread, throttled so a fast loop cannot flood the GUI's event queue.
#include "core/Feedback.h"

#include <QElapsedTimer>
#include <QObject>

#include <mutex>

namespace ts::widgets {

class QtFeedback : public QObject, public ts::Feedback {
    Q_OBJECT
public:
    explicit QtFeedback(int minIntervalMs = 100, QObject* parent = nullptr);

Q_SIGNALS:
    // Queued to the receiver; fraction in [0, 1].
    void progressChanged(double fraction, const QString& message);

protected:
    void onProgress(double fraction, const std::string& message) override;

private:
    std::mutex mutex_;
    QElapsedTimer sinceLast_;
    int minIntervalMs_;
};

} // namespace ts::widgets
