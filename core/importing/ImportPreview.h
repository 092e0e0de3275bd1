#pragma once
// What an import would bring in, found without writing anything: for the GUI's import dialog.
// Every part is inspected independently, so one bad input does not hide what the others hold;
// each part's problem is kept as a user-facing message (empty when the part is fine).
#include "core/importing/CheckpointFiles.h"
#include "core/importing/RunImporter.h"
#include "core/runfile/RunHeader.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ts {

struct PreviewSplit {
    std::string name;
    std::vector<int64_t> inputShape, targetShape;
    std::string inputType, targetType; // float32, float64, int64
};

struct PreviewMetric {
    std::string name; // as it will be stored ("loss/train" → "loss_train")
    std::string tag;
    std::size_t points = 0;
};

struct ImportPreview {
    std::vector<CheckpointFile> checkpoints;
    std::string checkpointsError;
    std::vector<ParamInfo> params; // the model's parameters
    int64_t parameterCount = 0;
    std::string modelError;
    std::vector<PreviewSplit> splits;
    std::string dataError;
    std::vector<PreviewMetric> metrics; // from TensorBoard
    std::string tensorboardError;
    // The model against the first checkpoint, and against the data.
    std::string firstCheckpointError;
    std::string modelOnDataError;

    bool ok() const;
    std::vector<std::string> problems() const; // every non-empty error, in the order above
};

// options.out is not used. Reads the model, the data, the TensorBoard logs and the first
// checkpoint (the others are checked by the import itself). Polls feedback between the
// parts and throws ts::Cancelled when it is cancelled.
ImportPreview previewImport(const ImportOptions& options, const Feedback* feedback = nullptr);

} // namespace ts
