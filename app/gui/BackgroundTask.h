#pragma once
// Runs one long analysis on a worker thread with progress and cooperative cancel, and
// reports back on the GUI thread. The work function fills whatever result the caller
// captured; finished() says whether it succeeded, was cancelled, or failed (with the reason).
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <thread>

namespace ts {
class Feedback;
}

namespace ts::app {

class QtFeedback;

class BackgroundTask : public QObject {
    Q_OBJECT
public:
    enum class Outcome { Done, Cancelled, Failed };
    explicit BackgroundTask(QString title, QObject* parent = nullptr);
    ~BackgroundTask() override; // cancels and joins

    void start(std::function<void(ts::Feedback&)> work);
    void cancel();
    bool isRunning() const { return running_; }
    const QString& title() const { return title_; }

Q_SIGNALS:
    void progress(double fraction);
    void finished(ts::app::BackgroundTask::Outcome outcome, const QString& message);

private:
    QString title_;
    std::unique_ptr<QtFeedback> feedback_;
    std::thread thread_;
    bool running_ = false;
};

} // namespace ts::app
