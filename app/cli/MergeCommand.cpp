// `trainscope merge`: checkpoints of runs of one architecture merged into a new run file
// (weighted average, task arithmetic, TIES, DARE; docs/merging.md), with the merged model's
// loss and accuracy on every split of the data it carries.
#include "app/cli/CommandLine.h"
#include "app/cli/Commands.h"
#include "app/cli/ConsoleFeedback.h"
#include "app/cli/InterruptGuard.h"

#include "core/Error.h"
#include "core/Json.h"
#include "core/Runtime.h"
#include "core/Settings.h"
#include "core/merging/RunMerge.h"

#include <cstdio>

namespace ts::cli {

namespace {
const char* kUsage =
    "usage: trainscope merge A.h5[@STEP] B.h5[@STEP] [...] --method average|task-arithmetic|ties|dare\n"
    "                        --out MERGED.h5 [--base RUN.h5[@STEP]] [--checkpoint STEP]\n"
    "                        [--weights 0.5,0.5] [--lambda 1] [--trim 0.2] [--drop 0.9] [--seed 0]\n"
    "                        [--combine sum|ties] [--data RUN.h5] [--threads N] [--json] [--quiet]\n"
    "Merges checkpoints of runs with the same architecture into a new run file that every command\n"
    "opens like a trained run (docs/merging.md). With task vectors tau_i = theta_i - theta_0:\n"
    "  average          sum_i w_i theta_i, weights normalised to sum 1 (default: equal)\n"
    "  task-arithmetic  theta_0 + lambda * sum_i w_i tau_i (Ilharco et al. 2023)\n"
    "  ties             theta_0 + lambda * TIES(w_i tau_i): keep each tau's --trim fraction of\n"
    "                   largest entries, elect each coordinate's sign from their sum, average the\n"
    "                   entries that agree with it (Yadav et al. 2023)\n"
    "  dare             drop each entry of w_i tau_i with probability --drop (seeded), rescale the\n"
    "                   rest by 1/(1 - drop), then sum (or --combine ties) (Yu et al. 2024)\n"
    "STEP is a checkpoint step, first or last; --checkpoint (default last) is the step of inputs\n"
    "given without @STEP. --base (default: the first checkpoint of the first input) is theta_0.\n"
    "Weights default to 1 each (task vectors are scaled by them, not normalised). --data takes the\n"
    "splits the merged run carries (and is evaluated on) from another run; default the first input.\n"
    "BatchNorm statistics are the weighted average of the inputs' (num_batches_tracked: the first's).\n";

std::vector<double> parseWeights(const std::string& text)
{
    std::vector<double> out;
    for (const auto& part : splitList(text, ',')) {
        double v = 0;
        if (!parseDouble(part, v))
            throw UsageError("--weights '" + text + "' is not a comma-separated list of numbers");
        out.push_back(v);
    }
    return out;
}

double parseNumber(const CommandLine& cl, const char* name, double fallback)
{
    double v = fallback;
    if (cl.has(name) && !parseDouble(cl.value(name), v))
        throw UsageError(std::string("--") + name + " must be a number");
    return v;
}
} // namespace

int mergeCommand(const std::vector<std::string>& args)
{
    CommandLine cl(args, {{"method"},
                          {"out"},
                          {"base"},
                          {"checkpoint"},
                          {"weights"},
                          {"lambda"},
                          {"trim"},
                          {"drop"},
                          {"seed"},
                          {"combine"},
                          {"data"},
                          {"threads"},
                          {"json", false},
                          {"quiet", false},
                          {"help", false}});
    if (cl.has("help")) {
        std::fputs(kUsage, stdout);
        return kExitOk;
    }
    if (cl.positionals().empty())
        throw UsageError(std::string("merge needs at least one run file\n") + kUsage);
    if (!cl.has("method"))
        throw UsageError("give --method (" + mergeMethodChoices() + ")");
    if (!cl.has("out"))
        throw UsageError("give --out MERGED.h5, the run file to write");
    int64_t threads = 0;
    if (cl.has("threads") && !parseInt64(cl.value("threads"), threads))
        throw UsageError("--threads must be a whole number");

    MergeRequest request;
    const std::string checkpoint = cl.value("checkpoint", "last");
    for (const auto& p : cl.positionals())
        request.inputs.push_back(MergeSource::parse(p, checkpoint));
    if (cl.has("base"))
        request.base = MergeSource::parse(cl.value("base"), "first");
    request.out = cl.value("out");
    request.dataFrom = cl.value("data");
    auto& o = request.options;
    o.method = mergeMethodFromName(cl.value("method"));
    if (cl.has("weights"))
        o.weights = parseWeights(cl.value("weights"));
    o.lambda = parseNumber(cl, "lambda", 1.0);
    o.trim = parseNumber(cl, "trim", 0.2);
    o.drop = parseNumber(cl, "drop", 0.9);
    int64_t seed = 0;
    if (cl.has("seed") && (!parseInt64(cl.value("seed"), seed) || seed < 0))
        throw UsageError("--seed must be a non-negative whole number");
    o.seed = uint64_t(seed);
    const std::string combine = cl.value("combine", "sum");
    if (combine != "sum" && combine != "ties")
        throw UsageError("--combine '" + combine + "' is not sum or ties");
    o.dareTies = combine == "ties";
    const bool dare = o.method == MergeMethod::Dare, ties = o.method == MergeMethod::Ties || o.dareTies;
    if ((cl.has("drop") || cl.has("seed") || cl.has("combine")) && !dare)
        throw UsageError("--drop, --seed and --combine belong to --method dare");
    if (cl.has("trim") && !ties)
        throw UsageError("--trim belongs to --method ties (or dare --combine ties)");
    if ((cl.has("lambda") || cl.has("base")) && o.method == MergeMethod::Average)
        throw UsageError("--lambda and --base belong to the task-vector methods, not average");
    o.validate(request.inputs.size());
    configureRuntime(int(threads));

    ConsoleFeedback feedback(cl.has("quiet"), "merge");
    InterruptGuard interrupt(feedback);
    const auto s = mergeRuns(request, &feedback);
    feedback.finish();
    for (const auto& w : s.warnings)
        std::fprintf(stderr, "warning: %s\n", w.c_str());

    if (cl.has("json")) {
        JsonWriter j;
        j.beginObject().key("out").value(s.out).key("method").value(mergeMethodName(o.method));
        j.key("base").beginObject().key("run").value(s.basePath).key("step").value(s.baseStep).endObject();
        j.key("inputs").beginArray();
        for (std::size_t i = 0; i < s.inputPaths.size(); ++i)
            j.beginObject()
                .key("run")
                .value(s.inputPaths[i])
                .key("step")
                .value(s.inputSteps[i])
                .key("weight")
                .value(s.weights[i])
                .key("task_vector_norm")
                .value(s.taskVectorNorms[i])
                .endObject();
        j.endArray();
        if (o.method != MergeMethod::Average)
            j.key("lambda").value(o.lambda);
        if (ties)
            j.key("trim").value(o.trim);
        if (dare)
            j.key("drop").value(o.drop).key("seed").value(int64_t(o.seed)).key("combine").value(combine);
        j.key("step").value(s.step).key("distance_from_base").value(s.distanceFromBase);
        j.key("splits").beginObject();
        for (const auto& [name, v] : s.splits)
            j.key(name).beginObject().key("loss").value(v.first).key("accuracy").value(v.second).endObject();
        j.endObject().key("warnings").beginArray();
        for (const auto& w : s.warnings)
            j.value(w);
        j.endArray().endObject();
        std::printf("%s\n", j.str().c_str());
        return kExitOk;
    }
    std::printf("merged %zu checkpoint%s (%s)", s.inputPaths.size(), s.inputPaths.size() == 1 ? "" : "s",
                mergeMethodName(o.method));
    if (o.method != MergeMethod::Average)
        std::printf(", lambda %g", o.lambda);
    if (ties)
        std::printf(", trim %g", o.trim);
    if (dare)
        std::printf(", drop %g, seed %llu, combined by %s", o.drop, static_cast<unsigned long long>(o.seed),
                    combine == "ties" ? "TIES" : "sum");
    std::printf("\n");
    std::printf("  base  %s step %lld\n", s.basePath.c_str(), static_cast<long long>(s.baseStep));
    for (std::size_t i = 0; i < s.inputPaths.size(); ++i)
        std::printf("  input %s step %lld, weight %g, |theta - theta_0| %.6g\n", s.inputPaths[i].c_str(),
                    static_cast<long long>(s.inputSteps[i]), s.weights[i], s.taskVectorNorms[i]);
    std::printf("  merged |theta - theta_0| %.6g (%lld parameters)\n", s.distanceFromBase,
                static_cast<long long>(s.parameterCount));
    std::printf("%-12s %14s %14s\n", "split", "loss", "accuracy");
    for (const auto& [name, v] : s.splits)
        std::printf("%-12s %14.8g %14.4f\n", name.c_str(), v.first, v.second);
    std::printf("wrote %s (one checkpoint, step %lld)\n", s.out.c_str(), static_cast<long long>(s.step));
    return kExitOk;
}

} // namespace ts::cli
