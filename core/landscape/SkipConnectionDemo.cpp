#include "core/landscape/SkipConnectionDemo.h"

#include "core/Error.h"
#include "core/landscape/LandscapeJob.h"
#include "core/landscape/SurfaceFile.h"
#include "core/runfile/RunReader.h"
#include "core/runfile/RunWriter.h"
#include "core/train/Trainer.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <memory>

namespace ts {

namespace {
double secondsSince(std::chrono::steady_clock::time_point t0)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

// Progress shares: training is most of the work, each surface a bit less.
constexpr double kTrainShare = 0.3, kSurfaceShare = 0.2;
} // namespace

std::vector<SkipDemoNetwork> skipDemoNetworks(const std::string& prefix)
{
    std::vector<SkipDemoNetwork> nets(2);
    for (int i = 0; i < 2; ++i) {
        nets[i].shortcut = i == 0;
        nets[i].name = i == 0 ? "short" : "noshort";
        nets[i].runPath = prefix + "-" + nets[i].name + ".h5";
        nets[i].surfacePath = prefix + "-" + nets[i].name + "-surface.h5";
    }
    return nets;
}

void summariseSkipDemoSurface(const LandscapeSurface& surface, SkipDemoNetwork& network)
{
    const auto it = surface.values.find("train_loss");
    if (it == surface.values.end())
        throw ConfigError("the surface has no train_loss");
    network.lossMin = INFINITY;
    network.lossMax = -INFINITY;
    for (double v : it->second)
        if (std::isfinite(v)) {
            network.lossMin = std::min(network.lossMin, v);
            network.lossMax = std::max(network.lossMax, v);
        }
    network.curvature = surfaceCurvature(surface, "train_loss");
}

std::vector<SkipDemoNetwork> runSkipConnectionDemo(const SkipDemoOptions& options, Feedback* feedback,
                                                   const SkipDemoStage& onStage)
{
    if (options.grid < 3)
        throw ConfigError("the skip-connections demo needs a grid of at least 3×3 points");
    if (!(options.range > 0))
        throw ConfigError("the skip-connections demo needs a positive range");
    auto nets = skipDemoNetworks(options.prefix);
    // Both configurations are validated (and their data built) before any file is written.
    std::vector<std::unique_ptr<Trainer>> trainers;
    for (auto& net : nets) {
        Settings s = options.training;
        s.set("shortcut", net.shortcut ? "true" : "false");
        auto config = TrainConfig::fromSettings(s);
        config.device = options.device;
        trainers.push_back(std::make_unique<Trainer>(config));
        net.parameters = trainers.back()->parameterCount();
    }
    auto stage = [&](const std::string& what) {
        if (feedback)
            feedback->setMessage(what);
        if (onStage)
            onStage(what);
    };

    for (std::size_t i = 0; i < nets.size(); ++i) {
        auto& net = nets[i];
        stage("training " + net.name);
        ScaledFeedback part(feedback, kTrainShare * double(i), kTrainShare * double(i + 1));
        const auto t0 = std::chrono::steady_clock::now();
        TrainOutcome outcome;
        {
            RunWriter writer(net.runPath, trainers[i]->runHeader());
            outcome = trainers[i]->run(&writer, feedback ? &part : nullptr);
            writer.close();
        }
        net.trainSeconds = secondsSince(t0);
        const auto& metricNames = trainers[i]->metricNames();
        const auto at = std::find(metricNames.begin(), metricNames.end(), "test_acc");
        const auto& values = outcome.lastMetrics.values;
        const auto k = std::size_t(at - metricNames.begin());
        net.testAccuracy = k < values.size() ? values[k] : NAN;
        trainers[i].reset(); // its data is not needed any more
        if (outcome.status == RunStatus::Failed)
            throw Error(net.runPath + ": " + outcome.message);
    }

    LandscapeSpec spec; // random filter-normalised directions, biases and BatchNorm zeroed
    spec.nx = spec.ny = options.grid;
    spec.xmin = spec.ymin = -options.range;
    spec.xmax = spec.ymax = options.range;
    spec.subset = options.subset;
    spec.random.seed = options.seed;
    for (std::size_t i = 0; i < nets.size(); ++i) {
        auto& net = nets[i];
        stage("surface " + net.name);
        ScaledFeedback part(feedback, 2 * kTrainShare + kSurfaceShare * double(i),
                            2 * kTrainShare + kSurfaceShare * double(i + 1));
        const RunReader run(net.runPath);
        LandscapeJob job(run, spec, options.device);
        LandscapeSurface surface = job.newSurface();
        const auto t0 = std::chrono::steady_clock::now();
        try {
            job.compute(surface, feedback ? &part : nullptr,
                        [&](const LandscapeSurface& s, int, int) { writeSurfaceFile(net.surfacePath, s); });
        } catch (const Cancelled&) {
            writeSurfaceFile(net.surfacePath, surface);
            throw;
        }
        net.surfaceSeconds = secondsSince(t0);
        writeSurfaceFile(net.surfacePath, surface);
        summariseSkipDemoSurface(surface, net);
    }
    if (feedback)
        feedback->setProgress(1.0);
    return nets;
}

} // namespace ts
