#pragma once
// TensorBoard event files: TFRecord framing (uint64 length, masked CRC-32C of the length,
// the data, masked CRC-32C of the data) around Event protocol buffers. Only scalar
// summaries are read: `simple_value` (TF1 / tensorboardX / torch.utils.tensorboard) and
// one-element float/double/int tensors (TF2 summaries).
#include <cstdint>
#include <string>
#include <vector>

namespace ts {

struct ScalarEvent {
    std::string tag;
    int64_t step = 0;
    double wallTime = 0;
    double value = 0;
};

struct ScalarSeries {
    std::string tag;
    std::vector<int64_t> steps;
    std::vector<double> values;
};

// Every scalar of one event file, in file order. FileError naming the file and the byte
// offset of the record when a CRC does not match, a record is truncated or an Event is
// malformed.
std::vector<ScalarEvent> readEventFile(const std::string& path);
std::vector<ScalarEvent> parseEventFile(const std::string& path, const std::vector<unsigned char>& bytes);

// One event file, or every file whose name contains "tfevents" under a log directory
// (recursively; files in a sub-directory get its relative path as a tag prefix, "train/loss").
// Series in order of first appearance; a step logged twice for a tag keeps the last value.
std::vector<ScalarSeries> readTensorBoardScalars(const std::string& fileOrDir);

} // namespace ts
