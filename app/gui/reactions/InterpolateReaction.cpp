#include "app/gui/reactions/InterpolateReaction.h"

#include "app/gui/MainWindow.h"
#include "app/gui/RunDocument.h"
#include "app/gui/RunRegistry.h"
#include "app/gui/analysis/InterpolationViews.h"
#include "app/gui/reactions/GroupMates.h"
#include "widgets/analysis/InterpolationDialog.h"

#include "core/Runtime.h"

#include <QFileInfo>
#include <QMessageBox>

#include <memory>

namespace ts::app {

InterpolateReaction::InterpolateReaction(MainWindow& window) : Reaction(window, "actionInterpolate")
{
    retranslate();
}

void InterpolateReaction::retranslate()
{
    action()->setText(tr("&Interpolate Checkpoints…"));
    action()->setStatusTip(tr("Loss and accuracy along the line between two checkpoints"));
}

void InterpolateReaction::onTriggered()
{
    const auto runs = window_.runCheckpoints();
    widgets::InterpolationDialog dialog(runs, &window_);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ts::CheckpointInterpolationSpec spec;
    spec.runA = dialog.runA().toStdString();
    spec.stepA = std::to_string(dialog.stepA());
    spec.runB = dialog.runB().toStdString();
    spec.stepB = std::to_string(dialog.stepB());
    spec.alphaMin = dialog.alphaMin();
    spec.alphaMax = dialog.alphaMax();
    spec.points = dialog.points();
    spec.layerwise = dialog.layerwise();
    spec.lines = dialog.lines();
    spec.layerSharpness = dialog.layerSharpness();
    spec.bezierSteps = dialog.bezierSteps() > 0 ? dialog.bezierSteps() : -1;
    spec.bn = dialog.batchNormChoice().toStdString();
    spec.trainMode = dialog.trainMode();
    const QString title = QString("%1@%2 → %3@%4")
                              .arg(QFileInfo(dialog.runA()).completeBaseName())
                              .arg(dialog.stepA())
                              .arg(QFileInfo(dialog.runB()).completeBaseName())
                              .arg(dialog.stepB());
    // One run with itself (e.g. init → final) that has group mates open: each mate interpolated
    // the same way, drawn as the group's mean with a ± std band.
    const QStringList mates = dialog.runA() == dialog.runB() ? groupMates(window_.registry(), dialog.runA()) : QStringList();
    if (mates.size() >= 2 &&
        QMessageBox::question(&window_, tr("Interpolation"),
                              tr("%1 has %2 runs in its group (the same configuration but the seed). Interpolate every "
                                 "run of the group and draw the mean with a ± std band?")
                                  .arg(QFileInfo(dialog.runA()).completeBaseName())
                                  .arg(mates.size())) == QMessageBox::Yes) {
        interpolateGroup(spec, mates);
        return;
    }
    auto results = std::make_shared<ts::CheckpointInterpolation>();
    window_.runInBackground(tr("Interpolating %1").arg(title), tr("Interpolation failed"),
        [spec, results](ts::Feedback& feedback) {
            ts::configureRuntime(0);
            *results = ts::interpolateCheckpoints(spec, &feedback);
        },
        [this, results, title] {
            for (auto& v : makeInterpolationViews(*results, title))
                window_.addView(v.widget, v.title);
            window_.logInfo(tr("Interpolated %1").arg(title));
            if (!results->warning.empty())
                window_.logWarning(QString::fromStdString(results->warning));
        });
}

void InterpolateReaction::interpolateGroup(const ts::CheckpointInterpolationSpec& spec, const QStringList& runs)
{
    std::vector<std::string> paths;
    for (const auto& r : runs)
        paths.push_back(r.toStdString());
    const QString title = tr("group of %1 runs, %2 → %3")
                              .arg(runs.size())
                              .arg(QString::fromStdString(spec.stepA), QString::fromStdString(spec.stepB));
    auto group = std::make_shared<ts::GroupInterpolation>();
    window_.runInBackground(tr("Interpolating %1").arg(title), tr("Interpolation failed"),
        [spec, paths, group](ts::Feedback& feedback) {
            ts::configureRuntime(0);
            std::vector<ts::InterpolationResult> lines;
            for (std::size_t i = 0; i < paths.size(); ++i) {
                ts::CheckpointInterpolationSpec s = spec;
                s.runA = paths[i];
                s.runB.clear();
                // Only the straight line: the group's band is drawn over it.
                s.layerwise = s.lines = s.layerSharpness = false;
                s.bezierSteps = -1;
                ts::ScaledFeedback sub(&feedback, double(i) / double(paths.size()), double(i + 1) / double(paths.size()));
                lines.push_back(ts::interpolateCheckpoints(s, &sub).linear);
            }
            *group = ts::groupInterpolation(lines);
        },
        [this, group, title] {
            for (auto& v : makeGroupInterpolationViews(*group, title))
                window_.addView(v.widget, v.title);
            window_.logInfo(tr("Interpolated %1").arg(title));
        });
}

} // namespace ts::app
