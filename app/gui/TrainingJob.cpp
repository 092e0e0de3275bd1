#include "app/gui/TrainingJob.h"

#include "widgets/jobs/BackgroundTask.h"

#include "core/Error.h"
#include "core/runfile/RunWriter.h"
#include "core/train/TrainingRun.h"

#include <QDir>
#include <QFileInfo>
#include <QMetaObject>

namespace ts::app {

TrainingJob::TrainingJob(ts::Settings settings, QString outputPath, QObject* parent)
    : QObject(parent), settings_(std::move(settings)), output_(std::move(outputPath)),
      task_(new widgets::BackgroundTask(QStringLiteral("training"), this))
{
    // The one place where core progress becomes GUI progress: ETA from the measured pace.
    connect(task_, &widgets::BackgroundTask::progress, this, [this](double fraction, const QString&) {
        const double eta = fraction > 0 ? clock_.elapsed() / 1000.0 * (1.0 - fraction) / fraction : -1.0;
        Q_EMIT progress(fraction, eta, detail_);
    });
    connect(task_, &widgets::BackgroundTask::finished, this,
            [this](widgets::BackgroundTask::Outcome outcome, const QString& message) {
                using Outcome = widgets::BackgroundTask::Outcome;
                const auto status = outcome == Outcome::Done        ? ts::RunStatus::Finished
                                    : outcome == Outcome::Cancelled ? ts::RunStatus::Cancelled
                                                                    : ts::RunStatus::Failed;
                Q_EMIT finished(int(status), message);
            });
}

// The worker reads settings_ and output_: it must end before they go, not with the children.
TrainingJob::~TrainingJob() { task_->cancelAndWait(); }

bool TrainingJob::isRunning() const { return task_->isRunning(); }

void TrainingJob::setPaused(bool paused) { task_->setPaused(paused); }

void TrainingJob::setPace(double stepsPerSecond) { task_->setPace(stepsPerSecond); }

void TrainingJob::stop() { task_->cancel(); }

void TrainingJob::start()
{
    if (task_->isRunning())
        return;
    clock_.start();
    task_->start([this](ts::Feedback& feedback) {
        ts::TrainingRun trainer(ts::TrainConfig::fromSettings(settings_));
        QDir().mkpath(QFileInfo(output_).absolutePath());
        ts::RunWriter writer(output_.toStdString(), trainer.runHeader());
        const QString path = output_;
        QMetaObject::invokeMethod(this, [this, path] { Q_EMIT fileCreated(path); }, Qt::QueuedConnection);
        const qint64 total = trainer.config().steps;
        // A cancel throws ts::Cancelled with the run file's status record already written.
        const auto outcome = trainer.run(&writer, &feedback, [&](const ts::MetricsRow& row) {
            // Metrics themselves go to the file, which the views follow; this is the label.
            QString detail = tr("step %1 / %2").arg(row.step).arg(total);
            const auto& names = trainer.metricNames();
            for (std::size_t i = 0; i < names.size() && i < row.values.size(); ++i)
                if (names[i] == "train_acc" || names[i] == "test_acc")
                    detail += QString("   %1 %2").arg(QString::fromStdString(names[i])).arg(row.values[i], 0, 'f', 3);
            QMetaObject::invokeMethod(this, [this, detail] { detail_ = detail; }, Qt::QueuedConnection);
        });
        writer.close();
        if (outcome.status == ts::RunStatus::Failed)
            throw ts::Error(outcome.message);
    });
}

} // namespace ts::app
