#include "app/gui/BackgroundTask.h"

#include "app/gui/QtFeedback.h"

#include "core/Error.h"

namespace ts::app {

BackgroundTask::BackgroundTask(QString title, QObject* parent)
    : QObject(parent), title_(std::move(title)), feedback_(std::make_unique<QtFeedback>(100))
{
    connect(feedback_.get(), &QtFeedback::progressChanged, this,
            [this](double fraction, const QString&) { Q_EMIT progress(fraction); }, Qt::QueuedConnection);
}

BackgroundTask::~BackgroundTask()
{
    cancel();
    if (thread_.joinable())
        thread_.join();
}

void BackgroundTask::cancel() { feedback_->cancel(); }

void BackgroundTask::start(std::function<void(ts::Feedback&)> work)
{
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
        QMetaObject::invokeMethod(this, [this, outcome, message] {
            running_ = false;
            if (thread_.joinable())
                thread_.join();
            Q_EMIT finished(outcome, message);
        }, Qt::QueuedConnection);
    });
}

} // namespace ts::app
