// `trainscope train --demo skip-connections`: both ResNets, both surfaces, one report
// (core/landscape/SkipConnectionDemo.h, docs/demos.md#skip-connections).
#include "app/cli/CommandLine.h"
#include "app/cli/Commands.h"
#include "app/cli/CurvatureReport.h"
#include "app/cli/ConsoleFeedback.h"
#include "app/cli/DeviceOption.h"
#include "app/cli/InterruptGuard.h"

#include "core/Error.h"
#include "core/Json.h"
#include "core/Settings.h"
#include "core/landscape/SkipConnectionDemo.h"
#include "core/train/Demos.h"

#include <cmath>
#include <cstdio>

namespace ts::cli {

namespace {
void printTable(const std::vector<SkipDemoNetwork>& nets)
{
    auto row = [&](const char* label, auto cell) {
        std::printf("%-34s", label);
        for (const auto& n : nets)
            std::printf("  %-18s", cell(n).c_str());
        std::printf("\n");
    };
    auto fmt = [](const char* f, double a, double b = 0) {
        char buf[64];
        std::snprintf(buf, sizeof buf, f, a, b);
        return std::string(buf);
    };
    row("", [](const SkipDemoNetwork& n) { return n.shortcut ? std::string("with shortcuts") : std::string("without"); });
    row("parameters", [](const SkipDemoNetwork& n) { return std::to_string(n.parameters); });
    row("test accuracy", [&](const SkipDemoNetwork& n) { return fmt("%.3f", n.testAccuracy); });
    row("training time (s)", [&](const SkipDemoNetwork& n) { return fmt("%.1f", n.trainSeconds); });
    row("surface time (s)", [&](const SkipDemoNetwork& n) { return fmt("%.1f", n.surfaceSeconds); });
    row("train loss on the surface", [&](const SkipDemoNetwork& n) { return fmt("%.3g .. %.3g", n.lossMin, n.lossMax); });
    row("non-convex share (r ≤ 0.5 / all)", [&](const SkipDemoNetwork& n) {
        return fmt("%.2f / %.2f", n.curvature.nonConvexShareCentre, n.curvature.nonConvexShare);
    });
    row("local minima", [](const SkipDemoNetwork& n) { return std::to_string(n.curvature.localMinima); });
    for (const auto& n : nets)
        std::printf("%s: %s, %s\n", n.name.c_str(), n.runPath.c_str(), n.surfacePath.c_str());
}

void printJson(const SkipDemoOptions& options, const std::vector<SkipDemoNetwork>& nets)
{
    JsonWriter j;
    j.beginObject().key("demo").value(kSkipConnectionsDemo).key("grid").value(options.grid);
    j.key("range").value(options.range).key("surface_subset").value(options.subset);
    j.key("networks").beginArray();
    for (const auto& n : nets) {
        j.beginObject().key("name").value(n.name).key("shortcut").value(n.shortcut).key("run").value(n.runPath);
        j.key("surface").value(n.surfacePath).key("parameters").value(n.parameters).key("test_acc").value(n.testAccuracy);
        j.key("train_seconds").value(n.trainSeconds).key("surface_seconds").value(n.surfaceSeconds);
        j.key("loss_min").value(n.lossMin).key("loss_max").value(n.lossMax).key("curvature");
        writeCurvatureJson(j, n.curvature);
        j.endObject();
    }
    j.endArray().endObject();
    std::printf("%s\n", j.str().c_str());
}
} // namespace

int skipConnectionsDemo(const Settings& training, const CommandLine& cl)
{
    SkipDemoOptions options;
    options.training = training;
    std::string prefix = cl.value("out", options.prefix);
    if (prefix.size() > 3 && prefix.compare(prefix.size() - 3, 3, ".h5") == 0)
        prefix.resize(prefix.size() - 3);
    options.prefix = prefix;
    if (cl.has("grid") && !parseInt64(cl.value("grid"), options.grid))
        throw UsageError("--grid must be a whole number (the surfaces are N×N)");
    if (cl.has("range") && !parseDouble(cl.value("range"), options.range))
        throw UsageError("--range must be a number (both axes from -R to R)");
    if (cl.has("surface-subset") && !parseInt64(cl.value("surface-subset"), options.subset))
        throw UsageError("--surface-subset must be a whole number");
    options.device = deviceFromCommandLine(cl);
    const bool json = cl.has("json"), quiet = cl.has("quiet") || json;

    ConsoleFeedback feedback(quiet, "skip-connections demo");
    InterruptGuard interrupt(feedback);
    std::vector<SkipDemoNetwork> nets;
    try {
        nets = runSkipConnectionDemo(options, &feedback);
    } catch (const Cancelled&) {
        feedback.finish();
        std::fprintf(stderr, "trainscope: interrupted; the files written so far are kept (a cancelled run "
                             "says so in its status, a surface holds the points computed)\n");
        return kExitInterrupted;
    }
    feedback.finish();
    if (json)
        printJson(options, nets);
    else
        printTable(nets);
    return kExitOk;
}

} // namespace ts::cli
