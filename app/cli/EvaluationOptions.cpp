#include "app/cli/EvaluationOptions.h"

#include "core/Error.h"
#include "core/Json.h"
#include "core/models/Model.h"

#include <cstdio>

namespace ts::cli {

const char* kEvaluationUsage =
    "  --mode eval|train   eval (default): BatchNorm on running statistics, no dropout; train: batch\n"
    "                      statistics of each evaluation batch (no running statistics needed, but a\n"
    "                      sample's output depends on the others in its batch)\n"
    "  --bn keep|interpolate|recompute[:N]\n"
    "                      BatchNorm statistics of points that are not checkpoints: a checkpoint's own,\n"
    "                      interpolated like the weights, or recomputed from N training examples\n";

std::vector<OptionSpec> EvaluationOptions::specs() { return {{"mode"}, {"bn"}}; }

EvaluationOptions EvaluationOptions::parse(const CommandLine& cl, const std::string& defaultBn)
{
    EvaluationOptions o;
    const std::string mode = cl.value("mode", "eval");
    if (mode == "train")
        o.trainMode = true;
    else if (mode != "eval")
        throw UsageError("--mode '" + mode + "' is not eval or train");
    try {
        o.bn = BnChoice::parse(cl.value("bn", defaultBn));
    } catch (const ConfigError& e) {
        throw UsageError(e.what());
    }
    if (o.trainMode) // batch statistics: the running ones are never read
        o.bn = BnChoice::parse("keep");
    return o;
}

void EvaluationOptions::applyMode(Model& model) const { model.setTraining(trainMode); }

std::string EvaluationOptions::describe(const Model& model, bool pointsOffCheckpoints) const
{
    std::string s =
        trainMode ? "train mode (BatchNorm on batch statistics)" : "eval mode (BatchNorm on running statistics)";
    if (model.hasBuffers() && pointsOffCheckpoints && !trainMode)
        s += "; statistics between checkpoints: " + bn.toString();
    return s;
}

void EvaluationOptions::report(const Model& model, bool pointsOffCheckpoints, const std::string& warning) const
{
    std::fprintf(stderr, "evaluating in %s\n", describe(model, pointsOffCheckpoints).c_str());
    if (!warning.empty())
        std::fprintf(stderr, "warning: %s\n", warning.c_str());
}

void EvaluationOptions::writeJson(JsonWriter& j, const Model& model, const std::string& warning) const
{
    j.key("mode").value(trainMode ? "train" : "eval");
    if (model.hasBuffers())
        j.key("bn").value(bn.toString());
    if (!warning.empty())
        j.key("warning").value(warning);
}

} // namespace ts::cli
