// `trainscope interpolate`: loss and accuracy along the line between two checkpoints (of one
// run or two runs of the same architecture), the loss barrier, and optionally the layer-wise,
// LiNeS and Bézier variants.
#include "app/cli/CommandLine.h"
#include "app/cli/Commands.h"
#include "app/cli/ConsoleFeedback.h"
#include "app/cli/DeviceOption.h"
#include "app/cli/EvaluationOptions.h"
#include "app/cli/InterruptGuard.h"
#include "app/cli/Processes.h"
#include "app/mpi/ProcessGroup.h"

#include "core/Error.h"
#include "core/Json.h"
#include "core/Runtime.h"
#include "core/analysis/Interpolation.h"
#include "core/analysis/PathSharpness.h"
#include "core/runfile/RunReader.h"

#include <cstdio>
#include <memory>

namespace ts::cli {

namespace {
const char* kUsage =
    "usage: trainscope interpolate RUN.h5 --from STEP --to STEP|RUN2.h5:STEP\n"
    "                              [--range -0.25:1.25] [--points 61] [--layerwise] [--lines]\n"
    "                              [--bezier STEPS] [--layer-sharpness] [--split NAME] [--bootstrap 1000]\n"
    "                              [--json] [--quiet]\n"
    "                              [--device cpu|cuda[:N]]\n"
    "STEP is a checkpoint step, first or last.\n"
    "--bootstrap N: the barrier's 95% interval from N bootstrap resamples of the barrier split's\n"
    "examples (their losses at every alpha in [0, 1]; fixed seed); 0 leaves it out.\n"
    "Under `mpirun -n N` the points of the α, layer-wise and LiNeS sweeps are shared among the\n"
    "ranks; rank 0 trains the Bézier curve, measures layer sharpness and prints.\n";

void writeCurves(JsonWriter& j, const std::map<std::string, SplitCurve>& splits)
{
    j.key("splits").beginObject();
    for (const auto& [name, c] : splits) {
        j.key(name).beginObject().key("loss").beginArray();
        for (double v : c.loss)
            j.value(v);
        j.endArray().key("accuracy").beginArray();
        for (double v : c.accuracy)
            j.value(v);
        j.endArray().endObject();
    }
    j.endObject();
}

void array(JsonWriter& j, const char* key, const std::vector<double>& v)
{
    j.key(key).beginArray();
    for (double x : v)
        j.value(x);
    j.endArray();
}
} // namespace

int interpolateCommand(const std::vector<std::string>& args)
{
    auto specs = EvaluationOptions::specs();
    specs.insert(specs.end(), {{"from"}, {"to"}, {"range"}, {"points"}, {"layerwise", false}, {"lines", false}, {"bezier"},
                               {"layer-sharpness", false}, {"split"}, {"bootstrap"}, {"json", false}, {"threads"}, {"quiet", false},
                               {"help", false}, deviceOptionSpec()});
    CommandLine cl(args, specs);
    if (cl.has("help")) {
        std::fputs(kUsage, stdout);
        std::fputs(kEvaluationUsage, stdout);
        std::fputs(kDeviceUsage, stdout);
        return kExitOk;
    }
    if (cl.positionals().size() != 1)
        throw UsageError(std::string("interpolate needs exactly one run file\n") + kUsage);
    if (!cl.has("from") || !cl.has("to"))
        throw UsageError("interpolate needs --from and --to");
    const auto eval = EvaluationOptions::parse(cl, "recompute");
    const ComputeDevice device = deviceFromCommandLine(cl);
    auto [lo, hi] = parseRange(cl.value("range", "-0.25:1.25"));
    int64_t points = 61;
    if (cl.has("points") && !parseInt64(cl.value("points"), points))
        throw UsageError("--points must be a whole number");
    int64_t resamples = 1000;
    if (cl.has("bootstrap") && (!parseInt64(cl.value("bootstrap"), resamples) || resamples < 0 || resamples > 1000000))
        throw UsageError("--bootstrap must be a number of resamples from 0 (none) to 1000000");
    int64_t threads = 0;
    if (cl.has("threads") && !parseInt64(cl.value("threads"), threads))
        throw UsageError("--threads must be a whole number");
    configureRuntime(int(threads));

    RunReader runA(cl.positionals().front());
    std::unique_ptr<RunReader> runB;
    std::string to = cl.value("to");
    if (const auto colon = to.rfind(':'); colon != std::string::npos) {
        runB = std::make_unique<RunReader>(to.substr(0, colon));
        requireSameArchitecture(runA, *runB);
        to = to.substr(colon + 1);
    }
    const RunReader& endB = runB ? *runB : runA;
    auto loaded = loadRunModel(runA, device);
    const auto ia = checkpointIndex(runA, cl.value("from"));
    const auto ib = checkpointIndex(endB, to);
    const auto thetaA = checkpointVector(runA, ia), thetaB = checkpointVector(endB, ib);
    const auto alphas = alphaGrid(lo, hi, int(points));
    auto& model = *loaded.model;
    const std::string split = cl.value("split", loaded.data.hasSplit("train") ? "train" : loaded.data.splits.front().name);

    eval.applyMode(model);
    if (processes().isRoot())
        eval.report(model, true, loaded.warning);
    const PointBuffers buffers = endpointBuffers(runA, ia, endB, ib, loaded, eval.bn);
    // Each requested analysis gets an equal share of the progress line.
    const int parts = 1 + int(resamples > 0) + int(cl.has("layerwise")) + int(cl.has("lines")) + int(cl.has("bezier")) +
                      int(cl.has("layer-sharpness"));
    int part = 0;
    // Under mpirun the sweeps' points are shared among the ranks; the Bézier curve and the
    // layer sharpness run on rank 0, which prints.
    auto& group = processes();
    if (group.size() > points)
        throw ConfigError("mpirun started " + std::to_string(group.size()) + " ranks for " + std::to_string(points) +
                          " points: start at most " + std::to_string(points));
    auto& tasks = group.tasks();
    ConsoleFeedback feedback(cl.has("quiet") || !group.isRoot(), "interpolate");
    InterruptGuard interrupt(feedback);
    auto next = [&] {
        ++part;
        return std::make_unique<ScaledFeedback>(&feedback, double(part - 1) / parts, double(part) / parts);
    };
    auto linear = interpolateLinear(model, loaded.data, thetaA, thetaB, alphas, {}, next().get(), buffers, tasks);
    if (resamples > 0) {
        auto share = next(); // every rank advances the same shares
        if (group.isRoot())
            addBarrierInterval(linear, model, loaded.data, thetaA, thetaB, buffers, int(resamples), 1, share.get());
    }
    std::unique_ptr<LayerwiseResult> layer;
    if (cl.has("layerwise"))
        layer = std::make_unique<LayerwiseResult>(interpolateLayerwise(model, loaded.data, thetaA, thetaB, alphas, split,
                                                                       false, next().get(), buffers, tasks));
    std::unique_ptr<LinesResult> lines;
    if (cl.has("lines"))
        lines = std::make_unique<LinesResult>(
            linesSweep(model, loaded.data, thetaA, thetaB, alphaGrid(0, 1, 21), next().get(), buffers, tasks));
    if (!group.isRoot())
        return kExitOk;
    std::unique_ptr<BezierResult> bezier;
    if (cl.has("bezier")) {
        BezierOptions o;
        if (!parseInt64(cl.value("bezier"), o.steps) || o.steps < 0)
            throw UsageError("--bezier needs a number of training steps");
        bezier = std::make_unique<BezierResult>(
            trainBezierCurve(model, loaded.data, thetaA, thetaB, o, split, next().get(), buffers));
    }
    std::unique_ptr<PathSharpnessResult> pathSharpness;
    if (cl.has("layer-sharpness"))
        pathSharpness = std::make_unique<PathSharpnessResult>(
            layerSharpnessAlongPath(model, loaded.data, thetaA, thetaB, alphaGrid(0, 1, 11), split, 20, next().get()));
    feedback.finish();
    const auto stepA = runA.checkpointSteps()[std::size_t(ia)], stepB = endB.checkpointSteps()[std::size_t(ib)];

    if (cl.has("json")) {
        JsonWriter j;
        j.beginObject();
        j.key("from").beginObject().key("run").value(runA.path()).key("step").value(stepA).endObject();
        j.key("to").beginObject().key("run").value(endB.path()).key("step").value(stepB).endObject();
        eval.writeJson(j, model, loaded.warning);
        array(j, "alpha", linear.alpha);
        writeCurves(j, linear.splits);
        j.key("barrier").beginObject().key("split").value(linear.barrierSplit).key("value").value(linear.barrier);
        j.key("alpha").value(linear.barrierAlpha);
        if (linear.barrierResamples > 0)
            j.key("interval95").beginArray().value(linear.barrierInterval.lower).value(linear.barrierInterval.upper)
                .endArray().key("resamples").value(int64_t(linear.barrierResamples))
                .key("examples").value(linear.barrierExamples);
        j.endObject();
        if (layer) {
            j.key("layerwise").beginObject().key("split").value(layer->split).key("layers").beginArray();
            for (const auto& l : layer->layers)
                j.value(l);
            j.endArray().key("loss").beginArray();
            for (const auto& row : layer->loss) {
                j.beginArray();
                for (double v : row)
                    j.value(v);
                j.endArray();
            }
            j.endArray();
            array(j, "cost", layer->cost);
            j.key("stragglers").beginArray();
            for (auto i : layer->stragglers)
                j.value(layer->layers[i]);
            j.endArray().endObject();
        }
        if (lines) {
            j.key("lines").beginObject();
            array(j, "alpha", lines->alpha);
            writeCurves(j, lines->splits);
            j.endObject();
        }
        if (pathSharpness) {
            j.key("layer_sharpness").beginObject().key("split").value(pathSharpness->split);
            array(j, "alpha", pathSharpness->alpha);
            j.key("layers").beginArray();
            for (std::size_t l = 0; l < pathSharpness->layers.size(); ++l) {
                j.beginObject().key("layer").value(pathSharpness->layers[l]);
                array(j, "lambda_max", pathSharpness->lambdaMax[l]);
                array(j, "residual", pathSharpness->residual[l]);
                j.endObject();
            }
            j.endArray().endObject();
        }
        if (bezier) {
            j.key("bezier").beginObject();
            array(j, "t", bezier->t);
            array(j, "curve_loss", bezier->curve.loss);
            array(j, "straight_loss", bezier->straight.loss);
            j.key("curve_barrier").value(bezier->curveBarrier).key("straight_barrier").value(bezier->straightBarrier);
            j.endObject();
        }
        j.endObject();
        std::printf("%s\n", j.str().c_str());
        return kExitOk;
    }
    std::printf("interpolating %s step %lld -> %s step %lld (%lld points)\n", runA.path().c_str(), (long long)stepA,
                endB.path().c_str(), (long long)stepB, (long long)points);
    std::printf("%10s", "alpha");
    for (const auto& [name, c] : linear.splits)
        std::printf(" %14s %14s", (name + "_loss").c_str(), (name + "_acc").c_str());
    std::printf("\n");
    for (std::size_t i = 0; i < alphas.size(); ++i) {
        std::printf("%10.4f", alphas[i]);
        for (const auto& [name, c] : linear.splits)
            std::printf(" %14.6g %14.4f", c.loss[i], c.accuracy[i]);
        std::printf("\n");
    }
    std::printf("loss barrier (%s): %.6g at alpha %.4f", linear.barrierSplit.c_str(), linear.barrier, linear.barrierAlpha);
    if (linear.barrierResamples > 0)
        std::printf(", 95%% interval [%.6g, %.6g] (bootstrap over %lld examples, %d resamples)",
                    linear.barrierInterval.lower, linear.barrierInterval.upper, (long long)linear.barrierExamples,
                    linear.barrierResamples);
    std::printf("\n");
    if (layer) {
        std::printf("layer-wise (%s, others held at the start): stragglers by cost\n", layer->split.c_str());
        for (auto i : layer->stragglers)
            std::printf("  %-24s %.6g\n", layer->layers[i].c_str(), layer->cost[i]);
    }
    if (lines) {
        std::printf("LiNeS sweep (beta = 1 - alpha):\n");
        for (std::size_t i = 0; i < lines->alpha.size(); ++i) {
            std::printf("  alpha %.3f", lines->alpha[i]);
            for (const auto& [name, c] : lines->splits)
                std::printf("  %s_acc %.4f", name.c_str(), c.accuracy[i]);
            std::printf("\n");
        }
    }
    if (pathSharpness) {
        std::printf("layer sharpness along the path (lambda_max of each layer's Hessian block, %s):\n%-24s",
                    pathSharpness->split.c_str(), "layer \\ alpha");
        for (double a : pathSharpness->alpha)
            std::printf(" %9.2f", a);
        std::printf("\n");
        for (std::size_t l = 0; l < pathSharpness->layers.size(); ++l) {
            std::printf("%-24s", pathSharpness->layers[l].c_str());
            for (double v : pathSharpness->lambdaMax[l])
                std::printf(" %9.3g", v);
            std::printf("\n");
        }
    }
    if (bezier)
        std::printf("Bezier curve (%s steps): barrier %.6g vs straight %.6g\n", cl.value("bezier").c_str(),
                    bezier->curveBarrier, bezier->straightBarrier);
    return kExitOk;
}

} // namespace ts::cli
