#include "core/importing/TensorBoardReader.h"

#include "core/Error.h"
#include "core/importing/Checksums.h"
#include "core/importing/FileBytes.h"
#include "core/importing/LittleEndian.h"
#include "core/importing/ProtoReader.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <tuple>

namespace fs = std::filesystem;

namespace ts {

namespace {
// TensorFlow's DataType enum values for the numeric scalars summaries use.
enum TfType { DtFloat = 1, DtDouble = 2, DtInt32 = 3, DtInt64 = 9, DtHalf = 19 };

// A TensorProto holding exactly one number: its value, or false when it is anything else.
bool tensorScalar(ProtoReader tensor, double& out)
{
    int dtype = 0;
    std::vector<double> values;
    std::string content;
    int64_t shapeNumel = 1;
    uint32_t field;
    ProtoReader::WireType wt;
    while (tensor.next(field, wt)) {
        if (field == 1 && wt == ProtoReader::Varint) {
            dtype = int(tensor.varint());
        } else if (field == 2 && wt == ProtoReader::Bytes) { // TensorShapeProto { repeated Dim dim = 2 { size = 1 } }
            ProtoReader shape = tensor.message();
            while (shape.next(field, wt)) {
                if (field == 2 && wt == ProtoReader::Bytes) {
                    ProtoReader dim = shape.message();
                    while (dim.next(field, wt))
                        if (field == 1 && wt == ProtoReader::Varint)
                            shapeNumel *= int64_t(dim.varint());
                        else
                            dim.skip(wt);
                } else {
                    shape.skip(wt);
                }
            }
        } else if (field == 4 && wt == ProtoReader::Bytes) {
            content = tensor.bytes();
        } else if (field == 5 || field == 6 || field == 7 || field == 10 || field == 13) {
            // float_val, double_val, int_val, int64_val, half_val: packed or not.
            auto one = [&](ProtoReader& r, ProtoReader::WireType t) {
                if (field == 5 && t == ProtoReader::Fixed32)
                    values.push_back(r.float32());
                else if (field == 6 && t == ProtoReader::Fixed64)
                    values.push_back(r.float64());
                else if (field == 7 && t == ProtoReader::Varint)
                    values.push_back(double(int32_t(r.varint())));
                else if (field == 10 && t == ProtoReader::Varint)
                    values.push_back(double(int64_t(r.varint())));
                else if (field == 13 && t == ProtoReader::Varint)
                    values.push_back(double(uint16_t(r.varint())));
                else
                    r.skip(t);
            };
            if (wt == ProtoReader::Bytes) {
                ProtoReader packed = tensor.message();
                const auto t = field == 5 ? ProtoReader::Fixed32 : field == 6 ? ProtoReader::Fixed64 : ProtoReader::Varint;
                while (!packed.atEnd())
                    one(packed, t);
            } else {
                one(tensor, wt);
            }
        } else {
            tensor.skip(wt);
        }
    }
    if (shapeNumel != 1)
        return false;
    if (!content.empty()) {
        const auto* p = reinterpret_cast<const unsigned char*>(content.data());
        if (dtype == DtFloat && content.size() == 4)
            out = readLittleEndian<float>(p);
        else if (dtype == DtDouble && content.size() == 8)
            out = readLittleEndian<double>(p);
        else if (dtype == DtInt32 && content.size() == 4)
            out = readLittleEndian<int32_t>(p);
        else if (dtype == DtInt64 && content.size() == 8)
            out = double(readLittleEndian<int64_t>(p));
        else
            return false;
        return true;
    }
    if (values.size() != 1 || (dtype != DtFloat && dtype != DtDouble && dtype != DtInt32 && dtype != DtInt64))
        return false;
    out = values[0];
    return true;
}

void parseEvent(ProtoReader event, std::vector<ScalarEvent>& out)
{
    double wallTime = 0;
    int64_t step = 0;
    std::vector<ScalarEvent> found;
    uint32_t field;
    ProtoReader::WireType wt;
    while (event.next(field, wt)) {
        if (field == 1 && wt == ProtoReader::Fixed64) {
            wallTime = event.float64();
        } else if (field == 2 && wt == ProtoReader::Varint) {
            step = int64_t(event.varint());
        } else if (field == 5 && wt == ProtoReader::Bytes) { // Summary { repeated Value value = 1 }
            ProtoReader summary = event.message();
            while (summary.next(field, wt)) {
                if (field != 1 || wt != ProtoReader::Bytes) {
                    summary.skip(wt);
                    continue;
                }
                ProtoReader value = summary.message();
                ScalarEvent e;
                bool scalar = false;
                while (value.next(field, wt)) {
                    if (field == 1 && wt == ProtoReader::Bytes) {
                        e.tag = value.bytes();
                    } else if (field == 2 && wt == ProtoReader::Fixed32) {
                        e.value = value.float32();
                        scalar = true;
                    } else if (field == 8 && wt == ProtoReader::Bytes) {
                        scalar = tensorScalar(value.message(), e.value);
                    } else {
                        value.skip(wt);
                    }
                }
                if (scalar && !e.tag.empty())
                    found.push_back(std::move(e));
            }
        } else {
            event.skip(wt);
        }
    }
    for (auto& e : found) { // step and wall_time may come after the summary in the message
        e.step = step;
        e.wallTime = wallTime;
        out.push_back(std::move(e));
    }
}
} // namespace

std::vector<ScalarEvent> readEventFile(const std::string& path) { return parseEventFile(path, readFileBytes(path)); }

std::vector<ScalarEvent> parseEventFile(const std::string& path, const std::vector<unsigned char>& bytes)
{
    std::vector<ScalarEvent> out;
    std::size_t pos = 0;
    const std::size_t size = bytes.size();
    while (pos < size) {
        const std::string at = "record at byte " + std::to_string(pos);
        if (size - pos < 12)
            throw FileError(path, at + " is truncated (" + std::to_string(size - pos) + " bytes of a 12-byte header)");
        const unsigned char* h = bytes.data() + pos;
        const uint64_t len = readLittleEndian<uint64_t>(h);
        if (readLittleEndian<uint32_t>(h + 8) != maskedCrc32c(h, 8))
            throw FileError(path, at + ": the length's CRC does not match (corrupted, or not a TensorBoard event file)");
        if (len > size - pos - 12 || size - pos - 12 - len < 4)
            throw FileError(path, at + " is truncated (" + std::to_string(len) + " data bytes announced, " +
                                      std::to_string(size - pos - 12) + " bytes left)");
        const unsigned char* data = h + 12;
        if (readLittleEndian<uint32_t>(data + len) != maskedCrc32c(data, std::size_t(len)))
            throw FileError(path, at + ": the data's CRC does not match (the file is corrupted)");
        try {
            parseEvent(ProtoReader(data, std::size_t(len)), out);
        } catch (const ConfigError& e) {
            throw FileError(path, at + " does not hold a valid Event (" + e.what() + ")");
        }
        pos += 12 + std::size_t(len) + 4;
    }
    return out;
}

std::vector<ScalarSeries> readTensorBoardScalars(const std::string& fileOrDir)
{
    std::error_code ec;
    if (!fs::exists(fileOrDir, ec))
        throw FileError(fileOrDir, "no such file or directory");
    std::vector<std::pair<std::string, std::string>> files; // path, tag prefix
    if (fs::is_directory(fileOrDir, ec)) {
        for (const auto& entry : fs::recursive_directory_iterator(fileOrDir, ec)) {
            if (!entry.is_regular_file() || entry.path().filename().string().find("tfevents") == std::string::npos)
                continue;
            std::string prefix = fs::relative(entry.path().parent_path(), fileOrDir).generic_string();
            prefix = prefix == "." ? "" : prefix + "/";
            files.emplace_back(entry.path().string(), prefix);
        }
        if (files.empty())
            throw FileError(fileOrDir, "holds no TensorBoard event files (names containing 'tfevents')");
        // The log directory's own files first, then each sub-directory's, by name (event file
        // names start with a timestamp, so this is also their time order).
        std::sort(files.begin(), files.end(), [](const auto& a, const auto& b) {
            return std::tie(a.second, a.first) < std::tie(b.second, b.first);
        });
    } else {
        files.emplace_back(fileOrDir, "");
    }

    std::vector<ScalarSeries> series;
    std::map<std::string, std::size_t> index;
    std::vector<std::map<int64_t, double>> byStep;
    for (const auto& [file, prefix] : files) {
        for (auto& e : readEventFile(file)) {
            const std::string tag = prefix + e.tag;
            auto it = index.find(tag);
            if (it == index.end()) {
                it = index.emplace(tag, series.size()).first;
                series.push_back({tag, {}, {}});
                byStep.emplace_back();
            }
            byStep[it->second][e.step] = e.value;
        }
    }
    for (std::size_t i = 0; i < series.size(); ++i)
        for (const auto& [step, value] : byStep[i]) {
            series[i].steps.push_back(step);
            series[i].values.push_back(value);
        }
    return series;
}

} // namespace ts
