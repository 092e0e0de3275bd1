// `trainscope sharpness`: Hessian eigenvalues, trace, density and adaptive sharpness at one
// or all checkpoints of a run, each with its uncertainty and sample count.
#include "app/cli/CommandLine.h"
#include "app/cli/Commands.h"
#include "app/cli/ConsoleFeedback.h"
#include "app/cli/DeviceOption.h"
#include "app/cli/InterruptGuard.h"
#include "app/cli/Processes.h"
#include "app/mpi/ProcessGroup.h"

#include "core/Error.h"
#include "core/Json.h"
#include "core/Runtime.h"
#include "core/analysis/RunModel.h"
#include "core/analysis/SharpnessReport.h"
#include "core/runfile/RunReader.h"

#include <cstdio>

namespace ts::cli {

namespace {
const char* kUsage =
    "usage: trainscope sharpness RUN.h5 --checkpoint STEP|last|all [--every K] [--top 3]\n"
    "                            [--method lanczos|power] [--lanczos-steps N] [--iterations 20]\n"
    "                            [--trace] [--probes 100] [--density]\n"
    "                            [--adaptive avg|max [--rho R] [--linf]] [--per-layer]\n"
    "                            [--split train] [--batch N] [--batches K] [--json] [--quiet]\n"
    "                            [--device cpu|cuda[:N]]\n"
    "--batches K: also lambda_max (and with --trace the trace) on each of K disjoint batches of\n"
    "the split (shuffled by a fixed seed, floor(n/K) examples each), with their mean +- sample std\n"
    "and a 95% bootstrap interval of the mean over the batches. 2 <= K <= n.\n"
    "Under `mpirun -n N` the checkpoints are shared among the ranks (at most one rank per\n"
    "checkpoint); rank 0 prints the report.\n";

void array(JsonWriter& j, const char* key, const std::vector<double>& v)
{
    j.key(key).beginArray();
    for (double x : v)
        j.value(x);
    j.endArray();
}

// `sharpness --batches K`: the per-batch values, their summary and the interval of the mean.
void writeSpreadJson(JsonWriter& j, const BatchSpread& b)
{
    j.key("batches").beginObject().key("count").value(int64_t(b.lambdaMax.size())).key("examples").value(b.examples);
    auto one = [&j](const char* name, const std::vector<double>& values, const SampleSummary& s, const Interval& ci) {
        j.key(name).beginObject();
        array(j, "values", values);
        j.key("mean").value(s.mean).key("std").value(s.std).key("interval95").beginArray().value(ci.lower)
            .value(ci.upper).endArray().endObject();
    };
    one("lambda_max", b.lambdaMax, b.lambdaSummary, b.lambdaInterval);
    if (!b.trace.empty())
        one("trace", b.trace, b.traceSummary, b.traceInterval);
    j.endObject();
}

int64_t positive(const CommandLine& cl, const char* name, int64_t fallback)
{
    int64_t v = fallback;
    if (cl.has(name) && (!parseInt64(cl.value(name), v) || v < 1))
        throw UsageError(std::string("--") + name + " must be a positive whole number");
    return v;
}
} // namespace

int sharpnessCommand(const std::vector<std::string>& args)
{
    CommandLine cl(args, {{"checkpoint"}, {"every"}, {"top"}, {"method"}, {"lanczos-steps"}, {"iterations"},
                          {"trace", false}, {"probes"}, {"density", false}, {"adaptive"}, {"rho"}, {"linf", false},
                          {"per-layer", false}, {"split"}, {"batch"}, {"batches"}, {"json", false}, {"threads"}, {"quiet", false},
                          {"help", false}, deviceOptionSpec()});
    if (cl.has("help")) {
        std::fputs(kUsage, stdout);
        std::fputs(kDeviceUsage, stdout);
        return kExitOk;
    }
    if (cl.positionals().size() != 1)
        throw UsageError(std::string("sharpness needs exactly one run file\n") + kUsage);
    SharpnessRequest req;
    req.device = deviceFromCommandLine(cl);
    req.top = int(positive(cl, "top", 1));
    req.iterations = int(positive(cl, "iterations", 20));
    const std::string method = cl.value("method", "lanczos");
    if (method != "lanczos" && method != "power")
        throw UsageError("--method must be lanczos or power");
    req.method = method == "power" ? EigenMethod::Power : EigenMethod::Lanczos;
    req.lanczosSteps = int(positive(cl, "lanczos-steps", 0));
    req.trace = cl.has("trace");
    if (cl.has("probes")) {
        int64_t p = 0;
        if (!parseInt64(cl.value("probes"), p) || p < 1)
            throw UsageError("--probes must be at least 1 (zero probes estimate nothing)");
        req.probes = p;
    }
    req.density = cl.has("density");
    req.adaptive = cl.value("adaptive", "");
    if (cl.has("rho") && !parseDouble(cl.value("rho"), req.rho))
        throw UsageError("--rho must be a number");
    req.adaptiveLinf = cl.has("linf");
    req.perLayer = cl.has("per-layer");
    req.split = cl.value("split", "train");
    req.batchSize = cl.has("batch") ? positive(cl, "batch", 0) : 0;
    if (cl.has("batches") && (!parseInt64(cl.value("batches"), req.batches) || req.batches < 2))
        throw UsageError("--batches must be a whole number of at least 2 (the spread of one batch is not defined)");
    const int64_t every = positive(cl, "every", 1);
    int64_t threads = 0;
    if (cl.has("threads") && !parseInt64(cl.value("threads"), threads))
        throw UsageError("--threads must be a whole number");
    configureRuntime(int(threads));

    // Under mpirun the checkpoints are shared among the ranks; rank 0 prints.
    auto& group = processes();
    RunReader run(cl.positionals().front());
    if (const auto warning = bufferWarning(run); !warning.empty() && group.isRoot())
        std::fprintf(stderr, "warning: %s\n", warning.c_str());
    const std::string which = cl.value("checkpoint", "last");
    const std::vector<int64_t> indices =
        which == "all" ? everyKthCheckpoint(run.checkpointCount(), every) : std::vector<int64_t>{checkpointIndex(run, which)};
    if (group.size() > int64_t(indices.size()))
        throw ConfigError("mpirun started " + std::to_string(group.size()) + " ranks for " +
                          std::to_string(indices.size()) + " checkpoint(s): each rank takes whole checkpoints, "
                          "so start at most " + std::to_string(indices.size()));
    ConsoleFeedback feedback(cl.has("quiet") || !group.isRoot(), "sharpness");
    InterruptGuard interrupt(feedback);
    const auto report = sharpnessOfRun(run, indices, req, &feedback, group.tasks());
    feedback.finish();
    if (!group.isRoot())
        return kExitOk;

    if (cl.has("json")) {
        JsonWriter j;
        j.beginObject().key("run").value(run.path()).key("split").value(req.split);
        j.key("lr").value(report.learningRate);
        if (report.learningRate > 0)
            j.key("two_over_lr").value(2.0 / report.learningRate);
        j.key("method").value(method);
        j.key("checkpoints").beginArray();
        for (const auto& c : report.checkpoints) {
            j.beginObject().key("step").value(c.step);
            array(j, "eigenvalues", c.eigen.eigenvalues);
            array(j, "residuals", c.eigen.residuals);
            j.key("iterations").beginArray();
            for (int it : c.eigen.iterations)
                j.value(it);
            j.endArray().key("converged").beginArray();
            for (bool b : c.eigen.converged)
                j.value(b);
            j.endArray();
            if (c.trace) {
                j.key("trace").beginObject().key("mean").value(c.trace->mean);
                j.key("standard_error").value(c.trace->standardError).key("samples").value(c.trace->samples);
                j.key("converged").value(c.trace->converged).key("reason").value(c.trace->reason).endObject();
            }
            if (c.density) {
                j.key("density").beginObject();
                array(j, "grid", c.density->grid);
                array(j, "density", c.density->density);
                j.key("sigma").value(c.density->sigma).endObject();
            }
            if (c.average)
                j.key("adaptive_average").beginObject().key("rho").value(req.rho).key("value").value(c.average->value)
                    .key("standard_error").value(c.average->standardError).key("samples").value(c.average->samples).endObject();
            if (c.worst)
                j.key("adaptive_worst").beginObject().key("rho").value(req.rho).key("norm").value(req.adaptiveLinf ? "linf" : "l2")
                    .key("value").value(c.worst->value).key("steps").value(int64_t(c.worst->steps)).endObject();
            if (c.batches)
                writeSpreadJson(j, *c.batches);
            if (!c.layers.empty()) {
                j.key("per_layer").beginArray();
                for (const auto& l : c.layers)
                    j.beginObject().key("layer").value(l.layer).key("lambda_max").value(l.lambdaMax)
                        .key("residual").value(l.residual).key("trace").value(l.trace)
                        .key("trace_standard_error").value(l.traceStandardError).key("trace_samples").value(l.traceSamples)
                        .endObject();
                j.endArray();
            }
            j.endObject();
        }
        j.endArray().endObject();
        std::printf("%s\n", j.str().c_str());
        return kExitOk;
    }
    std::printf("sharpness of %s on %s", run.path().c_str(), req.split.c_str());
    if (report.learningRate > 0)
        std::printf(" (lr %g, 2/lr = %g)", report.learningRate, 2.0 / report.learningRate);
    std::printf("\n");
    for (const auto& c : report.checkpoints) {
        std::printf("step %lld: lambda", (long long)c.step);
        for (std::size_t i = 0; i < c.eigen.eigenvalues.size(); ++i)
            std::printf(" %.6g (+-%.2g, %d %s%s)", c.eigen.eigenvalues[i],
                        i < c.eigen.residuals.size() ? c.eigen.residuals[i] : 0.0, c.eigen.iterations[i],
                        req.method == EigenMethod::Power ? "it" : "steps",
                        c.eigen.converged[i] ? "" : ", not converged");
        std::printf("\n");
        if (c.trace)
            std::printf("  trace %.6g +- %.3g (%lld probes; %s)\n", c.trace->mean, c.trace->standardError,
                        (long long)c.trace->samples, c.trace->reason.c_str());
        if (c.density)
            std::printf("  density: %zu grid points, sigma %.3g (use --json for the values)\n", c.density->grid.size(),
                        c.density->sigma);
        if (c.average)
            std::printf("  adaptive average-case sharpness (rho %g): %.6g +- %.3g (%lld samples)\n", req.rho,
                        c.average->value, c.average->standardError, (long long)c.average->samples);
        if (c.worst)
            std::printf("  adaptive worst-case sharpness (rho %g, %s): %.6g (%d ascent steps)\n", req.rho,
                        req.adaptiveLinf ? "linf" : "l2", c.worst->value, c.worst->steps);
        if (const auto& b = c.batches) {
            std::printf("  over %zu batches of %lld: lambda_max %.6g +- %.3g (std), 95%% interval of the mean [%.6g, %.6g]\n",
                        b->lambdaMax.size(), (long long)b->examples, b->lambdaSummary.mean, b->lambdaSummary.std,
                        b->lambdaInterval.lower, b->lambdaInterval.upper);
            if (!b->trace.empty())
                std::printf("  over %zu batches of %lld: trace %.6g +- %.3g (std), 95%% interval of the mean [%.6g, %.6g]\n",
                            b->trace.size(), (long long)b->examples, b->traceSummary.mean, b->traceSummary.std,
                            b->traceInterval.lower, b->traceInterval.upper);
        }
        for (const auto& l : c.layers)
            std::printf("  %-20s lambda_max %.6g (+-%.2g)  trace %.6g +- %.3g (%lld probes)\n", l.layer.c_str(),
                        l.lambdaMax, l.residual, l.trace, l.traceStandardError, (long long)l.traceSamples);
    }
    return kExitOk;
}

} // namespace ts::cli
