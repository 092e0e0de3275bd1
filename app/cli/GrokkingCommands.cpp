// `trainscope grokking` (events, verdict and progress measures of a run), `trainscope
// tickets` (grokking tickets and their controls) and `trainscope sweep` (one setting varied).
#include "app/cli/CommandLine.h"
#include "app/cli/Commands.h"
#include "app/cli/ConsoleFeedback.h"
#include "app/cli/DeviceOption.h"
#include "app/cli/InterruptGuard.h"
#include "app/cli/ProgressLine.h"

#include "core/analysis/RunModel.h"
#include "core/Json.h"
#include "core/Runtime.h"
#include "core/Settings.h"
#include "core/grokking/GroupEvents.h"
#include "core/grokking/ProgressMeasures.h"
#include "core/grokking/Sweep.h"
#include "core/grokking/Tickets.h"
#include "core/runfile/RunReader.h"
#include "core/stats/RunGrouping.h"
#include "core/train/Demos.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>

namespace ts::cli {

namespace {
void array(JsonWriter& j, const char* key, const std::vector<double>& v)
{
    j.key(key).beginArray();
    for (double x : v)
        j.value(x);
    j.endArray();
}

void eventsJson(JsonWriter& j, const GrokkingEvents& e)
{
    j.key("events").beginObject();
    j.key("t_mem").value(e.tMem).key("t10").value(e.t10).key("t50").value(e.t50).key("t90").value(e.t90);
    j.key("t99").value(e.t99).key("gap").value(e.gap).key("transition_width").value(e.transitionWidth);
    j.key("test_at_mem").value(e.testAtMem).key("verdict").value(e.verdictName).key("explanation").value(e.explanation);
    const auto& t = e.thresholds;
    j.key("thresholds").beginObject().key("smoothing_window").value(int64_t(t.smoothingWindow));
    j.key("memorised").value(t.memorised).key("gap_factor").value(t.gapFactor).key("gap_floor_steps").value(t.gapFloorSteps);
    j.key("low_test_at_memorised").value(t.lowTestAtMemorised).endObject();
    j.endObject();
}

std::string stepText(int64_t s) { return s < 0 ? std::string("never") : std::to_string(s); }

// "a,,b" → {"a", "b"}: empty parts dropped.
std::vector<std::string> commaList(const std::string& list)
{
    std::vector<std::string> items = splitList(list, ',');
    items.erase(std::remove(items.begin(), items.end(), std::string()), items.end());
    return items;
}

// {"mean": .., "std": .., "n": ..}: over the runs that reach the event (std with n - 1).
void summaryJson(JsonWriter& j, const char* key, const SampleSummary& s)
{
    j.key(key).beginObject().key("mean").value(s.mean).key("std").value(s.std).key("n").value(s.n).endObject();
}

// "1677 ± 208 (n=3)", or "never (n=0)".
std::string summaryText(const SampleSummary& s)
{
    if (s.n == 0)
        return "never (n=0)";
    char buf[96];
    std::snprintf(buf, sizeof buf, "%.0f ± %.0f (n=%d)", s.mean, s.std, s.n);
    return buf;
}

// Several runs: the events of each, and of each group of seeds (runs whose configurations
// differ only in the seed) mean ± std over the runs that reach the event.
int groupEvents(const std::vector<std::string>& paths, bool json)
{
    std::vector<std::unique_ptr<RunReader>> runs;
    std::vector<GrokkingEvents> events;
    std::vector<ConfigEntries> configs;
    for (const auto& p : paths) {
        runs.push_back(std::make_unique<RunReader>(p));
        events.push_back(detectGrokking(*runs.back()));
        configs.push_back(runs.back()->config());
    }
    const auto groups = groupRuns(configs);
    if (json) {
        JsonWriter j;
        j.beginObject().key("runs").beginArray();
        for (std::size_t i = 0; i < runs.size(); ++i) {
            j.beginObject().key("run").value(runs[i]->path()).key("seed").value(runs[i]->configValue("seed"));
            eventsJson(j, events[i]);
            j.endObject();
        }
        j.endArray().key("groups").beginArray();
        for (const auto& g : groups) {
            std::vector<GrokkingEvents> members;
            j.beginObject().key("runs").beginArray();
            for (auto m : g.members) {
                j.value(runs[m]->path());
                members.push_back(events[m]);
            }
            j.endArray();
            const auto s = summarizeGroupEvents(members);
            j.key("n").value(s.runs);
            summaryJson(j, "t_mem", s.tMem);
            summaryJson(j, "t50", s.t50);
            summaryJson(j, "t90", s.t90);
            j.endObject();
        }
        j.endArray().endObject();
        std::printf("%s\n", j.str().c_str());
        return kExitOk;
    }
    std::printf("%-8s %8s %8s %8s  %-30s %s\n", "seed", "t_mem", "t50", "t90", "verdict", "run");
    for (std::size_t i = 0; i < runs.size(); ++i)
        std::printf("%-8s %8s %8s %8s  %-30s %s\n", runs[i]->configValue("seed", "?").c_str(),
                    stepText(events[i].tMem).c_str(), stepText(events[i].t50).c_str(), stepText(events[i].t90).c_str(),
                    events[i].verdictName.c_str(), runs[i]->path().c_str());
    int number = 0;
    for (const auto& g : groups) {
        std::vector<GrokkingEvents> members;
        for (auto m : g.members)
            members.push_back(events[m]);
        const auto s = summarizeGroupEvents(members);
        std::printf("group %d (%d run%s, the same configuration but the seed): mean ± std over the runs that reach "
                    "each event (std with n-1)\n",
                    ++number, s.runs, s.runs == 1 ? "" : "s");
        std::printf("  t_mem %s, t50 %s, t90 %s\n", summaryText(s.tMem).c_str(), summaryText(s.t50).c_str(),
                    summaryText(s.t90).c_str());
    }
    return kExitOk;
}
} // namespace

int grokkingCommand(const std::vector<std::string>& args)
{
    CommandLine cl(args, {{"json", false}, {"coherence"}, {"stride"}, {"quiet", false}, {"help", false},
                          deviceOptionSpec()});
    const char* usage =
        "usage: trainscope grokking RUN.h5 [--coherence M] [--stride K] [--json] [--quiet] [--device cpu|cuda[:N]]\n"
        "       trainscope grokking RUN1.h5 RUN2.h5 ... [--json]\n"
        "         several runs: the events of each and, per group of seeds (runs whose configurations differ\n"
        "         only in the seed), t_mem, t50 and t90 as mean ± std over the runs that reach each (n stated)";
    if (cl.has("help") || cl.positionals().empty()) {
        if (!cl.has("help"))
            throw UsageError(usage);
        std::puts(usage);
        std::fputs(kDeviceUsage, stdout);
        return kExitOk;
    }
    if (cl.positionals().size() > 1)
        return groupEvents(cl.positionals(), cl.has("json"));
    configureRuntime(0);
    RunReader run(cl.positionals().front());
    if (const auto warning = bufferWarning(run); !warning.empty())
        std::fprintf(stderr, "warning: %s\n", warning.c_str());
    ProgressOptions o;
    if (cl.has("coherence") && (!parseInt64(cl.value("coherence"), o.coherenceSamples) || o.coherenceSamples < 0))
        throw UsageError("--coherence must be a whole number >= 0 (0 skips it)");
    if (cl.has("stride") && (!parseInt64(cl.value("stride"), o.stride) || o.stride < 1))
        throw UsageError("--stride must be a positive whole number");
    o.device = deviceFromCommandLine(cl);
    ConsoleFeedback feedback(cl.has("quiet"), "progress measures");
    InterruptGuard interrupt(feedback);
    const auto m = measureProgress(run, o, &feedback);
    feedback.finish();
    if (cl.has("json")) {
        JsonWriter j;
        j.beginObject().key("run").value(run.path());
        if (m.hasEvents)
            eventsJson(j, m.events);
        j.key("measures").beginObject();
        j.key("steps").beginArray();
        for (auto s : m.steps)
            j.value(s);
        j.endArray();
        array(j, "weight_norm", m.weightNorm);
        array(j, "dist_init", m.distInit);
        j.key("dist_init_fit").beginObject().key("a").value(m.distInitFit.a).key("b").value(m.distInitFit.b);
        j.key("r2").value(m.distInitFit.r2).endObject();
        j.key("coherence_samples").value(m.coherenceSamples);
        array(j, "coherence_train", m.coherenceTrain);
        array(j, "coherence_test", m.coherenceTest);
        j.key("fourier_applicable").value(m.fourierApplicable).key("fourier_note").value(m.fourierNote);
        if (m.fourierApplicable) {
            array(j, "fourier_gini", m.fourierGini);
            array(j, "restricted_loss", m.restrictedLoss);
            array(j, "excluded_loss", m.excludedLoss);
            j.key("key_frequencies").beginArray();
            for (auto k : m.lossFrequencies)
                j.value(k);
            j.endArray();
        }
        j.key("per_layer_norms").beginObject();
        for (std::size_t g = 0; g < m.groupNames.size(); ++g)
            array(j, m.groupNames[g].c_str(), m.groupNorms[g]);
        j.endObject();
        j.endObject().key("seconds").value(m.seconds).endObject();
        std::printf("%s\n", j.str().c_str());
        return kExitOk;
    }
    std::printf("grokking analysis of %s (%zu checkpoints, %.1f s)\n", run.path().c_str(), m.steps.size(), m.seconds);
    if (m.hasEvents) {
        const auto& e = m.events;
        std::printf("verdict:  %s\n          %s\n", e.verdictName.c_str(), e.explanation.c_str());
        std::printf("events:   t_mem %s, t10 %s, t50 %s, t90 %s, t99 %s (train >= %.0f%%, test thresholds, smoothed over %d evaluations)\n",
                    stepText(e.tMem).c_str(), stepText(e.t10).c_str(), stepText(e.t50).c_str(), stepText(e.t90).c_str(),
                    stepText(e.t99).c_str(), e.thresholds.memorised * 100, e.thresholds.smoothingWindow);
    } else {
        std::printf("events:   the run has no train_acc/test_acc metrics\n");
    }
    std::printf("distance from init ~ %.4g + %.4g ln t (R^2 %.3f)\n", m.distInitFit.a, m.distInitFit.b, m.distInitFit.r2);
    std::printf("%8s %12s %12s %10s %10s", "step", "weight_norm", "dist_init", "coh_train", "coh_test");
    if (m.fourierApplicable)
        std::printf(" %8s %12s %12s", "gini", "restricted", "excluded");
    std::printf("\n");
    for (std::size_t i = 0; i < m.steps.size(); ++i) {
        std::printf("%8lld %12.5g %12.5g", (long long)m.steps[i], m.weightNorm[i], m.distInit[i]);
        std::printf(" %10.4g %10.4g", i < m.coherenceTrain.size() ? m.coherenceTrain[i] : std::nan(""),
                    i < m.coherenceTest.size() ? m.coherenceTest[i] : std::nan(""));
        if (m.fourierApplicable)
            std::printf(" %8.4f %12.5g %12.5g", m.fourierGini[i], m.restrictedLoss[i], m.excludedLoss[i]);
        std::printf("\n");
    }
    if (!m.fourierApplicable)
        std::printf("Fourier measures: %s\n", m.fourierNote.c_str());
    return kExitOk;
}

int ticketsCommand(const std::vector<std::string>& args)
{
    CommandLine cl(args, {{"keep"}, {"out"}, {"mask-step"}, {"no-controls", false}, {"json", false}, {"quiet", false},
                          {"help", false}, deviceOptionSpec()});
    const char* usage = "usage: trainscope tickets RUN.h5 [--keep 0.4] [--mask-step last|STEP] [--no-controls] "
                        "--out TICKET.h5 [--json] [--quiet] [--device cpu|cuda[:N]]";
    if (cl.has("help")) {
        std::puts(usage);
        std::fputs(kDeviceUsage, stdout);
        return kExitOk;
    }
    if (cl.positionals().size() != 1 || !cl.has("out"))
        throw UsageError(usage);
    TicketOptions o;
    if (cl.has("keep") && !parseDouble(cl.value("keep"), o.keep))
        throw UsageError("--keep must be a number in (0, 1]");
    o.maskStep = cl.value("mask-step", "last");
    o.controls = !cl.has("no-controls");
    o.device = deviceFromCommandLine(cl);
    std::string prefix = cl.value("out");
    if (prefix.size() > 3 && prefix.compare(prefix.size() - 3, 3, ".h5") == 0)
        prefix.resize(prefix.size() - 3);
    configureRuntime(0);
    RunReader dense(cl.positionals().front());
    ConsoleFeedback feedback(cl.has("quiet"), "tickets");
    InterruptGuard interrupt(feedback);
    const auto runs = trainGrokkingTickets(dense, o, prefix, &feedback);
    feedback.finish();
    if (cl.has("json")) {
        JsonWriter j;
        j.beginObject().key("keep").value(o.keep).key("runs").beginArray();
        for (const auto& r : runs)
            j.beginObject().key("kind").value(r.kind).key("path").value(r.path).key("mask_step").value(r.maskStep)
                .key("density").value(r.density).key("t_mem").value(r.tMem).key("t90").value(r.t90).endObject();
        j.endArray().endObject();
        std::printf("%s\n", j.str().c_str());
        return kExitOk;
    }
    std::printf("%-12s %8s %8s %8s  %s\n", "run", "density", "t_mem", "t90", "file");
    for (const auto& r : runs)
        std::printf("%-12s %8.3f %8s %8s  %s\n", r.kind.c_str(), r.density, stepText(r.tMem).c_str(),
                    stepText(r.t90).c_str(), r.path.c_str());
    return kExitOk;
}

int sweepCommand(const std::vector<std::string>& args)
{
    CommandLine cl(args, {{"demo"}, {"task"}, {"model"}, {"set", true, true}, {"steps"}, {"vary"}, {"seeds"}, {"out"},
                          {"json", false}, {"quiet", false}, {"help", false}, deviceOptionSpec()});
    const char* usage = "usage: trainscope sweep (--demo NAME | --task T --model M) --vary KEY=v1,v2,... --out DIR "
                        "[--seeds 1,2,3] [--set key=value ...] [--steps N] [--json] [--quiet] [--device cpu|cuda[:N]]\n"
                        "  --seeds  train every value once per seed (files KEY=VALUE_seed=S.h5); the events of each\n"
                        "           value are then mean ± std over its seeds (std with n-1, n = seeds that reach it)";
    if (cl.has("help")) {
        std::puts(usage);
        std::fputs(kDeviceUsage, stdout);
        return kExitOk;
    }
    if (!cl.has("vary") || !cl.has("out"))
        throw UsageError(usage);
    const ComputeDevice device = deviceFromCommandLine(cl);
    Settings base = cl.has("demo") ? demoSettings(cl.value("demo")) : Settings();
    if (cl.has("demo"))
        base.set("demo", cl.value("demo"));
    if (cl.has("task"))
        base.set("task", cl.value("task"));
    if (cl.has("model"))
        base.set("model", cl.value("model"));
    for (const auto& a : cl.values("set")) {
        auto [k, v] = Settings::parseAssignment(a);
        base.set(k, v);
    }
    if (cl.has("steps"))
        base.set("steps", cl.value("steps"));
    auto [key, list] = Settings::parseAssignment(cl.value("vary"));
    const std::vector<std::string> values = commaList(list);
    std::vector<std::string> seeds;
    if (cl.has("seeds")) {
        seeds = commaList(cl.value("seeds"));
        for (const auto& seed : seeds) {
            int64_t v = 0;
            if (!parseInt64(seed, v) || v < 0)
                throw UsageError("--seeds must be whole numbers >= 0 separated by commas, not '" + seed + "'");
        }
        if (seeds.empty())
            throw UsageError("--seeds needs at least one seed");
    }
    ConsoleFeedback feedback(cl.has("quiet"), "sweep");
    InterruptGuard interrupt(feedback);
    const auto members = runSweep(base, key, values, cl.value("out"), &feedback, device, seeds);
    feedback.finish();
    const auto points = sweepPoints(members);
    if (cl.has("json")) {
        JsonWriter j;
        j.beginObject().key("key").value(key).key("members").beginArray();
        for (const auto& m : members) {
            j.beginObject().key("value").value(m.value);
            if (!m.seed.empty())
                j.key("seed").value(m.seed);
            j.key("path").value(m.path).key("t_mem").value(m.tMem).key("t50").value(m.t50).key("t90").value(m.t90)
                .key("verdict").value(m.verdict).endObject();
        }
        // Per value: mean, std (n - 1) and n over the members that reach each event.
        j.endArray().key("values").beginArray();
        for (const auto& p : points) {
            j.beginObject().key("value").value(p.value).key("runs").value(p.runs);
            summaryJson(j, "t_mem", p.tMem);
            summaryJson(j, "t50", p.t50);
            summaryJson(j, "t90", p.t90);
            j.endObject();
        }
        j.endArray().endObject();
        std::printf("%s\n", j.str().c_str());
        return kExitOk;
    }
    std::printf("%-16s %6s %8s %8s %8s  %-30s %s\n", key.c_str(), "seed", "t_mem", "t50", "t90", "verdict", "file");
    for (const auto& m : members)
        std::printf("%-16s %6s %8s %8s %8s  %-30s %s\n", m.value.c_str(), m.seed.empty() ? "-" : m.seed.c_str(),
                    stepText(m.tMem).c_str(), stepText(m.t50).c_str(), stepText(m.t90).c_str(), m.verdict.c_str(),
                    m.path.c_str());
    if (!seeds.empty()) {
        std::printf("per value, mean ± std over the seeds that reach each event (std with n-1):\n");
        std::printf("%-16s %22s %22s %22s\n", key.c_str(), "t_mem", "t50", "t90");
        for (const auto& p : points)
            std::printf("%-16s %22s %22s %22s\n", p.value.c_str(), summaryText(p.tMem).c_str(),
                        summaryText(p.t50).c_str(), summaryText(p.t90).c_str());
    }
    return kExitOk;
}

} // namespace ts::cli
