// `trainscope evaluate`: loss and accuracy of checkpoints on the run's splits, each with its
// own BatchNorm statistics, in eval mode unless --mode train.
#include "app/cli/CommandLine.h"
#include "app/cli/Commands.h"
#include "app/cli/ConsoleFeedback.h"
#include "app/cli/DeviceOption.h"
#include "app/cli/EvaluationOptions.h"
#include "app/cli/InterruptGuard.h"

#include "core/Error.h"
#include "core/Json.h"
#include "core/Runtime.h"
#include "core/Settings.h"
#include "core/analysis/CheckpointEvaluation.h"
#include "core/runfile/RunReader.h"

#include <cstdio>

namespace ts::cli {

namespace {
const char* kUsage = "usage: trainscope evaluate RUN.h5 [--checkpoint all|first|last|STEP[,STEP...]] [--split NAME]\n"
                     "                           [--mode eval|train] [--threads N] [--json] [--quiet]\n"
                     "                           [--device cpu|cuda[:N]]\n"
                     "Loss and accuracy of each checkpoint (default: all) on every split (or --split).\n";
} // namespace

int evaluateCommand(const std::vector<std::string>& args)
{
    CommandLine cl(args, {{"checkpoint"}, {"split"}, {"mode"}, {"threads"}, {"json", false}, {"quiet", false},
                          {"help", false}, deviceOptionSpec()});
    if (cl.has("help")) {
        std::fputs(kUsage, stdout);
        std::fputs(kDeviceUsage, stdout);
        return kExitOk;
    }
    if (cl.positionals().size() != 1)
        throw UsageError(std::string("evaluate needs exactly one run file\n") + kUsage);
    int64_t threads = 0;
    if (cl.has("threads") && !parseInt64(cl.value("threads"), threads))
        throw UsageError("--threads must be a whole number");
    const auto eval = EvaluationOptions::parse(cl, "keep");
    const ComputeDevice device = deviceFromCommandLine(cl);
    configureRuntime(int(threads));

    RunReader run(cl.positionals().front());
    auto loaded = loadRunModel(run, device);
    std::vector<int64_t> indices;
    const std::string which = cl.value("checkpoint", "all");
    if (which == "all") {
        for (int64_t i = 0; i < run.checkpointCount(); ++i)
            indices.push_back(i);
        if (indices.empty())
            throw ConfigError(run.path() + ": the run has no checkpoints");
    } else {
        for (const auto& s : splitList(which, ','))
            indices.push_back(checkpointIndex(run, s));
    }
    std::vector<std::string> splits;
    if (cl.has("split"))
        splits.push_back(cl.value("split"));
    eval.applyMode(*loaded.model);
    if (!cl.has("json"))
        eval.report(*loaded.model, false, loaded.warning);
    ConsoleFeedback feedback(cl.has("quiet"), "evaluate");
    InterruptGuard interrupt(feedback);
    const auto results = evaluateCheckpoints(run, loaded, indices, splits, &feedback);
    feedback.finish();

    if (cl.has("json")) {
        JsonWriter j;
        j.beginObject().key("run").value(run.path());
        eval.writeJson(j, *loaded.model, loaded.warning);
        j.key("checkpoints").beginArray();
        for (const auto& r : results) {
            j.beginObject().key("step").value(r.step).key("splits").beginObject();
            for (const auto& [name, v] : r.splits)
                j.key(name).beginObject().key("loss").value(v.first).key("accuracy").value(v.second).endObject();
            j.endObject().endObject();
        }
        j.endArray().endObject();
        std::printf("%s\n", j.str().c_str());
        return kExitOk;
    }
    std::printf("%10s", "step");
    for (const auto& [name, v] : results.front().splits)
        std::printf(" %14s %14s", (name + "_loss").c_str(), (name + "_acc").c_str());
    std::printf("\n");
    for (const auto& r : results) {
        std::printf("%10lld", static_cast<long long>(r.step));
        for (const auto& [name, v] : r.splits)
            std::printf(" %14.8g %14.4f", v.first, v.second);
        std::printf("\n");
    }
    return kExitOk;
}

} // namespace ts::cli
