#include "widgets/jobs/BackgroundTask.h"

#include "widgets/jobs/QtFeedback.h"

#include "core/Error.h"

namespace ts::widgets {

BackgroundTask::BackgroundTask(QString title, QObject* parent)
    : QObject(parent), title_(std::move(title)), feedback_(std::make_unique<QtFeedback>(100))
{
    connect(feedback_.get(), &QtFeedback::progressChanged, this, &BackgroundTask::progress, Qt::QueuedConnection);
}

BackgroundTask::~BackgroundTask() { cancelAndWait(); }

void BackgroundTask::cancel() { feedback_->cancel(); }

void BackgroundTask::setPaused(bool paused) { feedback_->setPaused(paused); }

void BackgroundTask::setPace(double stepsPerSecond) { feedback_->setPace(stepsPerSecond); }

void BackgroundTask::cancelAndWait()
{
    cancel();
    if (thread_.joinable())
        thread_.join();
}

void BackgroundTask::start(std::function<void(ts::Feedback&)> work)
{
    if (running_ || thread_.joinable())
        return; // a task runs once
    running_ = true;
    thread_ = std::thread([this, work = std::move(work)] {
        Outcome outcome = Outcome::Done;
        QString message;
        try {
            work(*feedback_);
        } catch (const ts::Cancelled&) {
            outcome = Outcome::Cancelled;
            message = tr("%1 cancelled").arg(title_);
        } catch (const std::exception& e) {
            outcome = Outcome::Failed;
            message = QString::fromStdString(e.what());
        }
        // Dropped by Qt when the task is destroyed before the event loop gets to it.
        QMetaObject::invokeMethod(this, [this, outcome, message] {
            running_ = false;
            if (thread_.joinable())
                thread_.join();
            Q_EMIT finished(outcome, message);
        }, Qt::QueuedConnection);
    });
}

} // namespace ts::widgets
