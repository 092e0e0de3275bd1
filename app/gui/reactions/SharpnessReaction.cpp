#include "app/gui/reactions/SharpnessReaction.h"

#include "app/gui/MainWindow.h"
#include "app/gui/RunDocument.h"
#include "app/gui/RunRegistry.h"
#include "app/gui/analysis/SharpnessViews.h"
#include "widgets/analysis/SharpnessDialog.h"

#include "core/Runtime.h"
#include "core/analysis/RunCheckpoints.h"
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
    const auto runs = window_.runCheckpoints();
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
    window_.runInBackground(tr("Sharpness of %1").arg(results->title), tr("Sharpness failed"),
        [path, all, step, every, req, results](ts::Feedback& feedback) {
            ts::configureRuntime(0);
            ts::RunReader run(path);
            const std::vector<int64_t> indices = all ? ts::everyKthCheckpoint(run.checkpointCount(), every)
                                                     : std::vector<int64_t>{ts::checkpointIndex(run, std::to_string(step))};
            results->report = ts::sharpnessOfRun(run, indices, req, &feedback);
        },
        [this, results] {
            for (auto& v : makeSharpnessViews(*results))
                window_.addView(v.widget, v.title);
            window_.logInfo(tr("Computed the sharpness of %1").arg(results->title));
        });
}

} // namespace ts::app
