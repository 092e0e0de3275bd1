#include "core/analysis/CheckpointInterpolation.h"

#include "core/analysis/Interpolation.h"
#include "core/analysis/PathSharpness.h"
#include "core/analysis/RunModel.h"
#include "core/runfile/RunReader.h"

#include <torch/torch.h>

namespace ts {

CheckpointInterpolation interpolateCheckpoints(const CheckpointInterpolationSpec& spec, Feedback* feedback)
{
    RunReader runA(spec.runA);
    std::unique_ptr<RunReader> other;
    if (!spec.runB.empty()) {
        other = std::make_unique<RunReader>(spec.runB);
        requireSameArchitecture(runA, *other);
    }
    const RunReader& runB = other ? *other : runA;
    auto loaded = loadRunModel(runA);
    const auto ia = checkpointIndex(runA, spec.stepA), ib = checkpointIndex(runB, spec.stepB);
    const auto thetaA = checkpointVector(runA, ia), thetaB = checkpointVector(runB, ib);
    const auto alphas = alphaGrid(spec.alphaMin, spec.alphaMax, spec.points);
    auto& model = *loaded.model;
    model.setTraining(spec.trainMode);
    const auto buffers = endpointBuffers(runA, ia, runB, ib, loaded, BnChoice::parse(spec.trainMode ? "keep" : spec.bn));
    const std::string split = loaded.data.hasSplit("train") ? "train" : loaded.data.splits.front().name;

    CheckpointInterpolation r;
    r.pathA = runA.path();
    r.pathB = runB.path();
    r.stepA = runA.checkpointSteps()[std::size_t(ia)];
    r.stepB = runB.checkpointSteps()[std::size_t(ib)];
    r.warning = loaded.warning;
    r.linear = interpolateLinear(model, loaded.data, thetaA, thetaB, alphas, {}, feedback, buffers);
    if (spec.layerwise)
        r.layerwise = std::make_unique<LayerwiseResult>(
            interpolateLayerwise(model, loaded.data, thetaA, thetaB, alphas, split, false, feedback, buffers));
    if (spec.lines)
        r.lines = std::make_unique<LinesResult>(
            linesSweep(model, loaded.data, thetaA, thetaB, alphaGrid(0, 1, 21), feedback, buffers));
    if (spec.layerSharpness)
        r.layerSharpness = std::make_unique<PathSharpnessResult>(
            layerSharpnessAlongPath(model, loaded.data, thetaA, thetaB, alphaGrid(0, 1, 11), split, 20, feedback));
    if (spec.bezierSteps >= 0) {
        BezierOptions o;
        o.steps = spec.bezierSteps;
        r.bezier = std::make_unique<BezierResult>(
            trainBezierCurve(model, loaded.data, thetaA, thetaB, o, split, feedback, buffers));
    }
    return r;
}

} // namespace ts
