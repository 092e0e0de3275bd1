#include "app/gui/reactions/InterpolateReaction.h"

#include "app/gui/MainWindow.h"
#include "app/gui/RunDocument.h"
#include "app/gui/RunRegistry.h"
#include "app/gui/analysis/InterpolationViews.h"
#include "widgets/analysis/InterpolationDialog.h"

#include "core/Runtime.h"

#include <QFileInfo>

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

} // namespace ts::app
