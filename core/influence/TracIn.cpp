#include "core/influence/TracIn.h"

#include "core/Error.h"
#include "core/Feedback.h"
#include "core/analysis/RunModel.h"
#include "core/influence/ExampleGradients.h"
#include "core/influence/RandomProjection.h"

#include <torch/torch.h>

#include <algorithm>
#include <optional>

namespace ts {

double learningRateAt(const MetricSeries& lr, int64_t step, double fallback)
{
    if (lr.steps.empty())
        return fallback;
    auto it = std::upper_bound(lr.steps.begin(), lr.steps.end(), step);
    const std::size_t i = it == lr.steps.begin() ? 0 : std::size_t(it - lr.steps.begin()) - 1;
    return lr.values[i];
}

namespace {
std::vector<int64_t> chosenCheckpoints(const RunReader& run, const std::vector<int64_t>& wanted)
{
    std::vector<int64_t> indices;
    if (wanted.empty()) {
        for (int64_t i = 0; i < run.checkpointCount(); ++i)
            indices.push_back(i);
    }
    for (const auto step : wanted)
        indices.push_back(checkpointIndex(run, std::to_string(step)));
    if (indices.empty())
        throw ConfigError(run.path() + ": no checkpoints to trace");
    return indices;
}

std::vector<torch::Tensor> scaled(const Model& model, std::vector<torch::Tensor> v)
{
    for (std::size_t p = 0; p < v.size(); ++p)
        if (const double s = model.lrScale(p); s != 1.0)
            v[p] = v[p] * s;
    return v;
}
} // namespace

InfluenceScores tracIn(const RunReader& run, LoadedRun& loaded, const InfluenceOptions& o, Feedback* feedback)
{
    auto& model = *loaded.model;
    const auto& train = loaded.data.split(o.trainSplit);
    const bool self = o.testIndex < 0;
    const Split* test = self ? nullptr : &loaded.data.split(o.testSplit);
    if (o.projection < 0)
        throw ConfigError("the projection dimension must be positive (0 = exact gradients)");
    const auto indices = chosenCheckpoints(run, o.checkpoints);
    double configLr = 0.0;
    parseDouble(run.configValue("lr", "0"), configLr);
    const auto& names = run.metricNames();
    const MetricSeries lr =
        std::find(names.begin(), names.end(), "lr") != names.end() ? run.readMetric("lr") : MetricSeries{};
    // An imported run may know no learning rate at all: weigh every checkpoint 1 (and say so)
    // rather than 0, which would make every score 0.
    const bool unitSteps = lr.steps.empty() && !(configLr > 0);
    if (unitSteps)
        configLr = 1.0;
    bool scaledParams = false;
    for (std::size_t p = 0; p < model.params().size(); ++p)
        scaledParams = scaledParams || model.lrScale(p) != 1.0;
    std::optional<RandomProjection> projection;
    if (o.projection > 0)
        projection.emplace(o.projection, model.parameterCount(), o.projectionSeed);

    InfluenceScores r;
    r.method = InfluenceMethod::TracIn;
    r.trainSplit = o.trainSplit;
    r.testSplit = self ? "" : o.testSplit;
    r.testIndex = self ? -1 : o.testIndex;
    const int64_t n = train.inputs.size(0);
    r.scores.assign(std::size_t(n), 0.0);
    const auto steps = run.checkpointSteps();
    const double share = 1.0 / double(indices.size());
    for (std::size_t k = 0; k < indices.size(); ++k) {
        if (feedback) {
            feedback->throwIfCancelled();
            feedback->setMessage("checkpoint " + std::to_string(k + 1) + " of " + std::to_string(indices.size()));
        }
        applyCheckpoint(run, indices[k], model);
        const int64_t step = steps[std::size_t(indices[k])];
        const double eta = learningRateAt(lr, step, configLr);
        const double from = double(k) * share, to = from + share;
        torch::Tensor contribution;
        if (self) {
            contribution = torch::zeros({n}, torch::kFloat64);
            auto* out = contribution.data_ptr<double>();
            forEachExampleGradient(
                model, train, loaded.data.loss,
                [&](int64_t i, const std::vector<torch::Tensor>& g) {
                    if (!projection) {
                        out[i] = dotAll(g, scaled(model, g));
                        return;
                    }
                    // One projection per example unless some parameters have their own lr scale.
                    const auto pg = projection->project(flattenParameters(g));
                    out[i] = (scaledParams ? projection->project(flattenParameters(scaled(model, g))) : pg)
                                 .dot(pg)
                                 .item<double>();
                },
                feedback, from, to);
        } else {
            auto v = scaled(model, exampleGradient(model, *test, o.testIndex, loaded.data.loss));
            if (projection)
                v = unflattenParameters(projection->projectBack(projection->project(flattenParameters(v))), v);
            contribution = gradientDots(model, train, loaded.data.loss, v, o.chunk, feedback, from, to);
        }
        contribution.mul_(eta);
        r.steps.push_back(step);
        r.learningRates.push_back(eta);
        r.perCheckpoint.emplace_back(contribution.data_ptr<double>(), contribution.data_ptr<double>() + n);
        for (int64_t i = 0; i < n; ++i)
            r.scores[std::size_t(i)] += r.perCheckpoint.back()[std::size_t(i)];
    }
    if (projection)
        r.note = "gradients projected to " + std::to_string(o.projection) + " dimensions (Gaussian, seed " +
                 std::to_string(o.projectionSeed) + ")";
    if (unitSteps)
        r.note += std::string(r.note.empty() ? "" : "; ") +
                  "the run records no learning rate: every checkpoint is weighted 1";
    else if (lr.steps.empty())
        r.note += std::string(r.note.empty() ? "" : "; ") + "no lr metric in the run: the configured lr is used";
    return r;
}

} // namespace ts
