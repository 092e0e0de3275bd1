#include "app/gui/TrainingJob.h"

#include "app/gui/QtFeedback.h"

#include "core/Error.h"
#include "core/runfile/RunWriter.h"
#include "core/train/TrainingRun.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMetaObject>

namespace ts::app {

TrainingJob::TrainingJob(ts::Settings settings, QString outputPath, QObject* parent)
    : QObject(parent), settings_(std::move(settings)), output_(std::move(outputPath)),
      feedback_(std::make_unique<QtFeedback>(100))
{
    // The one place where core progress becomes GUI progress: ETA from the measured pace.
    connect(feedback_.get(), &QtFeedback::progressChanged, this, [this](double fraction, const QString&) {
        const double eta = fraction > 0 ? clock_.elapsed() / 1000.0 * (1.0 - fraction) / fraction : -1.0;
        Q_EMIT progress(fraction, eta, detail_);
    }, Qt::QueuedConnection);
}

TrainingJob::~TrainingJob()
{
    stop();
    if (thread_.joinable())
        thread_.join();
}

void TrainingJob::start()
{
    if (running_)
        return;
    running_ = true;
    clock_.start();
    thread_ = std::thread([this] { work(); });
}

void TrainingJob::setPaused(bool paused) { feedback_->setPaused(paused); }

void TrainingJob::stop() { feedback_->cancel(); }

void TrainingJob::work()
{
    auto report = [this](int status, const QString& message) {
        QMetaObject::invokeMethod(this, [this, status, message] {
            running_ = false;
            if (thread_.joinable())
                thread_.join();
            Q_EMIT finished(status, message);
        }, Qt::QueuedConnection);
    };
    try {
        ts::TrainingRun trainer(ts::TrainConfig::fromSettings(settings_));
        QDir().mkpath(QFileInfo(output_).absolutePath());
        ts::RunWriter writer(output_.toStdString(), trainer.runHeader());
        const QString path = output_;
        QMetaObject::invokeMethod(this, [this, path] { Q_EMIT fileCreated(path); }, Qt::QueuedConnection);
        const qint64 total = trainer.config().steps;
        auto outcome = trainer.run(&writer, feedback_.get(), [&](const ts::MetricsRow& row) {
            // Metrics themselves go to the file, which the views follow; this is the label.
            QString detail = tr("step %1 / %2").arg(row.step).arg(total);
            const auto& names = trainer.metricNames();
            for (std::size_t i = 0; i < names.size() && i < row.values.size(); ++i)
                if (names[i] == "train_acc" || names[i] == "test_acc")
                    detail += QString("   %1 %2").arg(QString::fromStdString(names[i])).arg(row.values[i], 0, 'f', 3);
            QMetaObject::invokeMethod(this, [this, detail] { detail_ = detail; }, Qt::QueuedConnection);
        });
        writer.close();
        report(int(outcome.status), QString::fromStdString(outcome.message));
    } catch (const std::exception& e) {
        report(int(ts::RunStatus::Failed), QString::fromStdString(e.what()));
    }
}

} // namespace ts::app
