#include "app/gui/reactions/SharpnessReaction.h"

#include "app/gui/MainWindow.h"
#include "app/gui/RunDocument.h"
#include "app/gui/RunRegistry.h"
#include "app/gui/analysis/SharpnessViews.h"
#include "app/gui/reactions/GroupMates.h"
#include "widgets/analysis/SharpnessDialog.h"

#include "core/Runtime.h"
#include "core/analysis/RunCheckpoints.h"
#include "core/runfile/RunReader.h"

#include <QFileInfo>
#include <QMessageBox>

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
    // Over training, with group mates open: each run's λ_max series, drawn as the group's mean
    // with a ± std band.
    const QStringList mates = all ? groupMates(window_.registry(), dialog.run()) : QStringList();
    if (mates.size() >= 2 &&
        QMessageBox::question(&window_, tr("Sharpness"),
                              tr("%1 has %2 runs in its group (the same configuration but the seed). Compute the "
                                 "sharpness of every run of the group and draw the mean with a ± std band?")
                                  .arg(QFileInfo(dialog.run()).completeBaseName())
                                  .arg(mates.size())) == QMessageBox::Yes) {
        std::vector<std::string> paths;
        for (const auto& m : mates)
            paths.push_back(m.toStdString());
        auto reports = std::make_shared<std::vector<ts::SharpnessReport>>();
        const QString title = tr("group of %1 runs").arg(mates.size());
        window_.runInBackground(tr("Sharpness of %1").arg(title), tr("Sharpness failed"),
            [paths, every, req, reports](ts::Feedback& feedback) {
                ts::configureRuntime(0);
                ts::SharpnessRequest r = req;
                r.density = r.perLayer = false; // the group's view is λ_max over training
                for (std::size_t i = 0; i < paths.size(); ++i) {
                    ts::RunReader run(paths[i]);
                    ts::ScaledFeedback sub(&feedback, double(i) / double(paths.size()),
                                           double(i + 1) / double(paths.size()));
                    reports->push_back(
                        ts::sharpnessOfRun(run, ts::everyKthCheckpoint(run.checkpointCount(), every), r, &sub));
                }
            },
            [this, reports, title] {
                for (auto& v : makeGroupSharpnessViews(ts::groupSharpness(*reports), int(reports->size()),
                                                       reports->front().learningRate, title))
                    window_.addView(v.widget, v.title);
                window_.logInfo(tr("Computed the sharpness of %1").arg(title));
            });
        return;
    }
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
