#pragma once
// The options every command that evaluates a model shares: --mode eval|train (how BatchNorm
// normalises) and --bn keep|interpolate|recompute[:N] (the statistics of points that are not
// checkpoints), with the one line each command prints about them.
#include "app/cli/CommandLine.h"

#include "core/analysis/BatchNormPolicy.h"

#include <string>
#include <vector>

namespace ts {
class JsonWriter;
class Model;
} // namespace ts

namespace ts::cli {

struct EvaluationOptions {
    bool trainMode = false; // --mode train: batch statistics (and dropout) instead of running ones
    BnChoice bn;

    // The option specs to add to a command's CommandLine.
    static std::vector<OptionSpec> specs();
    // Reads --mode and --bn (defaultBn when --bn is absent); UsageError on bad values.
    static EvaluationOptions parse(const CommandLine& cl, const std::string& defaultBn);

    // Puts the model in the chosen mode (it stays there for the command's lifetime).
    void applyMode(Model& model) const;
    // "eval mode (BatchNorm running statistics)", plus the --bn choice when the model has buffers.
    std::string describe(const Model& model, bool pointsOffCheckpoints) const;
    // Prints describe() and a format-1 warning (if any) to stderr, so JSON on stdout stays clean.
    void report(const Model& model, bool pointsOffCheckpoints, const std::string& warning) const;
    // "mode", "bn" (models with buffers) and "warning" (when not empty) keys.
    void writeJson(JsonWriter& j, const Model& model, const std::string& warning) const;
};

extern const char* kEvaluationUsage;

} // namespace ts::cli
