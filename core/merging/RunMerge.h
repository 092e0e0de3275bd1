#pragma once
// Merges checkpoints of runs of one architecture into a new run file (docs/merging.md):
// what `trainscope merge` does and what the GUI will call from a worker thread. Torch-free.
#include "core/Feedback.h"
#include "core/merging/MergeOptions.h"

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace ts {

// A checkpoint of a run file: a step, "first" or "last".
struct MergeSource {
    std::string path;
    std::string checkpoint = "last";
    // "RUN.h5" or "RUN.h5@STEP" (STEP a step number, first or last); `checkpoint` is the
    // default when no @STEP is given.
    static MergeSource parse(const std::string& text, const std::string& checkpoint = "last");
};

struct MergeRequest {
    std::vector<MergeSource> inputs;
    // θ0 for the task vectors; an empty path means the first checkpoint of the first input.
    MergeSource base{{}, "first"};
    MergeOptions options;
    std::string out;      // the new run file (written as OUT.merging, then renamed)
    std::string dataFrom; // the run whose data (splits) the merged run carries; empty = first input
};

struct MergeSummary {
    std::string out;
    std::string basePath;
    int64_t baseStep = 0;
    std::vector<std::string> inputPaths;
    std::vector<int64_t> inputSteps;
    std::vector<double> weights;         // as used: normalised for average, else as given (or 1)
    std::vector<double> taskVectorNorms; // ‖θ_i − θ0‖ per input
    double distanceFromBase = 0;         // ‖θ_merged − θ0‖
    int64_t parameterCount = 0;
    int64_t step = 0; // the merged checkpoint's step: the largest input step
    // Loss and accuracy of the merged model on each split of the run it carries (eval mode,
    // merged BatchNorm statistics): also stored as the run's metrics.
    std::map<std::string, std::pair<double, double>> splits; // name → (loss, accuracy)
    // E.g. an input that did not start from the base, or a format-1 input (no statistics).
    std::vector<std::string> warnings;
};

// ConfigError for inputs of different architectures (naming the parameter), a checkpoint a
// run lacks, bad options, or an output path that is one of the inputs; FileError for files that
// cannot be read or written. Cancelled through feedback: throws ts::Cancelled and leaves no
// file. On any failure no output file (and no temporary) is left, and an older file at `out`
// stays untouched.
MergeSummary mergeRuns(const MergeRequest& request, Feedback* feedback = nullptr);

} // namespace ts
