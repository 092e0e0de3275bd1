#include "app/cli/CommandLine.h"
#include "app/cli/Commands.h"
#include "app/cli/ConsoleFeedback.h"
#include "app/cli/DeviceOption.h"
#include "app/cli/InterruptGuard.h"

#include "core/Error.h"
#include "core/Settings.h"
#include "core/runfile/RunReader.h"
#include "core/runfile/RunWriter.h"
#include "core/train/Demos.h"
#include "core/train/Trainer.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace ts::cli {

namespace {
const char* kTrainUsage =
    "usage: trainscope train (--demo grokking|xor|moe|moe-topk|skip-connections | --task TASK --model MODEL)\n"
    "                        [--set key=value ...] [--steps N] [--seed N|N,N,...] [--threads N]\n"
    "                        [--init RUN.h5[@STEP]] [--out RUN.h5] [--quiet] [--device cpu|cuda[:N]]\n"
    "                        [--pace STEPS_PER_SECOND]\n"
    "--pace slows training down to at most that many steps per second (for demos; the run is\n"
    "the same, only slower; 0, the default, is as fast as possible). Not recorded in the file.\n"
    "--seed 1,2,3 trains the run once per seed into OUT-seed1.h5, OUT-seed2.h5, ... (repeats that\n"
    "the app's Group seeds and render's seed groups draw as one line with a band).\n"
    "--init starts from a checkpoint of another run (STEP a step, first or last; default last):\n"
    "its parameters and buffers replace the seed's initialisation (the model must have the same\n"
    "architecture; the seed still draws the minibatches). Recorded as the setting init.\n"
    "--demo skip-connections trains the ResNet with and without shortcuts and computes both\n"
    "loss surfaces: --out PREFIX (default demo-skip-connections) writes PREFIX-short.h5,\n"
    "PREFIX-noshort.h5 and PREFIX-{short,noshort}-surface.h5; [--grid N] (21: N×N points)\n"
    "[--range R] (1: -R..R) [--surface-subset N] (1000 training images) [--json].\n";

int trainOne(const Settings& settings, const std::string& out, const ComputeDevice& device, double pace, bool quiet);
} // namespace

int trainCommand(const std::vector<std::string>& args)
{
    CommandLine cl(args, {{"demo"}, {"task"}, {"model"}, {"set", true, true}, {"steps"}, {"seed"}, {"threads"}, {"init"},
                          {"pace"}, {"out"}, {"quiet", false}, {"help", false},
                          {"grid"}, {"range"}, {"surface-subset"}, {"json", false}, deviceOptionSpec()});
    if (cl.has("help")) {
        std::fputs(kTrainUsage, stdout);
        std::fputs(kDeviceUsage, stdout);
        return kExitOk;
    }
    if (!cl.positionals().empty())
        throw UsageError("unexpected argument '" + cl.positionals().front() + "'");
    if (cl.has("demo") && (cl.has("task") || cl.has("model")))
        throw UsageError("--demo already sets the task and model; change them with --set instead");
    if (!cl.has("demo") && (!cl.has("task") || !cl.has("model")))
        throw UsageError("give --demo NAME, or both --task and --model\n" + std::string(kTrainUsage));
    const ComputeDevice device = deviceFromCommandLine(cl);

    Settings settings = cl.has("demo") ? demoSettings(cl.value("demo")) : Settings();
    if (cl.has("demo"))
        settings.set("demo", cl.value("demo"));
    if (cl.has("task"))
        settings.set("task", cl.value("task"));
    if (cl.has("model"))
        settings.set("model", cl.value("model"));
    for (const auto& assignment : cl.values("set")) {
        auto [key, value] = Settings::parseAssignment(assignment);
        settings.set(key, value);
    }
    for (const char* key : {"steps", "threads", "init"})
        if (cl.has(key))
            settings.set(key, cl.value(key));
    // --seed 1,2,3: the same run once per seed, each its own file (repeats of one experiment,
    // which the app and `render --group seed` draw as one line with a band).
    std::vector<std::string> seeds;
    if (cl.has("seed")) {
        seeds = splitList(cl.value("seed"), ',');
        for (const auto& seed : seeds) {
            int64_t v = 0;
            if (!parseInt64(seed, v) || v < 0)
                throw UsageError("--seed must be a whole number >= 0 or a list such as 1,2,3, not '" +
                                 cl.value("seed") + "'");
        }
        if (seeds.size() == 1)
            settings.set("seed", seeds.front());
    }

    const bool skipDemo = cl.value("demo", "") == kSkipConnectionsDemo;
    for (const char* key : {"grid", "range", "surface-subset", "json"})
        if (cl.has(key) && !skipDemo)
            throw UsageError(std::string("--") + key + " belongs to --demo " + kSkipConnectionsDemo);
    if (skipDemo && seeds.size() > 1)
        throw UsageError("--seed with several seeds trains ordinary runs, not --demo " + std::string(kSkipConnectionsDemo));
    if (skipDemo)
        return skipConnectionsDemo(settings, cl);

    double pace = 0;
    if (cl.has("pace")) {
        const std::string text = cl.value("pace");
        char* end = nullptr;
        pace = std::strtod(text.c_str(), &end);
        if (text.empty() || *end != '\0' || !(pace >= 0) || !std::isfinite(pace))
            throw UsageError("--pace must be a number of steps per second >= 0 (0: unlimited), not '" + text + "'");
    }
    const std::string out = cl.value("out", cl.has("demo") ? "demo-" + cl.value("demo") + ".h5" : "run.h5");
    const bool quiet = cl.has("quiet");
    if (seeds.size() > 1) {
        // run.h5 -> run-seed1.h5, run-seed2.h5, ...
        const auto dot = out.rfind('.');
        const bool hasSuffix = dot != std::string::npos && out.find('/', dot) == std::string::npos && dot > 0;
        const std::string stem = hasSuffix ? out.substr(0, dot) : out;
        const std::string suffix = hasSuffix ? out.substr(dot) : ".h5";
        for (const auto& seed : seeds) {
            Settings one = settings;
            one.set("seed", seed);
            const int rc = trainOne(one, stem + "-seed" + seed + suffix, device, pace, quiet);
            if (rc != kExitOk)
                return rc;
        }
        return kExitOk;
    }
    return trainOne(settings, out, device, pace, quiet);
}

namespace {

int trainOne(const Settings& settings, const std::string& out, const ComputeDevice& device, double pace, bool quiet)
{

    // Everything is validated (and the data built) before the file is created.
    auto config = TrainConfig::fromSettings(settings);
    config.device = device;
    Trainer trainer(config);
    if (!quiet)
        std::fprintf(stderr, "training %s on %s (%lld parameters), %lld steps -> %s\n", trainer.config().model.c_str(),
                     trainer.task().description.c_str(),
                     static_cast<long long>(trainer.parameterCount()),
                     static_cast<long long>(trainer.config().steps), out.c_str());

    RunWriter writer(out, trainer.runHeader());
    ConsoleFeedback feedback(quiet, "training", trainer.metricNames());
    feedback.setPace(pace);
    InterruptGuard interrupt(feedback);
    TrainOutcome outcome;
    bool cancelled = false;
    try {
        outcome = trainer.run(&writer, &feedback, [&](const MetricsRow& row) {
            feedback.showStep(row.step, row.totalSteps, row.values);
        });
    } catch (const Cancelled&) {
        cancelled = true; // the file's status record says so already
    } catch (...) {
        writer.setStatus(RunStatus::Failed, "training aborted by an internal error");
        throw;
    }
    feedback.finish();
    writer.close();

    if (outcome.status == RunStatus::Failed) {
        std::fprintf(stderr, "trainscope: %s (%s)\n", outcome.message.c_str(), out.c_str());
        return kExitFailed;
    }
    if (!quiet)
        printRunSummary(out, false);
    if (cancelled) {
        std::fprintf(stderr, "trainscope: interrupted: %s; %s holds everything up to there\n",
                     RunReader(out).statusMessage().c_str(), out.c_str());
        return kExitInterrupted;
    }
    return kExitOk;
}

} // namespace

} // namespace ts::cli
