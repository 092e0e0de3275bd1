#include "app/cli/CommandLine.h"
#include "app/cli/Commands.h"

#include "core/Json.h"
#include "core/analysis/RunModel.h"
#include "core/runfile/RunReader.h"

#include <cstdio>

namespace ts::cli {

namespace {
struct FinalMetric {
    std::string name;
    int64_t step = -1;
    double value = 0.0;
};

std::vector<FinalMetric> finalMetrics(const RunReader& run)
{
    std::vector<FinalMetric> out;
    for (const auto& name : run.metricNames()) {
        auto series = run.readMetric(name);
        if (!series.steps.empty())
            out.push_back({name, series.steps.back(), series.values.back()});
    }
    return out;
}

void printText(const RunReader& run)
{
    auto steps = run.checkpointSteps();
    std::printf("run:            %s\n", run.path().c_str());
    std::printf("format:         trainscope-run v%lld\n", static_cast<long long>(run.formatVersion()));
    std::printf("status:         %s%s%s\n", runStatusName(run.status()), run.statusMessage().empty() ? "" : " - ",
                run.statusMessage().c_str());
    std::printf("task:           %s\n", run.configValue("task", "?").c_str());
    std::printf("model:          %s (%lld parameters in %zu tensors)\n", run.modelArch().c_str(),
                static_cast<long long>(run.parameterCount()), run.params().size());
    if (!run.buffers().empty())
        std::printf("buffers:        %zu tensors (BatchNorm statistics), stored with every checkpoint\n",
                    run.buffers().size());
    if (run.configValue("source") == "merge")
        std::printf("merged:         %s of %s\n", run.configValue("merge_method").c_str(),
                    run.configValue("merge_inputs").c_str());
    if (!run.configValue("init").empty())
        std::printf("initialised:    from %s\n", run.configValue("init").c_str());
    std::printf("optimizer:      %s lr=%s weight_decay=%s seed=%s\n", run.configValue("optimizer", "adamw").c_str(),
                run.configValue("lr", "?").c_str(), run.configValue("weight_decay", "0").c_str(),
                run.configValue("seed", "0").c_str());
    std::printf("steps:          %s planned\n", run.configValue("steps", "?").c_str());
    if (steps.empty())
        std::printf("checkpoints:    0\n");
    else
        std::printf("checkpoints:    %zu (steps %lld .. %lld)\n", steps.size(), static_cast<long long>(steps.front()),
                    static_cast<long long>(steps.back()));
    std::printf("splits:         ");
    for (const auto& s : run.splitNames())
        std::printf("%s ", s.c_str());
    std::printf("(loss: %s)\n", run.lossKind().c_str());
    std::printf("metrics:        ");
    for (const auto& m : run.metricNames())
        std::printf("%s ", m.c_str());
    std::printf("\n");
    auto finals = finalMetrics(run);
    if (!finals.empty()) {
        std::printf("final metrics (step %lld):\n", static_cast<long long>(finals.front().step));
        for (const auto& f : finals)
            std::printf("  %-14s %.6g\n", f.name.c_str(), f.value);
    }
    if (const auto warning = bufferWarning(run); !warning.empty())
        std::printf("warning:        %s\n", warning.c_str());
}

void printJson(const RunReader& run)
{
    JsonWriter j;
    j.beginObject();
    j.key("path").value(run.path());
    j.key("format_version").value(run.formatVersion());
    j.key("status").value(runStatusName(run.status()));
    j.key("status_message").value(run.statusMessage());
    j.key("task").value(run.configValue("task"));
    j.key("model").value(run.modelArch());
    j.key("parameters").value(run.parameterCount());
    j.key("config").beginObject();
    for (const auto& [k, v] : run.config())
        j.key(k).value(v);
    j.endObject();
    j.key("param_tensors").beginArray();
    for (const auto& p : run.params()) {
        j.beginObject().key("name").value(p.name).key("shape").beginArray();
        for (auto d : p.shape)
            j.value(d);
        j.endArray().endObject();
    }
    j.endArray();
    j.key("buffers").beginArray();
    for (const auto& b : run.buffers())
        j.value(b.name);
    j.endArray();
    if (const auto warning = bufferWarning(run); !warning.empty())
        j.key("warning").value(warning);
    j.key("checkpoint_steps").beginArray();
    for (auto s : run.checkpointSteps())
        j.value(s);
    j.endArray();
    j.key("splits").beginArray();
    for (const auto& s : run.splitNames())
        j.value(s);
    j.endArray();
    j.key("metrics").beginArray();
    for (const auto& m : run.metricNames())
        j.value(m);
    j.endArray();
    j.key("final_metrics").beginObject();
    for (const auto& f : finalMetrics(run))
        j.key(f.name).beginObject().key("step").value(f.step).key("value").value(f.value).endObject();
    j.endObject();
    j.endObject();
    std::printf("%s\n", j.str().c_str());
}
} // namespace

void printRunSummary(const std::string& path, bool json)
{
    RunReader run(path);
    if (json)
        printJson(run);
    else
        printText(run);
}

int infoCommand(const std::vector<std::string>& args)
{
    CommandLine cl(args, {{"json", false}, {"help", false}});
    if (cl.has("help")) {
        std::puts("usage: trainscope info RUN.h5 [--json]");
        return kExitOk;
    }
    if (cl.positionals().size() != 1)
        throw UsageError("info needs exactly one run file (usage: trainscope info RUN.h5 [--json])");
    printRunSummary(cl.positionals().front(), cl.has("json"));
    return kExitOk;
}

} // namespace ts::cli
