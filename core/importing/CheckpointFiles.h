#pragma once
// Which files of a folder are checkpoints, and at which step: the last number in the file
// name ("step_1200.pt" → 1200, "epoch=3.safetensors" → 3, "ckpt-500.pth" → 500), or steps
// given explicitly in the order of the files.
#include <cstdint>
#include <string>
#include <vector>

namespace ts {

struct CheckpointFile {
    std::string path;
    int64_t step = 0;
};

bool stepFromFileName(const std::string& fileName, int64_t& step);
bool isCheckpointExtension(const std::string& ext); // .pt .pth .t7 .bin .safetensors

// paths: one directory (its checkpoint files; without any, one file in each sub-directory,
// the step from the sub-directory's name: checkpoint-500/model.safetensors, where a file named
// model* or pytorch_model* is taken when others such as optimizer.pt lie beside it) or files. steps: empty (from names)
// or one per file, in the order given (a directory's files sorted by name). Sorted by step;
// ConfigError on a name without a number, duplicate steps or a count mismatch.
std::vector<CheckpointFile> findCheckpoints(const std::vector<std::string>& paths, const std::vector<int64_t>& steps);

} // namespace ts
