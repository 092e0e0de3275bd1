#include "app/gui/reactions/InterpolateReaction.h"

#include "app/gui/MainWindow.h"
#include "app/gui/RunDocument.h"
#include "app/gui/RunRegistry.h"
#include "app/gui/analysis/InterpolationViews.h"
#include "widgets/analysis/InterpolationDialog.h"

#include "core/Runtime.h"
#include "core/analysis/RunModel.h"
#include "core/runfile/RunReader.h"

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
    struct Request {
        std::string a, b, stepA, stepB;
        double lo, hi;
        int points, bezier;
        bool layerwise, lines, layerSharpness;
        std::string bn;
        bool trainMode;
    };
    const Request req{dialog.runA().toStdString(), dialog.runB().toStdString(), std::to_string(dialog.stepA()),
                      std::to_string(dialog.stepB()), dialog.alphaMin(), dialog.alphaMax(), dialog.points(),
                      dialog.bezierSteps(), dialog.layerwise(), dialog.lines(), dialog.layerSharpness(),
                      dialog.batchNormChoice().toStdString(), dialog.trainMode()};
    auto results = std::make_shared<InterpolationResults>();
    results->title = QString("%1@%2 → %3@%4")
                         .arg(QFileInfo(dialog.runA()).completeBaseName())
                         .arg(dialog.stepA())
                         .arg(QFileInfo(dialog.runB()).completeBaseName())
                         .arg(dialog.stepB());
    window_.runInBackground(tr("Interpolating %1").arg(results->title), tr("Interpolation failed"),
        [req, results](ts::Feedback& feedback) {
            ts::configureRuntime(0);
            ts::RunReader runA(req.a), runB(req.b);
            ts::requireSameArchitecture(runA, runB);
            auto loaded = ts::loadRunModel(runA);
            const auto ia = ts::checkpointIndex(runA, req.stepA), ib = ts::checkpointIndex(runB, req.stepB);
            const auto thetaA = ts::checkpointVector(runA, ia), thetaB = ts::checkpointVector(runB, ib);
            const auto alphas = ts::alphaGrid(req.lo, req.hi, req.points);
            auto& model = *loaded.model;
            model.setTraining(req.trainMode);
            const auto buffers = ts::endpointBuffers(runA, ia, runB, ib, loaded,
                                                     ts::BnChoice::parse(req.trainMode ? "keep" : req.bn));
            results->warning = loaded.warning;
            results->linear = ts::interpolateLinear(model, loaded.data, thetaA, thetaB, alphas, {}, &feedback, buffers);
            const std::string split = loaded.data.hasSplit("train") ? "train" : loaded.data.splits.front().name;
            if (req.layerwise)
                results->layerwise = std::make_unique<ts::LayerwiseResult>(
                    ts::interpolateLayerwise(model, loaded.data, thetaA, thetaB, alphas, split, false, &feedback, buffers));
            if (req.lines)
                results->lines = std::make_unique<ts::LinesResult>(
                    ts::linesSweep(model, loaded.data, thetaA, thetaB, ts::alphaGrid(0, 1, 21), &feedback, buffers));
            if (req.layerSharpness)
                results->layerSharpness = std::make_unique<ts::PathSharpnessResult>(
                    ts::layerSharpnessAlongPath(model, loaded.data, thetaA, thetaB, ts::alphaGrid(0, 1, 11), split, 20, &feedback));
            if (req.bezier > 0) {
                ts::BezierOptions o;
                o.steps = req.bezier;
                results->bezier = std::make_unique<ts::BezierResult>(
                    ts::trainBezierCurve(model, loaded.data, thetaA, thetaB, o, split, &feedback, buffers));
            }
        },
        [this, results] {
            for (auto& v : makeInterpolationViews(*results))
                window_.addView(v.widget, v.title);
            window_.logInfo(tr("Interpolated %1").arg(results->title));
            if (!results->warning.empty())
                window_.logWarning(QString::fromStdString(results->warning));
        });
}

} // namespace ts::app
