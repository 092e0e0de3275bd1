#include "core/analysis/SharpnessReport.h"

#include "core/Error.h"
#include "core/analysis/AdaptiveSharpness.h"
#include "core/analysis/BatchSharpness.h"
#include "core/analysis/HessianEigen.h"
#include "core/analysis/HutchinsonTrace.h"
#include "core/analysis/Objective.h"
#include "core/analysis/RunModel.h"
#include "core/analysis/SpectralDensity.h"
#include "core/parallel/TaskBuffer.h"
#include "core/parallel/TaskDistributor.h"
#include "core/runfile/RunReader.h"
#include "core/stats/DisjointBatches.h"

#include <torch/torch.h>

namespace ts {

std::vector<int64_t> everyKthCheckpoint(int64_t n, int64_t k)
{
    if (k < 1)
        throw ConfigError("every k-th checkpoint needs k >= 1");
    std::vector<int64_t> indices;
    for (int64_t i = 0; i < n; i += k)
        indices.push_back(i);
    if (n > 0 && indices.back() != n - 1)
        indices.push_back(n - 1);
    return indices;
}

namespace {

void writeLists(TaskWriter& w, const std::vector<std::vector<double>>& lists)
{
    w.integer(int64_t(lists.size()));
    for (const auto& l : lists)
        w.numbers(l);
}

std::vector<std::vector<double>> readLists(TaskReader& r)
{
    std::vector<std::vector<double>> lists(std::size_t(std::max<int64_t>(r.integer(), 0)));
    for (auto& l : lists)
        l = r.numbers();
    return lists;
}

template <typename T> std::vector<double> asNumbers(const std::vector<T>& v) { return {v.begin(), v.end()}; }

// A checkpoint's results as bytes, for the processes of an mpirun job (TaskDistributor.h).
std::string encode(const CheckpointSharpness& c)
{
    TaskWriter w;
    w.integer(c.step);
    const auto& e = c.eigen;
    w.numbers(e.eigenvalues);
    writeLists(w, e.history);
    w.numbers(asNumbers(e.iterations)).numbers(asNumbers(e.converged)).numbers(e.residuals);
    w.integer(e.hessianVectorProducts).integer(e.dim);
    w.integer(c.trace.has_value());
    if (const auto& t = c.trace) {
        w.number(t->mean).number(t->standardError).integer(t->samples).numbers(t->history);
        w.numbers(t->historyStandardError).numbers(t->values).integer(t->converged).text(t->reason).integer(t->dim);
    }
    w.integer(c.density.has_value());
    if (const auto& d = c.density) {
        w.numbers(d->grid).numbers(d->density).number(d->sigma);
        writeLists(w, d->ritzValues);
        writeLists(w, d->weights);
        w.integer(d->stepsPerProbe).integer(d->dim);
    }
    w.integer(c.average.has_value());
    if (const auto& a = c.average)
        w.number(a->value).number(a->standardError).integer(a->samples).number(a->baseLoss).numbers(a->values);
    w.integer(c.worst.has_value());
    if (const auto& m = c.worst)
        w.number(m->value).number(m->baseLoss).integer(m->steps).numbers(m->history).number(m->perturbationNorm);
    w.integer(int64_t(c.layers.size()));
    for (const auto& l : c.layers)
        w.text(l.layer).number(l.lambdaMax).number(l.residual).number(l.trace).number(l.traceStandardError)
            .integer(l.traceSamples);
    w.integer(c.batches.has_value());
    if (const auto& b = c.batches)
        w.integer(b->examples).numbers(b->lambdaMax).numbers(b->trace);
    return w.bytes();
}

CheckpointSharpness decode(const std::string& bytes)
{
    TaskReader r(bytes);
    CheckpointSharpness c;
    c.step = r.integer();
    auto& e = c.eigen;
    e.eigenvalues = r.numbers();
    e.history = readLists(r);
    for (double v : r.numbers())
        e.iterations.push_back(int(v));
    for (double v : r.numbers())
        e.converged.push_back(v != 0.0);
    e.residuals = r.numbers();
    e.hessianVectorProducts = r.integer();
    e.dim = r.integer();
    if (r.integer()) {
        TraceResult t;
        t.mean = r.number();
        t.standardError = r.number();
        t.samples = r.integer();
        t.history = r.numbers();
        t.historyStandardError = r.numbers();
        t.values = r.numbers();
        t.converged = r.integer() != 0;
        t.reason = r.text();
        t.dim = r.integer();
        c.trace = std::move(t);
    }
    if (r.integer()) {
        DensityResult d;
        d.grid = r.numbers();
        d.density = r.numbers();
        d.sigma = r.number();
        d.ritzValues = readLists(r);
        d.weights = readLists(r);
        d.stepsPerProbe = int(r.integer());
        d.dim = r.integer();
        c.density = std::move(d);
    }
    if (r.integer()) {
        AverageSharpnessResult a;
        a.value = r.number();
        a.standardError = r.number();
        a.samples = r.integer();
        a.baseLoss = r.number();
        a.values = r.numbers();
        c.average = std::move(a);
    }
    if (r.integer()) {
        WorstSharpnessResult m;
        m.value = r.number();
        m.baseLoss = r.number();
        m.steps = int(r.integer());
        m.history = r.numbers();
        m.perturbationNorm = r.number();
        c.worst = std::move(m);
    }
    c.layers.resize(std::size_t(std::max<int64_t>(r.integer(), 0)));
    for (auto& l : c.layers) {
        l.layer = r.text();
        l.lambdaMax = r.number();
        l.residual = r.number();
        l.trace = r.number();
        l.traceStandardError = r.number();
        l.traceSamples = r.integer();
    }
    if (r.integer()) {
        BatchSpread b;
        b.examples = r.integer();
        b.lambdaMax = r.numbers();
        b.trace = r.numbers();
        c.batches = std::move(b);
    }
    return c;
}

} // namespace

SharpnessReport sharpnessOfRun(const RunReader& run, const std::vector<int64_t>& checkpoints,
                               const SharpnessRequest& req, Feedback* feedback)
{
    return sharpnessOfRun(run, checkpoints, req, feedback, localTasks());
}

SharpnessReport sharpnessOfRun(const RunReader& run, const std::vector<int64_t>& checkpoints,
                               const SharpnessRequest& req, Feedback* feedback,
                               TaskDistributor& distributor)
{
    if (req.top < 1 || req.top > 100)
        throw ConfigError("--top must be between 1 and 100");
    if (req.iterations < 1)
        throw ConfigError("power iterations must be at least 1");
    if (req.lanczosSteps < 0 || (req.lanczosSteps > 0 && req.lanczosSteps < req.top))
        throw ConfigError("Lanczos steps must be 0 (automatic) or at least --top");
    if (req.trace && req.probes < 1)
        throw ConfigError("the trace needs at least one probe");
    if (req.traceRelativeError < 0)
        throw ConfigError("the trace's relative error must be >= 0");
    if (!req.adaptive.empty() && req.adaptive != "avg" && req.adaptive != "max")
        throw ConfigError("--adaptive must be avg or max");
    if (!(req.rho >= 0.0))
        throw ConfigError("rho must be >= 0");
    if (checkpoints.empty())
        throw ConfigError(run.path() + ": no checkpoints to analyse");
    if (req.batches != 0 && req.batches < 2)
        throw ConfigError("--batches " + std::to_string(req.batches) + ": a spread needs at least 2 batches");
    auto loaded = loadRunModel(run, req.device);
    const auto& split = loaded.data.split(req.split);
    SharpnessReport report;
    parseDouble(run.configValue("lr", "0"), report.learningRate);
    const auto steps = run.checkpointSteps();
    const auto groups = layerGroups(*loaded.model);
    // The examples the objective sees (--batch N: the first N), which --batches K divides.
    Split batchSource = split;
    if (req.batchSize > 0 && req.batchSize < split.inputs.size(0))
        batchSource = {split.name, split.inputs.slice(0, 0, req.batchSize), split.targets.slice(0, 0, req.batchSize)};
    if (req.batches >= 2) // the ConfigError before any work
        disjointBatches(batchSource.inputs.size(0), req.batches, req.seed);
    for (const auto index : checkpoints)
        if (index < 0 || index >= int64_t(steps.size()))
            throw ConfigError("checkpoint index " + std::to_string(index) + " is outside the run");
    const double share = 1.0 / double(checkpoints.size());
    const bool local = distributor.size() == 1;
    // One task per checkpoint. In one process a checkpoint's progress moves the bar within its
    // share; across processes tasks finish out of order and the bar counts finished ones.
    auto sharpnessAt = [&](std::size_t k) {
        const auto index = checkpoints[k];
        applyCheckpoint(run, index, *loaded.model);
        ModelObjective objective(*loaded.model, split, loaded.data.loss, req.batchSize);
        CheckpointSharpness c;
        c.step = steps[std::size_t(index)];
        const double base = double(k) * share;
        ScaledFeedback scaled(feedback, base, base + share);
        Feedback linked(feedback); // cancelled with feedback, progress not shown
        Feedback* sub = local ? static_cast<Feedback*>(&scaled) : distributor.isRoot() ? &linked : nullptr;
        EigenOptions eo;
        eo.k = req.top;
        eo.maxIterations = req.iterations;
        eo.seed = req.seed;
        eo.method = req.method;
        eo.maxSteps = req.lanczosSteps;
        c.eigen = topHessianEigenvalues(objective, eo, sub);
        if (req.trace) {
            TraceOptions to;
            to.maxProbes = req.probes;
            to.minProbes = std::min<int64_t>(10, req.probes);
            to.relativeError = req.traceRelativeError;
            to.seed = req.seed;
            c.trace = hutchinsonTrace(objective, to, sub);
        }
        if (req.density) {
            DensityOptions d;
            d.steps = req.densitySteps;
            d.seed = req.seed;
            c.density = spectralDensity(objective, d, sub);
        }
        if (!req.adaptive.empty()) {
            SharpnessOptions so;
            so.rho = req.rho;
            so.seed = req.seed;
            so.norm = req.adaptiveLinf ? SharpnessNorm::Linf : SharpnessNorm::L2;
            if (req.adaptive == "avg")
                c.average = averageCaseSharpness(objective, so, sub);
            else
                c.worst = worstCaseSharpness(objective, so, sub);
        }
        if (req.batches >= 2) {
            std::optional<TraceOptions> to;
            if (req.trace) {
                to = TraceOptions();
                to->maxProbes = req.probes;
                to->minProbes = std::min<int64_t>(10, req.probes);
                to->relativeError = req.traceRelativeError;
                to->seed = req.seed;
            }
            c.batches = sharpnessOverBatches(*loaded.model, batchSource, loaded.data.loss, req.batches, req.seed, eo,
                                             to, sub);
        }
        if (req.perLayer) {
            for (const auto& g : groups) {
                LayerSharpness l;
                l.layer = g.name;
                EigenOptions le = eo;
                le.k = 1;
                le.subset = g.params;
                auto e = topHessianEigenvalues(objective, le, sub);
                l.lambdaMax = e.eigenvalues.front();
                l.residual = e.residuals.empty() ? 0.0 : e.residuals.front();
                TraceOptions lt;
                lt.maxProbes = std::max<int64_t>(10, std::min<int64_t>(req.probes, 50));
                lt.minProbes = std::min<int64_t>(10, lt.maxProbes);
                lt.relativeError = 0.0;
                lt.seed = req.seed;
                lt.subset = g.params;
                auto t = hutchinsonTrace(objective, lt, sub);
                l.trace = t.mean;
                l.traceStandardError = t.standardError;
                l.traceSamples = t.samples;
                c.layers.push_back(l);
            }
        }
        return c;
    };
    std::vector<std::optional<CheckpointSharpness>> results(checkpoints.size());
    int64_t delivered = 0;
    DistributedTasks tasks;
    tasks.count = int64_t(checkpoints.size());
    tasks.describe = [](int64_t) { return std::string(); };
    tasks.compute = [&](int64_t k, const std::string&) { return encode(sharpnessAt(std::size_t(k))); };
    tasks.deliver = [&](int64_t k, const std::string& bytes) {
        // Through bytes in one process too: the MPI path's encoding is exercised by every test.
        results[std::size_t(k)] = decode(bytes);
        if (auto& b = results[std::size_t(k)]->batches)
            b->summarise(req.seed); // the summaries are not sent, only the batch values
        if (feedback)
            feedback->setProgress(double(++delivered) * share);
    };
    distributor.run(tasks, feedback);
    for (auto& r : results)
        if (r)
            report.checkpoints.push_back(std::move(*r));
    return report;
}

} // namespace ts
