#include "core/analysis/SharpnessReport.h"

#include "core/Error.h"
#include "core/analysis/AdaptiveSharpness.h"
#include "core/analysis/HessianEigen.h"
#include "core/analysis/HutchinsonTrace.h"
#include "core/analysis/Objective.h"
#include "core/analysis/RunModel.h"
#include "core/analysis/SpectralDensity.h"
#include "core/runfile/RunReader.h"

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

SharpnessReport sharpnessOfRun(const RunReader& run, const std::vector<int64_t>& checkpoints,
                               const SharpnessRequest& req, Feedback* feedback)
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
    auto loaded = loadRunModel(run);
    const auto& split = loaded.data.split(req.split);
    SharpnessReport report;
    parseDouble(run.configValue("lr", "0"), report.learningRate);
    const auto steps = run.checkpointSteps();
    const auto groups = layerGroups(*loaded.model);
    const double share = 1.0 / double(checkpoints.size());
    for (std::size_t k = 0; k < checkpoints.size(); ++k) {
        const auto index = checkpoints[k];
        if (index < 0 || index >= int64_t(steps.size()))
            throw ConfigError("checkpoint index " + std::to_string(index) + " is outside the run");
        if (feedback)
            feedback->throwIfCancelled();
        applyCheckpoint(run, index, *loaded.model);
        ModelObjective objective(*loaded.model, split, loaded.data.loss, req.batchSize);
        CheckpointSharpness c;
        c.step = steps[std::size_t(index)];
        const double base = double(k) * share;
        ScaledFeedback sub(feedback, base, base + share);
        EigenOptions eo;
        eo.k = req.top;
        eo.maxIterations = req.iterations;
        eo.seed = req.seed;
        eo.method = req.method;
        eo.maxSteps = req.lanczosSteps;
        c.eigen = topHessianEigenvalues(objective, eo, &sub);
        if (req.trace) {
            TraceOptions to;
            to.maxProbes = req.probes;
            to.minProbes = std::min<int64_t>(10, req.probes);
            to.relativeError = req.traceRelativeError;
            to.seed = req.seed;
            c.trace = hutchinsonTrace(objective, to, &sub);
        }
        if (req.density) {
            DensityOptions d;
            d.steps = req.densitySteps;
            d.seed = req.seed;
            c.density = spectralDensity(objective, d, &sub);
        }
        if (!req.adaptive.empty()) {
            SharpnessOptions so;
            so.rho = req.rho;
            so.seed = req.seed;
            so.norm = req.adaptiveLinf ? SharpnessNorm::Linf : SharpnessNorm::L2;
            if (req.adaptive == "avg")
                c.average = averageCaseSharpness(objective, so, &sub);
            else
                c.worst = worstCaseSharpness(objective, so, &sub);
        }
        if (req.perLayer) {
            for (const auto& g : groups) {
                LayerSharpness l;
                l.layer = g.name;
                EigenOptions le = eo;
                le.k = 1;
                le.subset = g.params;
                auto e = topHessianEigenvalues(objective, le, &sub);
                l.lambdaMax = e.eigenvalues.front();
                l.residual = e.residuals.empty() ? 0.0 : e.residuals.front();
                TraceOptions lt;
                lt.maxProbes = std::max<int64_t>(10, std::min<int64_t>(req.probes, 50));
                lt.minProbes = std::min<int64_t>(10, lt.maxProbes);
                lt.relativeError = 0.0;
                lt.seed = req.seed;
                lt.subset = g.params;
                auto t = hutchinsonTrace(objective, lt, &sub);
                l.trace = t.mean;
                l.traceStandardError = t.standardError;
                l.traceSamples = t.samples;
                c.layers.push_back(l);
            }
        }
        report.checkpoints.push_back(std::move(c));
        if (feedback)
            feedback->setProgress(double(k + 1) * share);
    }
    return report;
}

} // namespace ts
