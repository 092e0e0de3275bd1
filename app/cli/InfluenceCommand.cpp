// `trainscope influence`: which training examples support or oppose one test example (TracIn
// over checkpoints, or an influence function at one checkpoint), or the self-influence of every
// training example. Definitions: docs/influence.md.
#include "app/cli/CommandLine.h"
#include "app/cli/Commands.h"
#include "app/cli/ConsoleFeedback.h"
#include "app/cli/DeviceOption.h"
#include "app/cli/InterruptGuard.h"

#include "core/Error.h"
#include "core/Json.h"
#include "core/Runtime.h"
#include "core/Settings.h"
#include "core/influence/ExampleTable.h"
#include "core/influence/Influence.h"
#include "core/runfile/RunReader.h"

#include <cstdio>
#include <sstream>

namespace ts::cli {

namespace {
const char* kUsage = "usage: trainscope influence RUN.h5 [--method tracin|ekfac|cg|exact] [--test IDX | --self]\n"
                     "                            [--test-split test] [--train-split train] [--top 20]\n"
                     "                            [--checkpoints STEP,STEP,...] [--projection D --seed S]   (tracin)\n"
                     "                            [--checkpoint STEP|last] [--damping 0.1 [--absolute-damping]]\n"
                     "                            [--cg-iterations 100] [--sampled-fisher]      (ekfac, cg, exact)\n"
                     "                            [--chunk 256] [--json] [--quiet] [--device cpu|cuda[:N]]\n"
                     "Scores every training example against row IDX of the test split (positive: a proponent,\n"
                     "whose gradient step lowers the test loss; negative: an opponent), or with --self the\n"
                     "self-influence of every training example (high: unusual or mislabelled examples).\n"
                     "--json writes every score and, for tracin, each checkpoint's contribution.\n";

int64_t whole(const CommandLine& cl, const char* name, int64_t fallback, int64_t minimum)
{
    int64_t v = fallback;
    if (cl.has(name) && (!parseInt64(cl.value(name), v) || v < minimum))
        throw UsageError(std::string("--") + name + " must be a whole number >= " + std::to_string(minimum));
    return v;
}

// One row of a split for humans: the modular task's pair and label, else the label alone.
std::vector<int64_t> stepList(const std::string& text)
{
    std::vector<int64_t> steps;
    std::stringstream in(text);
    std::string item;
    while (std::getline(in, item, ',')) {
        int64_t v = 0;
        if (!parseInt64(item, v) || v < 0)
            throw UsageError("--checkpoints takes steps separated by commas, e.g. 0,100,2500 ('" + item + "')");
        steps.push_back(v);
    }
    return steps;
}

void array(JsonWriter& j, const char* key, const std::vector<double>& v)
{
    j.key(key).beginArray();
    for (double x : v)
        j.value(x);
    j.endArray();
}
} // namespace

int influenceCommand(const std::vector<std::string>& args)
{
    CommandLine cl(args, {{"method"},        {"test"},
                          {"self", false},   {"test-split"},
                          {"train-split"},   {"top"},
                          {"checkpoints"},   {"projection"},
                          {"seed"},          {"checkpoint"},
                          {"damping"},       {"absolute-damping", false},
                          {"cg-iterations"}, {"sampled-fisher", false},
                          {"chunk"},         {"json", false},
                          {"threads"},       {"quiet", false},
                          {"help", false},   deviceOptionSpec()});
    if (cl.has("help")) {
        std::fputs(kUsage, stdout);
        std::fputs(kDeviceUsage, stdout);
        return kExitOk;
    }
    if (cl.positionals().size() != 1)
        throw UsageError(std::string("influence needs exactly one run file\n") + kUsage);
    if (cl.has("self") && cl.has("test"))
        throw UsageError("--self and --test exclude each other");
    InfluenceOptions o;
    try {
        o.method = influenceMethodFromName(cl.value("method", "tracin"));
    } catch (const ConfigError& e) {
        throw UsageError(std::string("--method: ") + e.what());
    }
    o.testIndex = cl.has("self") ? -1 : whole(cl, "test", 0, 0);
    o.testSplit = cl.value("test-split", "test");
    o.trainSplit = cl.value("train-split", "train");
    if (cl.has("checkpoints"))
        o.checkpoints = stepList(cl.value("checkpoints"));
    o.projection = whole(cl, "projection", 0, 0);
    o.projectionSeed = uint64_t(whole(cl, "seed", 0, 0));
    o.checkpoint = cl.value("checkpoint", "last");
    if (cl.has("damping") && (!parseDouble(cl.value("damping"), o.damping) || !(o.damping >= 0)))
        throw UsageError("--damping must be a number >= 0");
    o.absoluteDamping = cl.has("absolute-damping");
    o.cgIterations = whole(cl, "cg-iterations", 100, 1);
    o.sampledFisher = cl.has("sampled-fisher");
    o.chunk = whole(cl, "chunk", 256, 1);
    const int64_t top = whole(cl, "top", 20, 1);
    if (o.method != InfluenceMethod::TracIn && (cl.has("checkpoints") || cl.has("projection")))
        throw UsageError("--checkpoints and --projection are TracIn's; influence functions take --checkpoint STEP");
    if (o.method == InfluenceMethod::TracIn && cl.has("checkpoint"))
        throw UsageError("TracIn sums over --checkpoints (default: all); --checkpoint is for ekfac, cg and exact");
    const auto device = deviceFromCommandLine(cl);
    configureRuntime(int(whole(cl, "threads", 0, 0)));

    RunReader run(cl.positionals().front());
    ConsoleFeedback feedback(cl.has("quiet"), "influence");
    InterruptGuard interrupt(feedback);
    const auto r = computeInfluence(run, o, &feedback, device);
    feedback.finish();

    const auto train = describeSplit(run, o.trainSplit);
    if (cl.has("json")) {
        JsonWriter j;
        j.beginObject().key("run").value(run.path()).key("method").value(influenceMethodName(r.method));
        j.key("train_split")
            .value(r.trainSplit)
            .key("test_split")
            .value(r.testSplit)
            .key("test_index")
            .value(r.testIndex);
        if (r.testIndex >= 0)
            j.key("test_example").value(describeSplit(run, o.testSplit).labels[std::size_t(r.testIndex)]);
        if (r.method != InfluenceMethod::TracIn)
            j.key("checkpoint_step").value(r.checkpointStep).key("lambda").value(r.lambda);
        j.key("note").value(r.note);
        array(j, "scores", r.scores);
        j.key("proponents").beginArray();
        for (auto i : topProponents(r.scores, top))
            j.value(i);
        j.endArray().key("opponents").beginArray();
        for (auto i : topOpponents(r.scores, top))
            j.value(i);
        j.endArray();
        if (r.method == InfluenceMethod::TracIn) {
            j.key("checkpoints").beginArray();
            for (std::size_t c = 0; c < r.steps.size(); ++c) {
                j.beginObject().key("step").value(r.steps[c]).key("lr").value(r.learningRates[c]);
                array(j, "contributions", r.perCheckpoint[c]);
                j.endObject();
            }
            j.endArray();
        }
        j.endObject();
        std::printf("%s\n", j.str().c_str());
        return kExitOk;
    }
    std::printf("%s influence on %s", influenceMethodName(r.method), run.path().c_str());
    if (r.testIndex >= 0)
        std::printf(" of %s row %lld %s", r.testSplit.c_str(), (long long)r.testIndex,
                    describeSplit(run, o.testSplit).labels[std::size_t(r.testIndex)].c_str());
    else
        std::printf(" (self-influence of %s)", r.trainSplit.c_str());
    if (r.method == InfluenceMethod::TracIn)
        std::printf(", %zu checkpoints", r.steps.size());
    else
        std::printf(" at step %lld", (long long)r.checkpointStep);
    std::printf("\n");
    if (!r.note.empty())
        std::printf("note: %s\n", r.note.c_str());
    auto list = [&](const char* title, const std::vector<int64_t>& rows) {
        std::printf("%s\n", title);
        for (auto i : rows)
            std::printf("  %-6lld %+.6g  %s\n", (long long)i, r.scores[std::size_t(i)],
                        train.labels[std::size_t(i)].c_str());
    };
    if (r.testIndex >= 0) {
        list("proponents (row, score, example):", topProponents(r.scores, top));
        list("opponents:", topOpponents(r.scores, top));
    } else {
        list("highest self-influence (row, score, example):", topProponents(r.scores, top));
    }
    return kExitOk;
}

} // namespace ts::cli
