// `trainscope pathways`: expert-pathway metrics of a mixture-of-experts run at every
// checkpoint with recorded routing (docs/pathways.md).
#include "app/cli/CommandLine.h"
#include "app/cli/Commands.h"
#include "app/cli/ConsoleFeedback.h"
#include "app/cli/DeviceOption.h"
#include "app/cli/InterruptGuard.h"

#include "core/analysis/RunModel.h"
#include "core/Error.h"
#include "core/Json.h"
#include "core/Runtime.h"
#include "core/Settings.h"
#include "core/pathways/PathwayMetrics.h"
#include "core/pathways/ProbeLosses.h"
#include "core/runfile/RunReader.h"

#include <cstdio>

namespace ts::cli {


int pathwaysCommand(const std::vector<std::string>& args)
{
    const char* usage =
        "usage: trainscope pathways RUN.h5 [--threshold 0.7] [--samples memorised|all] [--json] [--quiet]\n"
        "                          [--device cpu|cuda[:N]]";
    CommandLine cl(args, {{"threshold"}, {"samples"}, {"json", false}, {"quiet", false}, {"help", false},
                          deviceOptionSpec()});
    if (cl.has("help")) {
        std::puts(usage);
        std::fputs(kDeviceUsage, stdout);
        return kExitOk;
    }
    if (cl.positionals().size() != 1)
        throw UsageError(usage);
    pathways::PathwayMetricsOptions o;
    if (cl.has("threshold") && (!ts::parseDouble(cl.value("threshold"), o.pathway.threshold) || o.pathway.threshold < 0 ||
                                o.pathway.threshold > 1))
        throw UsageError("--threshold must be a number in [0, 1]");
    const std::string which = cl.value("samples", "memorised");
    if (which != "memorised" && which != "all")
        throw UsageError("--samples must be memorised or all");
    // The model runs only for the memorised-sample losses; the metrics read recorded routing.
    const ComputeDevice device = deviceFromCommandLine(cl);
    configureRuntime(0);
    RunReader run(cl.positionals().front());
    if (const auto warning = bufferWarning(run); !warning.empty())
        std::fprintf(stderr, "warning: %s\n", warning.c_str());
    if (!run.hasRouting())
        throw ConfigError(run.path() + ": the run records no mixture-of-experts routing (model '" + run.modelArch() +
                          "' has no MoE layers, or routing was not recorded)");
    const auto shape = run.routingShape();
    ConsoleFeedback feedback(cl.has("quiet"), "pathways");
    InterruptGuard interrupt(feedback);
    pathways::Memorisation memorised;
    bool haveMemorised = false;
    if (which == "memorised") {
        // The paper's default: metrics on the samples memorised at the end, ε chosen so that
        // 22.5% of them are (within its 20–25%).
        ScaledFeedback lossPart(&feedback, 0.0, 0.3);
        const auto losses = pathways::probeLosses(run, &lossPart, device);
        const int64_t checkpoints = int64_t(run.routingSteps().size());
        const double eps = pathways::chooseEpsilon(losses, checkpoints, shape.samples);
        memorised = pathways::memorisedSamples(losses, checkpoints, shape.samples, eps);
        o.group = memorised.memorisedSamples();
        haveMemorised = true;
        if (o.group.size() < 2)
            throw ConfigError(run.path() + ": fewer than two memorised samples; use --samples all");
    }
    ScaledFeedback metricsPart(&feedback, haveMemorised ? 0.3 : 0.0, 1.0);
    const auto metrics = pathways::pathwayMetricsForRun(run, o, &metricsPart);
    feedback.finish();
    if (cl.has("json")) {
        JsonWriter j;
        j.beginObject().key("run").value(run.path()).key("threshold").value(o.pathway.threshold);
        j.key("samples").value(which);
        if (haveMemorised)
            j.key("memorised").beginObject().key("epsilon").value(memorised.epsilon).key("count")
                .value(memorised.memorisedCount).key("fraction").value(memorised.fraction).endObject();
        j.key("checkpoints").beginArray();
        for (const auto& m : metrics) {
            j.beginObject().key("step").value(m.step).key("samples").value(m.samples);
            j.key("d_path").value(m.distance.mean).key("d_path_per_layer").beginArray();
            for (double v : m.distance.layerMean)
                j.value(v);
            j.endArray().key("entropy").value(m.routingEntropy).key("distinct_pathways").value(m.distinctPathways);
            j.key("mean_pathway_length").value(m.meanPathwayLength);
            j.key("consistency").value(m.consistency.mean).key("mean_adjacent_cosine").value(m.consistency.meanCosine);
            j.key("consistency_note").value(m.consistency.note);
            j.key("expert_load").beginArray();
            for (const auto& layer : m.expertLoad) {
                j.beginArray();
                for (double v : layer)
                    j.value(v);
                j.endArray();
            }
            j.endArray().endObject();
        }
        j.endArray().endObject();
        std::printf("%s\n", j.str().c_str());
        return kExitOk;
    }
    std::printf("pathways of %s: %lld probe samples x %lld layers x %lld experts, threshold %g, %s samples",
                run.path().c_str(), (long long)shape.samples, (long long)shape.layers, (long long)shape.experts,
                o.pathway.threshold, which.c_str());
    if (haveMemorised)
        std::printf(" (%lld memorised, epsilon %.3g)", (long long)memorised.memorisedCount, memorised.epsilon + 0.0);
    std::printf("\n%8s %8s %10s %9s %9s %12s\n", "step", "D_path", "entropy", "distinct", "length", "consistency");
    for (const auto& m : metrics)
        std::printf("%8lld %8.3f %10.4f %9lld %9.1f %12.4g\n", (long long)m.step, m.distance.mean, m.routingEntropy,
                    (long long)m.distinctPathways, m.meanPathwayLength, m.consistency.mean);
    if (!metrics.empty() && !metrics.front().consistency.note.empty())
        std::printf("consistency: %s\n", metrics.front().consistency.note.c_str());
    return kExitOk;
}

} // namespace ts::cli
