#include "app/gui/reactions/SharpnessReaction.h"

#include "app/gui/BackgroundTask.h"
#include "app/gui/MainWindow.h"
#include "app/gui/RunDocument.h"
#include "app/gui/RunRegistry.h"
#include "app/gui/analysis/SharpnessViews.h"
#include "widgets/analysis/SharpnessDialog.h"

#include "core/Runtime.h"
#include "core/analysis/RunModel.h"
#include "core/runfile/RunReader.h"

#include <QFileInfo>

#include <memory>

namespace ts::app {

SharpnessReaction::SharpnessReaction(MainWindow& window) : Reaction(window, "actionSharpness") { retranslate(); }

void SharpnessReaction::retranslate()
{
    action()->setText(tr("&Sharpness…"));
    action()->setStatusTip(tr("Hessian eigenvalues, trace and density of a run's checkpoints"));
}

void SharpnessReaction::onTriggered()
{
    QVector<widgets::RunCheckpoints> runs;
    for (auto* doc : window_.registry().documents()) {
        widgets::RunCheckpoints rc{doc->path(), QFileInfo(doc->path()).fileName(), {}};
        for (auto s : doc->reader()->checkpointSteps())
            rc.steps.push_back(s);
        runs.push_back(rc);
    }
    widgets::SharpnessDialog dialog(runs, &window_);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ts::SharpnessRequest req;
    req.top = dialog.top();
    req.iterations = dialog.iterations();
    req.trace = dialog.traceProbes() > 0;
    req.probes = std::max(1, dialog.traceProbes());
    req.density = dialog.density();
    req.perLayer = dialog.perLayer();
    const std::string path = dialog.run().toStdString();
    const bool all = dialog.allCheckpoints();
    const qint64 step = dialog.step();
    const int every = dialog.every();
    auto results = std::make_shared<SharpnessResults>();
    results->title = QFileInfo(dialog.run()).completeBaseName();
    auto* task = new BackgroundTask(tr("Sharpness of %1").arg(results->title), &window_);
    window_.trackTask(task);
    connect(task, &BackgroundTask::finished, this, [this, task, results](BackgroundTask::Outcome outcome, const QString& message) {
        task->deleteLater();
        if (outcome == BackgroundTask::Outcome::Failed) {
            window_.showError(tr("Sharpness failed"), message);
            return;
        }
        if (outcome == BackgroundTask::Outcome::Cancelled) {
            window_.logInfo(message);
            return;
        }
        for (auto& v : makeSharpnessViews(*results))
            window_.addView(v.widget, v.title);
        window_.logInfo(tr("Computed the sharpness of %1").arg(results->title));
    });
    task->start([path, all, step, every, req, results](ts::Feedback& feedback) {
        ts::configureRuntime(0);
        ts::RunReader run(path);
        std::vector<int64_t> indices;
        if (all) {
            const int64_t n = run.checkpointCount();
            for (int64_t i = 0; i < n; i += every)
                indices.push_back(i);
            if (n > 0 && indices.back() != n - 1)
                indices.push_back(n - 1);
        } else {
            indices.push_back(ts::checkpointIndex(run, std::to_string(step)));
        }
        results->report = ts::sharpnessOfRun(run, indices, req, &feedback);
    });
}

} // namespace ts::app
