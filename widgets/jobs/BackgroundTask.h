#pragma once
// The one way the GUI runs long work (training, analyses, import and its preview): a worker
// thread with progress, pause and cooperative cancel through a Feedback, reporting back on the
// GUI thread. The work function fills whatever result the caller captured; finished() says
// whether it succeeded, was cancelled (it threw ts::Cancelled) or failed (with the reason).
// A task runs once; destroying it cancels the work and waits for the thread.
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <thread>

namespace ts {
class Feedback;
}

namespace ts::widgets {

class QtFeedback;

class BackgroundTask : public QObject {
    Q_OBJECT
public:
    enum class Outcome { Done, Cancelled, Failed };
    explicit BackgroundTask(QString title, QObject* parent = nullptr);
    ~BackgroundTask() override; // cancels and joins

    void start(std::function<void(ts::Feedback&)> work);
    void cancel();
    void setPaused(bool paused);
    void setPace(double stepsPerSecond); // ts::Feedback::setPace: 0 = unlimited
    bool isRunning() const { return running_; }
    const QString& title() const { return title_; }
    // Cancels and blocks until the work has returned (finished() is still delivered later,
    // unless the task is destroyed first).
    void cancelAndWait();

Q_SIGNALS:
    void progress(double fraction, const QString& message);
    // message: the reason of a failure, or "<title> cancelled".
    void finished(ts::widgets::BackgroundTask::Outcome outcome, const QString& message);

private:
    QString title_;
    std::unique_ptr<QtFeedback> feedback_;
    std::thread thread_;
    bool running_ = false;
};

} // namespace ts::widgets
