#include "app/gui/TrainingController.h"

#include "app/gui/MainWindow.h"
#include "app/gui/RunDocument.h"
#include "app/gui/RunRegistry.h"
#include "app/gui/TrainingJob.h"
#include "widgets/training/TrainingProgressPanel.h"

#include "core/runfile/RunHeader.h"

#include <QFileInfo>

namespace ts::app {

TrainingController::TrainingController(MainWindow& window) : QObject(&window), window_(window)
{
    auto& panel = window_.progressPanel();
    connect(&panel, &widgets::TrainingProgressPanel::pauseToggled, this, [this](bool paused) {
        if (job_)
            job_->setPaused(paused);
        window_.logInfo(paused ? tr("Training paused") : tr("Training resumed"));
    });
    connect(&panel, &widgets::TrainingProgressPanel::paceChanged, this, [this](double pace) {
        if (job_)
            job_->setPace(pace);
    });
    connect(&panel, &widgets::TrainingProgressPanel::stopRequested, this, [this] {
        if (job_)
            job_->stop();
    });
}

TrainingController::~TrainingController() = default;

bool TrainingController::isRunning() const { return job_ && job_->isRunning(); }

bool TrainingController::start(const ts::Settings& settings, const QString& outputPath)
{
    if (isRunning()) {
        window_.showError(tr("Training is running"), tr("Stop the current training run before starting another."));
        return false;
    }
    job_ = std::make_unique<TrainingJob>(settings, outputPath);
    auto* job = job_.get();
    auto& panel = window_.progressPanel();
    panel.start(QFileInfo(outputPath).fileName());
    window_.setActivity(tr("Training %1").arg(QFileInfo(outputPath).fileName()));
    connect(job, &TrainingJob::fileCreated, this, [this](const QString& path) {
        window_.logInfo(tr("Training into %1").arg(path));
        window_.registry().open(path, true);
    });
    connect(job, &TrainingJob::progress, &panel, &widgets::TrainingProgressPanel::setProgress);
    connect(job, &TrainingJob::finished, this, [this, &panel](int status, const QString& message) {
        panel.finish(message);
        window_.setActivity(QString());
        if (status == int(ts::RunStatus::Failed))
            window_.showError(tr("Training failed"), message);
        else
            window_.logInfo(message);
        if (auto* doc = window_.registry().find(job_->outputPath()))
            QMetaObject::invokeMethod(doc, &RunDocument::refresh, Qt::QueuedConnection);
        Q_EMIT finished(status, message);
    });
    job->setPace(panel.pace());
    job->start();
    return true;
}

} // namespace ts::app
