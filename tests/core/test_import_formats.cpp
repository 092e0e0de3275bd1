// Import formats without torch: CRCs, JSON, safetensors, TensorBoard event files, NumPy.
#include "core/Error.h"
#include "core/JsonValue.h"
#include "core/importing/Checksums.h"
#include "core/importing/CheckpointFiles.h"
#include "core/importing/DataSplits.h"
#include "core/importing/FileBytes.h"
#include "core/importing/NpyReader.h"
#include "core/importing/SafetensorsReader.h"
#include "core/importing/TensorBoardReader.h"
#include "tests/core/ImportFixtures.h"
#include "tests/core/TensorBoardEvents.h"

#include <gtest/gtest.h>

#include <cstring>
#include <filesystem>
#include <functional>
#include <fstream>
#include <random>

using namespace ts;
using namespace ts::test::events;

namespace {

std::vector<unsigned char> bytesOf(const std::string& s) { return {s.begin(), s.end()}; }

template <typename T> void put(std::vector<unsigned char>& b, T v)
{
    unsigned char raw[sizeof(T)];
    std::memcpy(raw, &v, sizeof(T));
    b.insert(b.end(), raw, raw + sizeof(T));
}

void writeFile(const std::string& path, const std::vector<unsigned char>& b)
{
    std::ofstream(path, std::ios::binary).write(reinterpret_cast<const char*>(b.data()), std::streamsize(b.size()));
}

std::string errorOf(const std::function<void()>& f)
{
    try {
        f();
    } catch (const Error& e) {
        return e.what();
    }
    return "(no error)";
}

} // namespace

TEST(ImportChecksums, StandardTestVectors)
{
    const char* s = "123456789";
    EXPECT_EQ(crc32c(s, 9), 0xE3069283u);
    EXPECT_EQ(crc32Ieee(s, 9), 0xCBF43926u);
    EXPECT_EQ(crc32c("", 0), 0u);
    // The 8-bytes-at-a-time path against a bit-by-bit CRC, for every length and alignment.
    std::vector<unsigned char> data(300);
    for (std::size_t i = 0; i < data.size(); ++i)
        data[i] = static_cast<unsigned char>(i * 131 + 7);
    auto bitwise = [](const unsigned char* p, std::size_t n, uint32_t poly) {
        uint32_t c = ~0u;
        for (std::size_t i = 0; i < n; ++i) {
            c ^= p[i];
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? (c >> 1) ^ poly : c >> 1;
        }
        return ~c;
    };
    for (std::size_t start = 0; start < 9; ++start)
        for (std::size_t n = 0; n + start <= data.size(); n += 7) {
            ASSERT_EQ(crc32c(data.data() + start, n), bitwise(data.data() + start, n, 0x82F63B78u)) << start << " " << n;
            ASSERT_EQ(crc32Ieee(data.data() + start, n), bitwise(data.data() + start, n, 0xEDB88320u)) << start << " " << n;
        }
    // Incremental use gives the same CRC as one pass.
    EXPECT_EQ(crc32c(s + 4, 5, crc32c(s, 4)), 0xE3069283u);
    // Masking: rotate right by 15, add 0xa282ead8 (TFRecord).
    const uint32_t c = 0xE3069283u;
    EXPECT_EQ(maskedCrc32c(s, 9), ((c >> 15) | (c << 17)) + 0xA282EAD8u);
}

TEST(ImportJson, ParsesValuesInOrder)
{
    const auto v = JsonValue::parse(R"( {"b": [1, -2.5e1, true, null], "a": "x\"\u00e9\ud83d\ude00", "n": 9007199254740993} )");
    ASSERT_TRUE(v.isObject());
    ASSERT_EQ(v.members().size(), 3u);
    EXPECT_EQ(v.members()[0].first, "b");
    EXPECT_EQ(v.members()[1].first, "a");
    const auto& b = v.find("b")->items();
    EXPECT_TRUE(b[0].isInteger());
    EXPECT_EQ(b[0].integer(), 1);
    EXPECT_DOUBLE_EQ(b[1].number(), -25.0);
    EXPECT_FALSE(b[1].isInteger());
    EXPECT_TRUE(b[2].boolean());
    EXPECT_EQ(b[3].kind(), JsonValue::Kind::Null);
    EXPECT_EQ(v.find("a")->string(), "x\"\xC3\xA9\xF0\x9F\x98\x80");
    EXPECT_EQ(v.find("n")->integer(), 9007199254740993LL); // beyond double precision, kept exactly
    for (const char* bad : {"{", "[1,]", "{\"a\" 1}", "\"abc", "01x", "tru", "[1] 2", "{\"a\":\"\\q\"}"})
        EXPECT_THROW(JsonValue::parse(bad), ConfigError) << bad;
}

TEST(ImportSafetensors, HandWrittenFile)
{
    const std::string header = R"({"w":{"dtype":"F32","shape":[2,2],"data_offsets":[0,16]},)"
                               R"("__metadata__":{"k":"v"},)"
                               R"("h":{"dtype":"F16","shape":[2],"data_offsets":[16,20]},)"
                               R"("b":{"dtype":"BF16","shape":[],"data_offsets":[20,22]},)"
                               R"("i":{"dtype":"I64","shape":[1],"data_offsets":[22,30]},)"
                               R"("z":{"dtype":"BOOL","shape":[2],"data_offsets":[30,32]}})";
    std::vector<unsigned char> f;
    put<uint64_t>(f, header.size());
    f.insert(f.end(), header.begin(), header.end());
    for (float x : {1.5f, -2.0f, 0.25f, 3.0f})
        put(f, x);
    put<uint16_t>(f, 0x3C00); // 1.0 in half
    put<uint16_t>(f, 0xC500); // -5.0 in half
    put<uint16_t>(f, 0x4049); // 3.140625 in bfloat16
    put<int64_t>(f, -7);
    f.push_back(1);
    f.push_back(0);
    const auto t = parseSafetensors("x.safetensors", f);
    ASSERT_EQ(t.size(), 5u);
    EXPECT_EQ(t[0].name, "w");
    EXPECT_EQ(t[0].shape, (std::vector<int64_t>{2, 2}));
    EXPECT_EQ(t[0].toFloat32(), (std::vector<float>{1.5f, -2.0f, 0.25f, 3.0f}));
    EXPECT_EQ(t[1].toFloat32(), (std::vector<float>{1.0f, -5.0f}));
    EXPECT_EQ(t[2].toFloat32(), (std::vector<float>{3.140625f}));
    EXPECT_TRUE(t[2].shape.empty());
    EXPECT_EQ(t[3].toHostArray().data<int64_t>()[0], -7);
    EXPECT_EQ(t[3].toHostArray().dtype, DType::Int64);
    EXPECT_EQ(t[4].toFloat32(), (std::vector<float>{1.0f, 0.0f}));

    // Truncated data, a truncated header, wrong sizes, a bad dtype, bad JSON.
    auto cut = f;
    cut.resize(cut.size() - 3);
    EXPECT_NE(errorOf([&] { parseSafetensors("x.safetensors", cut); }).find("tensor 'i': data ends at byte 30"), std::string::npos);
    auto shortHeader = std::vector<unsigned char>(f.begin(), f.begin() + 20);
    EXPECT_NE(errorOf([&] { parseSafetensors("x.safetensors", shortHeader); }).find("truncated"), std::string::npos);
    auto edit = [&](const std::string& from, const std::string& to) {
        std::string h = header;
        h.replace(h.find(from), from.size(), to);
        std::vector<unsigned char> g;
        put<uint64_t>(g, h.size());
        g.insert(g.end(), h.begin(), h.end());
        g.insert(g.end(), f.begin() + 8 + std::ptrdiff_t(header.size()), f.end());
        return errorOf([&] { parseSafetensors("x.safetensors", g); });
    };
    EXPECT_NE(edit("\"shape\":[2,2]", "\"shape\":[2,3]").find("tensor 'w': holds 16 bytes, but F32 [2, 3] needs 24"), std::string::npos);
    EXPECT_NE(edit("\"F16\"", "\"C64\"").find("tensor 'h': unsupported dtype 'C64'"), std::string::npos);
    EXPECT_NE(edit("[16,20]", "[20,16]").find("not a byte range"), std::string::npos);
    EXPECT_NE(edit("{\"w\"", "[\"w\"").find("not valid JSON"), std::string::npos);
    EXPECT_NE(errorOf([&] { parseSafetensors("x.safetensors", bytesOf("abc")); }).find("x.safetensors: not a safetensors file"),
              std::string::npos);
}

TEST(ImportSafetensors, FileFromPythonMatchesTorch)
{
    const auto expected = test::readDump(test::fixture("mixed.txt"));
    const auto tensors = readSafetensors(test::fixture("mixed.safetensors"));
    ASSERT_EQ(tensors.size(), expected.size());
    for (const auto& t : tensors) {
        const auto& e = expected.at(t.name);
        EXPECT_EQ(t.shape, e.shape) << t.name;
        const auto a = t.toHostArray();
        for (int64_t i = 0; i < a.numel(); ++i) {
            const double v = a.dtype == DType::Float32 ? a.data<float>()[i]
                             : a.dtype == DType::Float64 ? a.data<double>()[i]
                                                         : double(a.data<int64_t>()[i]);
            ASSERT_EQ(v, e.values[std::size_t(i)]) << t.name << "[" << i << "]";
        }
    }
}

TEST(ImportTensorBoard, ScalarsReadExactly)
{
    test::TempDir dir;
    std::filesystem::create_directories(dir.path() / "run" / "eval");
    writeFile(dir.file("run/events.out.tfevents.1700000000.host"), eventFile());
    // A second file in a sub-directory (TensorBoard's per-run layout) becomes a tag prefix.
    std::vector<unsigned char> eval;
    record(eval, simpleEvent(7, "loss", 0.5f));
    writeFile(dir.file("run/eval/events.out.tfevents.1700000001.host"), eval);

    const auto events = readEventFile(dir.file("run/events.out.tfevents.1700000000.host"));
    ASSERT_EQ(events.size(), 8u);
    EXPECT_EQ(events[0].tag, "loss/train");
    EXPECT_EQ(events[0].value, double(1.0f / 3.0f));
    EXPECT_EQ(events[0].wallTime, 1.7e9);
    EXPECT_EQ(events[1].tag, "accuracy");
    EXPECT_EQ(events[1].step, 0);

    const auto series = readTensorBoardScalars(dir.file("run"));
    ASSERT_EQ(series.size(), 3u);
    EXPECT_EQ(series[0].tag, "loss/train");
    EXPECT_EQ(series[0].steps, (std::vector<int64_t>{0, 10, 20, 30, 40}));
    for (int s = 0; s < 5; ++s)
        EXPECT_EQ(series[0].values[std::size_t(s)], double(1.0f / float(s + 3)));
    EXPECT_EQ(series[1].tag, "accuracy");
    EXPECT_EQ(series[1].steps, (std::vector<int64_t>{0, 20, 40}));
    EXPECT_EQ(series[1].values, (std::vector<double>{1e-12, 0.2 + 1e-12, 0.4 + 1e-12}));
    EXPECT_EQ(series[2].tag, "eval/loss");
    EXPECT_EQ(series[2].values, (std::vector<double>{0.5}));
}

TEST(ImportTensorBoard, CorruptedAndTruncatedFilesAreRejected)
{
    const auto good = eventFile();
    auto flipped = good;
    flipped[good.size() - 10] ^= 0x01; // a bit of the last record's data
    const std::string e1 = errorOf([&] { parseEventFile("ev", flipped); });
    EXPECT_NE(e1.find("ev: record at byte "), std::string::npos) << e1;
    EXPECT_NE(e1.find("the data's CRC does not match"), std::string::npos) << e1;

    auto badLength = good;
    badLength[0] ^= 0x04;
    const std::string e2 = errorOf([&] { parseEventFile("ev", badLength); });
    EXPECT_NE(e2.find("record at byte 0: the length's CRC does not match"), std::string::npos) << e2;

    auto cut = good;
    cut.resize(good.size() - 2);
    EXPECT_NE(errorOf([&] { parseEventFile("ev", cut); }).find("is truncated"), std::string::npos);

    EXPECT_EQ(parseEventFile("ev", {}).size(), 0u);
    EXPECT_NE(errorOf([&] { readTensorBoardScalars("/nonexistent/logs"); }).find("no such file"), std::string::npos);
}

TEST(ImportNumpy, NpyAndNpzFromNumpy)
{
    const auto a = readNpy(test::fixture("a.npy"));
    EXPECT_EQ(a.name, "a");
    EXPECT_EQ(a.shape, (std::vector<int64_t>{3, 4}));
    const auto av = a.toFloat32();
    for (int i = 0; i < 12; ++i)
        EXPECT_EQ(av[std::size_t(i)], float(i) / 7.0f);
    const auto b = readNpy(test::fixture("b.npy")).toHostArray();
    EXPECT_EQ(b.dtype, DType::Int64);
    EXPECT_EQ(b.data<int64_t>()[0], -4);
    EXPECT_EQ(b.data<int64_t>()[7], 3);
    const auto ab = readNpz(test::fixture("ab.npz"));
    ASSERT_EQ(ab.size(), 2u);
    EXPECT_EQ(ab[0].name, "x");
    EXPECT_EQ(ab[0].type, ElemType::F64);
    EXPECT_EQ(ab[1].toHostArray().data<int64_t>()[3], 1);

    auto bytes = readFileBytes(test::fixture("a.npy"));
    bytes.resize(bytes.size() - 1);
    EXPECT_NE(errorOf([&] { parseNpy("a.npy", bytes, "a"); }).find("is truncated"), std::string::npos);
}

TEST(ImportCheckpointFiles, StepsFromNamesOrGiven)
{
    int64_t s = -1;
    EXPECT_TRUE(stepFromFileName("runs/step_1200.pt", s));
    EXPECT_EQ(s, 1200);
    EXPECT_TRUE(stepFromFileName("epoch=3.safetensors", s));
    EXPECT_EQ(s, 3);
    EXPECT_TRUE(stepFromFileName("ckpt-500.pth", s));
    EXPECT_EQ(s, 500);
    EXPECT_TRUE(stepFromFileName("model_v2_step_300_final.t7", s)); // the last number
    EXPECT_EQ(s, 300);
    EXPECT_FALSE(stepFromFileName("final.pt", s));

    test::TempDir dir;
    for (const char* f : {"step_20.pt", "step_3.pt", "step_100.safetensors", "notes.txt"})
        std::ofstream(dir.file(f)) << "x";
    auto files = findCheckpoints({dir.path().string()}, {});
    ASSERT_EQ(files.size(), 3u); // notes.txt is not a checkpoint
    EXPECT_EQ(files[0].step, 3);
    EXPECT_EQ(files[1].step, 20);
    EXPECT_EQ(files[2].step, 100);
    // Explicit steps follow the files' name order: step_100, step_20, step_3.
    files = findCheckpoints({dir.path().string()}, {7, 8, 9});
    EXPECT_EQ(files[0].path, dir.file("step_100.safetensors"));
    EXPECT_EQ(files[0].step, 7);
    EXPECT_NE(errorOf([&] { findCheckpoints({dir.path().string()}, {1, 2}); }).find("2 steps given for 3 checkpoint files"),
              std::string::npos);
    std::ofstream(dir.file("epoch_20.pt")) << "x";
    EXPECT_NE(errorOf([&] { findCheckpoints({dir.path().string()}, {}); }).find("two checkpoints at step 20"), std::string::npos);
    // Hugging Face Trainer layout: one file per checkpoint-N folder.
    test::TempDir hf;
    for (const char* d : {"checkpoint-500", "checkpoint-1000", "runs"}) // runs/ holds logs, no checkpoint
        std::filesystem::create_directories(hf.path() / d);
    std::ofstream(hf.file("checkpoint-500/model.safetensors")) << "x";
    std::ofstream(hf.file("checkpoint-1000/model.safetensors")) << "x";
    files = findCheckpoints({hf.path().string()}, {});
    ASSERT_EQ(files.size(), 2u);
    EXPECT_EQ(files[0].step, 500);
    EXPECT_EQ(files[0].path, hf.file("checkpoint-500/model.safetensors"));
    EXPECT_EQ(files[1].step, 1000);
    std::ofstream(hf.file("checkpoint-1000/optimizer.pt")) << "x"; // ignored next to the model
    std::ofstream(hf.file("checkpoint-1000/rng_state.pth")) << "x";
    EXPECT_EQ(findCheckpoints({hf.path().string()}, {})[1].path, hf.file("checkpoint-1000/model.safetensors"));
    std::filesystem::rename(hf.file("checkpoint-1000/model.safetensors"), hf.file("checkpoint-1000/model-00001-of-00002.safetensors"));
    std::ofstream(hf.file("checkpoint-1000/model-00002-of-00002.safetensors")) << "x";
    EXPECT_NE(errorOf([&] { findCheckpoints({hf.path().string()}, {}); }).find("sharded checkpoints are not supported"),
              std::string::npos);
    std::ofstream(dir.file("final.pt")) << "x";
    EXPECT_NE(errorOf([&] { findCheckpoints({dir.file("final.pt")}, {}); }).find("final.pt: no step number in the file name"),
              std::string::npos);
}

TEST(ImportDataSplits, NamingConventions)
{
    auto tensor = [](const std::string& name, std::vector<int64_t> shape, ElemType type) {
        TensorRecord r;
        r.name = name;
        r.type = type;
        r.shape = std::move(shape);
        r.bytes.assign(std::size_t(r.numel()) * elemTypeSize(type), 0);
        return r;
    };
    const auto splits = dataSplitsFromTensors("d", {tensor("train_x", {4, 2}, ElemType::F16), tensor("train_y", {4}, ElemType::I32),
                                                    tensor("test.inputs", {3, 2}, ElemType::F64),
                                                    tensor("test.targets", {3}, ElemType::I64), tensor("mean", {2}, ElemType::F32)});
    ASSERT_EQ(splits.size(), 2u);
    EXPECT_EQ(splits[0].name, "train");
    EXPECT_EQ(splits[0].inputs.dtype, DType::Float32);
    EXPECT_EQ(splits[0].targets.dtype, DType::Int64);
    EXPECT_EQ(splits[1].name, "test");
    EXPECT_EQ(splits[1].inputs.dtype, DType::Float64);
    EXPECT_NE(errorOf([&] { dataSplitsFromTensors("d", {tensor("train_x", {4, 2}, ElemType::F32)}); }).find("split 'train' has no targets"),
              std::string::npos);
    EXPECT_NE(errorOf([&] {
                  dataSplitsFromTensors("d", {tensor("a.x", {4, 2}, ElemType::F32), tensor("a.y", {5}, ElemType::I64)});
              }).find("split 'a' has 4 inputs but 5 targets"),
              std::string::npos);
    EXPECT_NE(errorOf([&] { dataSplitsFromTensors("d", {tensor("w", {4}, ElemType::F32)}); }).find("d: holds no data splits"),
              std::string::npos);
}

// Damaged Event messages inside valid TFRecord framing (the CRCs recomputed), and damaged
// .npy headers: results or ts::Errors, never crashes.
TEST(ImportFuzz, DamagedEventsAndNpyHeadersGiveErrorsNotCrashes)
{
    std::mt19937 rng(7);
    const std::string event = tensorEvent(12, "accuracy", 0.5);
    const auto npy = readFileBytes(test::fixture("a.npy"));
    int errors = 0;
    for (int trial = 0; trial < 3000; ++trial) {
        std::string e = event;
        for (int k = 0; k < 2; ++k)
            e[rng() % e.size()] = char(rng() % 256);
        std::vector<unsigned char> file;
        record(file, e);
        try {
            parseEventFile("fuzz", file);
        } catch (const Error&) {
            ++errors;
        }
        auto n = npy;
        for (int k = 0; k < 2; ++k)
            n[6 + rng() % 70] = (unsigned char)(trial % 2 ? "0123456789(),' <>fiub"[rng() % 21] : rng() % 256);
        try {
            parseNpy("fuzz.npy", n, "a");
        } catch (const Error&) {
            ++errors;
        }
    }
    EXPECT_GT(errors, 500);
}
