// Run file (core/runfile): round trips, lazy opening, argument checks, and damaged, foreign
// or incompatible files. The SWMR (live follow, kill -9) tests are in test_runfile_swmr.cpp.
#include "core/Error.h"
#include "core/runfile/H5Handle.h"
#include "core/runfile/RunReader.h"
#include "core/runfile/RunWriter.h"

#include "tests/TempDir.h"

#include <gtest/gtest.h>
#include <hdf5.h>

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <regex>
#include <sstream>

namespace fs = std::filesystem;
using namespace ts;
using ts::test::TempDir;

namespace {

template <typename T>
HostArray makeArray(DType dtype, std::vector<int64_t> shape, const std::function<T(int64_t)>& f)
{
    HostArray a = HostArray::zeros(dtype, std::move(shape));
    for (int64_t i = 0; i < a.numel(); ++i)
        a.data<T>()[i] = f(i);
    return a;
}

// Parameter values as a function of (checkpoint, param, element): exact in float.
float pval(int64_t k, std::size_t p, int64_t i)
{
    return static_cast<float>(k) * 100.0f + static_cast<float>(p) * 10.0f + 0.25f * static_cast<float>(i % 37);
}

RunHeader fullHeader()
{
    RunHeader h;
    // More than 8 attributes: HDF5 moves them to dense storage, which the test then covers.
    for (int i = 0; i < 12; ++i)
        h.config.emplace_back("key" + std::to_string(11 - i), "value " + std::to_string(i * i));
    h.config.emplace_back("task", "modular_arithmetic");
    h.config.emplace_back("empty", "");
    h.config.emplace_back("unicode", "λ = 0.1 ✓");
    h.modelArch = "tickets_mlp";
    h.modelSpec = {{"hidden", "16"}, {"layers", "2"}, {"activation", "relu"}};
    h.params = {{"embed.W", {7, 3, 2}}, {"layers.0.b", {5}}, {"scale", {}}};
    h.lossKind = "cross_entropy";
    h.splits.push_back({"train",
                        makeArray<int64_t>(DType::Int64, {6, 2}, [](int64_t i) { return i * 3 - 4; }),
                        makeArray<int64_t>(DType::Int64, {6}, [](int64_t i) { return i % 4; })});
    h.splits.push_back({"test",
                        makeArray<float>(DType::Float32, {4, 5}, [](int64_t i) { return 0.5f * static_cast<float>(i) - 3.0f; }),
                        makeArray<float>(DType::Float32, {4}, [](int64_t i) { return i == 2 ? 1.0f : 0.0f; })});
    h.metricNames = {"train_loss", "test_loss", "test_acc"};
    h.routing = {3, 2, 4};
    h.creator = "TrainScope test";
    return h;
}

constexpr int kCheckpoints = 5;
constexpr int kMetricRows = 7;

int64_t ckptStep(int k) { return k * 100 + 1; }
double metricValue(int row, std::size_t m) { return 1.0 / (row + 1) + static_cast<double>(m); }
float routingValue(int k, int64_t i) { return static_cast<float>(k) + 0.125f * static_cast<float>(i); }

// Writes `h` with kCheckpoints checkpoints, kMetricRows metric rows, routing, and a status.
void writeFull(const std::string& path, const RunHeader& h, RunStatus status = RunStatus::Finished,
               const std::string& message = "all good ✓")
{
    RunWriter w(path, h);
    for (int row = 0; row < kMetricRows; ++row) {
        std::vector<double> values;
        for (std::size_t m = 0; m < h.metricNames.size(); ++m)
            values.push_back(metricValue(row, m));
        w.appendMetrics(row * 10, values);
    }
    for (int k = 0; k < kCheckpoints; ++k) {
        std::vector<std::vector<float>> data;
        std::vector<const float*> ptrs;
        for (std::size_t p = 0; p < h.params.size(); ++p) {
            std::vector<float> v(static_cast<std::size_t>(h.params[p].numel()));
            for (std::size_t i = 0; i < v.size(); ++i)
                v[i] = pval(k, p, static_cast<int64_t>(i));
            data.push_back(std::move(v));
        }
        for (const auto& v : data)
            ptrs.push_back(v.data());
        w.appendCheckpoint(ckptStep(k), ptrs);
        if (!h.routing.empty()) {
            std::vector<float> r(static_cast<std::size_t>(h.routing.samples * h.routing.layers * h.routing.experts));
            for (std::size_t i = 0; i < r.size(); ++i)
                r[i] = routingValue(k, static_cast<int64_t>(i));
            w.appendRouting(ckptStep(k), r.data());
        }
    }
    EXPECT_EQ(w.checkpointCount(), kCheckpoints);
    w.setStatus(status, message);
    w.close();
    EXPECT_FALSE(w.isOpen());
}

void expectArraysEqual(const HostArray& a, const HostArray& b)
{
    EXPECT_EQ(a.dtype, b.dtype);
    EXPECT_EQ(a.shape, b.shape);
    EXPECT_EQ(a.bytes, b.bytes);
}

// Touches every part of the file: what a viewer does after opening.
void readEverything(RunReader& r)
{
    r.refresh();
    (void)r.formatVersion();
    (void)r.creator();
    (void)r.config();
    (void)r.modelSpec();
    for (const std::string& s : r.splitNames())
        (void)r.readSplit(s);
    for (const std::string& m : r.metricNames())
        (void)r.readMetric(m);
    (void)r.checkpointSteps();
    for (int64_t k = 0; k < r.checkpointCount(); ++k) {
        (void)r.readCheckpointFlat(k);
        for (std::size_t p = 0; p < r.params().size(); ++p)
            (void)r.readParam(k, p);
    }
    if (r.hasRouting()) {
        const std::vector<int64_t> steps = r.routingSteps();
        for (std::size_t i = 0; i < steps.size(); ++i)
            (void)r.readRouting(static_cast<int64_t>(i));
    }
    (void)r.status();
    (void)r.statusMessage();
}

// Opening (and reading) `path` must throw a FileError naming the file and containing
// `phrase`.
void expectOpenFails(const std::string& path, const std::string& phrase)
{
    SCOPED_TRACE(path + " / " + phrase);
    try {
        RunReader r(path);
        readEverything(r);
        ADD_FAILURE() << "no exception";
    } catch (const FileError& e) {
        const std::string msg = e.what();
        EXPECT_EQ(e.path(), path);
        EXPECT_NE(msg.find(path), std::string::npos) << msg;
        EXPECT_NE(msg.find(phrase), std::string::npos) << msg;
    } catch (const std::exception& e) {
        ADD_FAILURE() << "not a FileError: " << e.what();
    }
}

template <typename E, typename F>
void expectThrowsWith(F&& f, const std::string& phrase)
{
    try {
        f();
        ADD_FAILURE() << "no exception, expected one containing '" << phrase << "'";
    } catch (const E& e) {
        EXPECT_NE(std::string(e.what()).find(phrase), std::string::npos) << e.what();
    } catch (const std::exception& e) {
        ADD_FAILURE() << "wrong exception type: " << e.what();
    }
}

std::vector<char> readBytes(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return std::vector<char>(std::istreambuf_iterator<char>(in), {});
}

void writeBytes(const std::string& path, const std::vector<char>& bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// Opens a closed run with the plain C API to damage it on purpose.
h5::Handle openForEdit(const std::string& path)
{
    h5::silenceErrors();
    hid_t f = H5Fopen(path.c_str(), H5F_ACC_RDWR, H5P_DEFAULT);
    if (f < 0)
        throw std::runtime_error("cannot open " + path + " for editing: " + h5::errorMessage());
    return h5::Handle(f, h5::Kind::File);
}

void replaceWithDataset(hid_t file, const char* name, hid_t type, std::vector<hsize_t> dims)
{
    ASSERT_GE(H5Ldelete(file, name, H5P_DEFAULT), 0);
    h5::Handle space(H5Screate_simple(static_cast<int>(dims.size()), dims.data(), nullptr), h5::Kind::Dataspace);
    h5::Handle ds(H5Dcreate2(file, name, type, space.get(), H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT), h5::Kind::Dataset);
    ASSERT_TRUE(ds.valid());
}

// Bytes this process has read through read()/pread() so far (Linux), or -1.
long long bytesReadSoFar()
{
    std::ifstream in("/proc/self/io");
    std::string key;
    long long value = 0;
    while (in >> key >> value)
        if (key == "rchar:")
            return value;
    return -1;
}

} // namespace

// ---------------------------------------------------------------------------------------------

TEST(RunFile, RoundTripReadsBackEverything)
{
    TempDir dir;
    const std::string path = dir.file("run.h5");
    const RunHeader h = fullHeader();
    writeFull(path, h);

    RunReader r(path);
    EXPECT_EQ(r.path(), path);
    EXPECT_EQ(r.formatVersion(), 2);
    EXPECT_EQ(r.creator(), "TrainScope test");
    EXPECT_EQ(r.config(), h.config); // order preserved
    EXPECT_EQ(r.configValue("task"), "modular_arithmetic");
    EXPECT_EQ(r.configValue("unicode"), "λ = 0.1 ✓");
    EXPECT_EQ(r.configValue("empty", "fallback"), "");
    EXPECT_EQ(r.configValue("nope", "fallback"), "fallback");
    EXPECT_EQ(r.modelArch(), "tickets_mlp");
    EXPECT_EQ(r.modelSpec(), h.modelSpec);
    EXPECT_EQ(r.lossKind(), "cross_entropy");

    ASSERT_EQ(r.params().size(), h.params.size());
    int64_t total = 0;
    for (std::size_t p = 0; p < h.params.size(); ++p) {
        EXPECT_EQ(r.params()[p].name, h.params[p].name);
        EXPECT_EQ(r.params()[p].shape, h.params[p].shape);
        total += h.params[p].numel();
    }
    EXPECT_EQ(r.params()[2].numel(), 1); // the scalar
    EXPECT_EQ(r.parameterCount(), total);

    EXPECT_EQ(r.splitNames(), (std::vector<std::string>{"train", "test"}));
    for (const SplitData& s : h.splits) {
        SCOPED_TRACE(s.name);
        SplitData got = r.readSplit(s.name);
        EXPECT_EQ(got.name, s.name);
        expectArraysEqual(got.inputs, s.inputs);
        expectArraysEqual(got.targets, s.targets);
    }

    EXPECT_EQ(r.metricNames(), h.metricNames);
    for (std::size_t m = 0; m < h.metricNames.size(); ++m) {
        MetricSeries s = r.readMetric(h.metricNames[m]);
        ASSERT_EQ(s.steps.size(), static_cast<std::size_t>(kMetricRows));
        ASSERT_EQ(s.values.size(), static_cast<std::size_t>(kMetricRows));
        for (int row = 0; row < kMetricRows; ++row) {
            EXPECT_EQ(s.steps[row], row * 10);
            EXPECT_EQ(s.values[row], metricValue(row, m));
        }
    }

    ASSERT_EQ(r.checkpointCount(), kCheckpoints);
    std::vector<int64_t> steps = r.checkpointSteps();
    ASSERT_EQ(steps.size(), static_cast<std::size_t>(kCheckpoints));
    for (int k = 0; k < kCheckpoints; ++k) {
        EXPECT_EQ(steps[k], ckptStep(k));
        std::vector<float> flat = r.readCheckpointFlat(k);
        ASSERT_EQ(flat.size(), static_cast<std::size_t>(total));
        std::size_t offset = 0;
        for (std::size_t p = 0; p < h.params.size(); ++p) {
            std::vector<float> v = r.readParam(k, p);
            ASSERT_EQ(v.size(), static_cast<std::size_t>(h.params[p].numel()));
            for (std::size_t i = 0; i < v.size(); ++i) {
                ASSERT_EQ(v[i], pval(k, p, static_cast<int64_t>(i))) << "k=" << k << " p=" << p << " i=" << i;
                ASSERT_EQ(flat[offset + i], v[i]);
            }
            offset += v.size();
        }
    }

    ASSERT_TRUE(r.hasRouting());
    EXPECT_EQ(r.routingShape().samples, 3);
    EXPECT_EQ(r.routingShape().layers, 2);
    EXPECT_EQ(r.routingShape().experts, 4);
    std::vector<int64_t> rsteps = r.routingSteps();
    ASSERT_EQ(rsteps.size(), static_cast<std::size_t>(kCheckpoints));
    for (int k = 0; k < kCheckpoints; ++k) {
        EXPECT_EQ(rsteps[k], ckptStep(k));
        HostArray a = r.readRouting(k);
        EXPECT_EQ(a.dtype, DType::Float32);
        EXPECT_EQ(a.shape, (std::vector<int64_t>{3, 2, 4}));
        for (int64_t i = 0; i < a.numel(); ++i)
            ASSERT_EQ(a.data<float>()[i], routingValue(k, i));
    }

    EXPECT_EQ(r.status(), RunStatus::Finished);
    EXPECT_EQ(r.statusMessage(), "all good ✓");

    // Root attributes and /status/last_step, which the API does not expose.
    h5::Handle f(H5Fopen(path.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT), h5::Kind::File);
    ASSERT_TRUE(f.valid());
    EXPECT_EQ(h5::readStringAttribute(f.get(), "format", path, "/"), "trainscope-run");
    EXPECT_TRUE(std::regex_match(h5::readStringAttribute(f.get(), "created", path, "/"),
                                 std::regex(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)")));
    // SWMR needs superblock version 3; paged allocation keeps metadata blocks inside pages.
    H5F_info2_t info{};
    ASSERT_GE(H5Fget_info2(f.get(), &info), 0);
    EXPECT_EQ(info.super.version, 3u);
    h5::Handle fcpl(H5Fget_create_plist(f.get()), h5::Kind::PropList);
    H5F_fspace_strategy_t strategy{};
    hbool_t persist = true;
    hsize_t threshold = 0, pageSize = 0;
    ASSERT_GE(H5Pget_file_space_strategy(fcpl.get(), &strategy, &persist, &threshold), 0);
    ASSERT_GE(H5Pget_file_space_page_size(fcpl.get(), &pageSize), 0);
    EXPECT_EQ(strategy, H5F_FSPACE_STRATEGY_PAGE);
    EXPECT_EQ(pageSize, 4096u);

    h5::Handle last(H5Dopen2(f.get(), "/status/last_step", H5P_DEFAULT), h5::Kind::Dataset);
    int64_t lastStep = -7;
    ASSERT_GE(H5Dread(last.get(), H5T_NATIVE_INT64, H5S_ALL, H5S_ALL, H5P_DEFAULT, &lastStep), 0);
    EXPECT_EQ(lastStep, ckptStep(kCheckpoints - 1));
}

TEST(RunFile, EmptyRunRoundTrip)
{
    TempDir dir;
    const std::string path = dir.file("empty.h5");
    {
        RunHeader h; // no config, params, splits, metrics or routing
        RunWriter w(path, h);
        w.appendMetrics(3, {});
        w.appendCheckpoint(5, {});
        w.appendCheckpoint(9, {});
        EXPECT_THROW(w.appendRouting(9, nullptr), Error);
    }
    RunReader r(path);
    EXPECT_TRUE(r.config().empty());
    EXPECT_TRUE(r.modelSpec().empty());
    EXPECT_TRUE(r.params().empty());
    EXPECT_EQ(r.parameterCount(), 0);
    EXPECT_TRUE(r.splitNames().empty());
    EXPECT_TRUE(r.metricNames().empty());
    EXPECT_EQ(r.checkpointCount(), 2);
    EXPECT_EQ(r.checkpointSteps(), (std::vector<int64_t>{5, 9}));
    EXPECT_TRUE(r.readCheckpointFlat(1).empty());
    EXPECT_FALSE(r.hasRouting());
    EXPECT_TRUE(r.routingShape().empty());
    EXPECT_TRUE(r.routingSteps().empty());
    // The writer's destructor closed the file without a status: still "running".
    EXPECT_EQ(r.status(), RunStatus::Running);
    EXPECT_EQ(r.statusMessage(), "");
}

TEST(RunFile, ManyKeysAndLongValues)
{
    TempDir dir;
    const std::string path = dir.file("run.h5");
    RunHeader h;
    for (int i = 0; i < 300; ++i)
        h.config.emplace_back("k" + std::to_string(i), std::string(static_cast<std::size_t>(i), 'v'));
    h.config.emplace_back("long", std::string(200000, 'x')); // beyond HDF5's 64 KiB compact limit
    h.modelSpec = {{"note", std::string(70000, 'n')}};
    RunWriter(path, h).close();
    RunReader r(path);
    EXPECT_EQ(r.config(), h.config);
    EXPECT_EQ(r.modelSpec(), h.modelSpec);
}

TEST(RunFile, BadIndexesAndNamesThrowError)
{
    TempDir dir;
    const std::string path = dir.file("run.h5");
    writeFull(path, fullHeader());
    RunReader r(path);
    expectThrowsWith<Error>([&] { r.readParam(kCheckpoints, 0); }, "checkpoint index 5 is out of range");
    expectThrowsWith<Error>([&] { r.readParam(-1, 0); }, "checkpoint index -1 is out of range");
    expectThrowsWith<Error>([&] { r.readParam(0, 3); }, "parameter index 3 is out of range");
    expectThrowsWith<Error>([&] { r.readCheckpointFlat(99); }, "out of range");
    expectThrowsWith<Error>([&] { r.readSplit("validation"); }, "no split 'validation'");
    expectThrowsWith<Error>([&] { r.readMetric("accuracy"); }, "no metric 'accuracy'");
    expectThrowsWith<Error>([&] { r.readRouting(kCheckpoints); }, "routing index 5 is out of range");
    // Argument errors are not file errors: the file is fine.
    EXPECT_THROW(r.readParam(-1, 0), Error);
    try {
        r.readParam(-1, 0);
    } catch (const FileError&) {
        ADD_FAILURE() << "a bad index is not a FileError";
    } catch (const Error&) {
    }
}

TEST(RunFile, WriterRejectsBadHeadersBeforeCreatingTheFile)
{
    TempDir dir;
    const std::string path = dir.file("bad.h5");
    auto expectConfigError = [&](RunHeader h, const std::string& phrase) {
        expectThrowsWith<ConfigError>([&] { RunWriter w(path, h); }, phrase);
        EXPECT_FALSE(fs::exists(path)) << phrase;
    };
    RunHeader h;
    h.params = {{"layers/0", {2}}};
    expectConfigError(h, "contains '/'");
    h.params = {{"a", {2}}, {"a", {3}}};
    expectConfigError(h, "duplicate parameter name 'a'");
    h.params = {{"a", {2, 0}}};
    expectConfigError(h, "every dimension must be positive");
    h.params = {{"", {2}}};
    expectConfigError(h, "name is empty");
    h = {};
    h.config = {{"keys", "x"}};
    expectConfigError(h, "reserved");
    h = {};
    h.metricNames = {"loss", "loss"};
    expectConfigError(h, "duplicate metric name 'loss'");
    h = {};
    h.splits.push_back({"train", HostArray::zeros(DType::Int64, {3, 2}), HostArray::zeros(DType::Int64, {4})});
    expectConfigError(h, "3 inputs but 4 targets");
    h = {};
    HostArray bad = HostArray::zeros(DType::Float32, {3});
    bad.bytes.resize(5);
    h.splits.push_back({"train", bad, HostArray::zeros(DType::Float32, {3})});
    expectConfigError(h, "holds 5 bytes");
}

TEST(RunFile, WriterArgumentAndStateErrors)
{
    TempDir dir;
    const std::string path = dir.file("run.h5");
    RunHeader h;
    h.params = {{"w", {2}}};
    h.metricNames = {"loss"};
    RunWriter w(path, h);
    EXPECT_TRUE(w.isOpen());
    EXPECT_EQ(w.path(), path);
    expectThrowsWith<Error>([&] { w.appendMetrics(0, {1.0, 2.0}); }, "got 2 values for 1 metrics");
    expectThrowsWith<Error>([&] { w.appendCheckpoint(0, {}); }, "got 0 parameters, the run has 1");
    expectThrowsWith<Error>([&] { w.appendCheckpoint(0, {nullptr}); }, "null pointer for /checkpoints/params/w");
    expectThrowsWith<Error>([&] { w.appendRouting(0, nullptr); }, "no routing shape");
    EXPECT_EQ(w.checkpointCount(), 0);
    w.close();
    w.close(); // idempotent
    float v[2] = {1, 2};
    expectThrowsWith<Error>([&] { w.appendCheckpoint(0, {v}); }, "closed");

    // A file that cannot be created names its path.
    const std::string nowhere = dir.file("no/such/dir/run.h5");
    expectThrowsWith<FileError>([&] { RunWriter w2(nowhere, h); }, nowhere + ": cannot create the run file");
}

TEST(RunFile, StatusMessageIsOverwrittenAndTruncatedAtACharacter)
{
    TempDir dir;
    const std::string path = dir.file("run.h5");
    RunWriter w(path, RunHeader{});
    RunReader r(path); // same process, while the writer is open
    EXPECT_EQ(r.status(), RunStatus::Running);
    w.setStatus(RunStatus::Failed, "loss is NaN at step 17");
    EXPECT_EQ(r.status(), RunStatus::Failed);
    EXPECT_EQ(r.statusMessage(), "loss is NaN at step 17");
    // 1023 ASCII bytes then a 2-byte character: it must be dropped, not cut in half.
    const std::string longMessage = std::string(1023, 'x') + "é" + std::string(500, 'y');
    w.setStatus(RunStatus::Cancelled, longMessage);
    EXPECT_EQ(r.status(), RunStatus::Cancelled);
    EXPECT_EQ(r.statusMessage(), std::string(1023, 'x'));
    w.setStatus(RunStatus::Finished, "short");
    EXPECT_EQ(r.statusMessage(), "short"); // no leftovers from the longer message
    EXPECT_STREQ(runStatusName(RunStatus::Finished), "finished");
    EXPECT_STREQ(runStatusName(RunStatus::Running), "running");
}

TEST(RunFile, ReaderFollowsAWriterInTheSameProcess)
{
    TempDir dir;
    const std::string path = dir.file("run.h5");
    RunHeader h;
    h.params = {{"w", {3}}};
    h.metricNames = {"loss"};
    RunWriter w(path, h);
    const float a[3] = {1, 2, 3}, b[3] = {4, 5, 6};
    w.appendCheckpoint(10, {a});
    RunReader r(path);
    EXPECT_EQ(r.checkpointCount(), 1);
    w.appendCheckpoint(20, {b});
    w.appendMetrics(20, {0.5});
    EXPECT_EQ(r.checkpointCount(), 1); // until refresh()
    r.refresh();
    EXPECT_EQ(r.checkpointCount(), 2);
    EXPECT_EQ(r.readParam(1, 0), (std::vector<float>{4, 5, 6}));
    EXPECT_EQ(r.readMetric("loss").values, (std::vector<double>{0.5}));
    w.close();
    r.refresh();
    EXPECT_EQ(r.checkpointSteps(), (std::vector<int64_t>{10, 20}));
}

// Opening must read schema and sizes only. Observable through the bytes the process reads.
TEST(RunFile, OpeningIsLazy)
{
    TempDir dir;
    const std::string path = dir.file("big.h5");
    constexpr int kCkpts = 50;
    RunHeader h;
    h.params = {{"big.W", {500, 500}}, {"small.b", {10}}}; // 1 MB per checkpoint of big.W
    h.metricNames = {"loss"};
    h.splits.push_back({"train", HostArray::zeros(DType::Float32, {20000, 10}), HostArray::zeros(DType::Int64, {20000})});
    {
        RunWriter w(path, h);
        std::vector<float> big(250000), small(10);
        for (int k = 0; k < kCkpts; ++k) {
            std::fill(big.begin(), big.end(), static_cast<float>(k));
            w.appendCheckpoint(k, {big.data(), small.data()});
            w.appendMetrics(k, {1.0});
        }
    }
    ASSERT_GT(fs::file_size(path), 50u * 1000 * 1000);

    const long long before = bytesReadSoFar();
    if (before < 0)
        GTEST_SKIP() << "/proc/self/io not readable";
    RunReader r(path);
    EXPECT_EQ(r.checkpointCount(), kCkpts);
    EXPECT_EQ(r.params()[0].shape, (std::vector<int64_t>{500, 500}));
    EXPECT_EQ(r.splitNames().size(), 1u);
    EXPECT_EQ(r.metricNames().size(), 1u);
    r.refresh();
    const long long opened = bytesReadSoFar();
    EXPECT_LT(opened - before, 256 * 1024) << "opening read " << (opened - before) << " bytes";

    // The counter does see data reads: one checkpoint of big.W is 1 MB.
    std::vector<float> v = r.readParam(kCkpts - 1, 0);
    EXPECT_EQ(v[12345], static_cast<float>(kCkpts - 1));
    EXPECT_GE(bytesReadSoFar() - opened, 1000 * 1000);
}

// --- damaged, foreign and incompatible files ---------------------------------------------

TEST(RunFileErrors, MissingEmptyAndNonHdf5Files)
{
    TempDir dir;
    expectOpenFails(dir.file("nope.h5"), "no such file");
    const std::string empty = dir.file("empty.h5");
    writeBytes(empty, {});
    expectOpenFails(empty, "not an HDF5 file");
    const std::string text = dir.file("notes.h5");
    std::ofstream(text) << "step,loss\n1,0.5\n2,0.25\n";
    expectOpenFails(text, "not an HDF5 file");
}

TEST(RunFileErrors, TruncatedFiles)
{
    TempDir dir;
    const std::string good = dir.file("good.h5");
    writeFull(good, fullHeader());
    const std::vector<char> bytes = readBytes(good);
    for (std::size_t size : {bytes.size() / 2, bytes.size() / 10, std::size_t(1024)}) {
        const std::string path = dir.file("cut" + std::to_string(size) + ".h5");
        writeBytes(path, std::vector<char>(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(size)));
        expectOpenFails(path, "cannot be opened: the file is truncated or corrupted (HDF5: truncated file");
    }
}

// Inverted bytes anywhere in the metadata-dense first 4 KiB (and, more sparsely, the rest):
// each file must either read completely or throw a FileError naming it. A crash or hang
// fails the whole test binary, which is the point.
TEST(RunFileErrors, FlippedBytesNeverCrash)
{
    TempDir dir;
    const std::string good = dir.file("good.h5");
    writeFull(good, fullHeader());
    const std::vector<char> bytes = readBytes(good);
    ASSERT_GT(bytes.size(), 8192u);

    std::vector<std::size_t> offsets;
    for (std::size_t i = 0; i < 64; ++i)
        offsets.push_back(i * 64 + (i * 7) % 64); // 64 offsets spread over [0, 4096)
    for (std::size_t i = 0; i < 32; ++i)
        offsets.push_back(4096 + i * (bytes.size() - 4096) / 32 + i % 13);

    const std::string path = dir.file("flipped.h5");
    int rejected = 0, rejectedInFirst4k = 0;
    for (std::size_t off : offsets) {
        SCOPED_TRACE("offset " + std::to_string(off));
        std::vector<char> damaged = bytes;
        damaged[off] = static_cast<char>(~damaged[off]);
        writeBytes(path, damaged);
        try {
            RunReader r(path);
            readEverything(r);
        } catch (const FileError& e) {
            ++rejected;
            rejectedInFirst4k += off < 4096;
            EXPECT_EQ(e.path(), path);
            EXPECT_EQ(std::string(e.what()).rfind(path + ": ", 0), 0u) << e.what();
        } catch (const std::exception& e) {
            ADD_FAILURE() << "not a FileError: " << e.what();
        }
    }
    // The superblock and root object header are checksummed: damage there must be caught.
    EXPECT_GE(rejectedInFirst4k, 16) << "of 64 flips in the first 4 KiB";
    EXPECT_GT(rejected, rejectedInFirst4k);
}

TEST(RunFileErrors, ForeignHdf5File)
{
    TempDir dir;
    const std::string path = dir.file("foreign.h5");
    {
        h5::Handle f(H5Fcreate(path.c_str(), H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT), h5::Kind::File);
        ASSERT_TRUE(f.valid());
        h5::Handle g(H5Gcreate2(f.get(), "experiment", H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT), h5::Kind::Group);
        hsize_t n = 4;
        h5::Handle space(H5Screate_simple(1, &n, nullptr), h5::Kind::Dataspace);
        h5::Handle ds(H5Dcreate2(g.get(), "x", H5T_NATIVE_DOUBLE, space.get(), H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT),
                      h5::Kind::Dataset);
        ASSERT_TRUE(ds.valid());
    }
    expectOpenFails(path, "not a TrainScope run file (no 'format' attribute on the root group)");

    {
        h5::Handle f = openForEdit(path);
        h5::writeStringAttribute(f.get(), "format", "netcdf", path, "/");
    }
    expectOpenFails(path, "not a TrainScope run file (its format is 'netcdf'");
}

TEST(RunFileErrors, NewerFormatVersion)
{
    TempDir dir;
    const std::string path = dir.file("future.h5");
    writeFull(path, fullHeader());
    {
        h5::Handle f = openForEdit(path);
        ASSERT_GE(H5Adelete(f.get(), "format_version"), 0);
        h5::writeInt64Attribute(f.get(), "format_version", 99, path, "/");
    }
    expectOpenFails(path, "newer version of TrainScope (format version 99; this version reads format versions up to 2)");
}

TEST(RunFileErrors, MissingOrMalformedObjects)
{
    TempDir dir;
    const std::string good = dir.file("good.h5");
    writeFull(good, fullHeader());
    int n = 0;
    // Copies the good file, applies `edit` to the copy and expects `phrase` on opening.
    auto check = [&](const std::function<void(hid_t)>& edit, const std::string& phrase) {
        const std::string path = dir.file("edit" + std::to_string(n++) + ".h5");
        fs::copy_file(good, path);
        {
            h5::Handle f = openForEdit(path);
            edit(f.get());
        }
        expectOpenFails(path, phrase);
    };
    check([](hid_t f) { ASSERT_GE(H5Ldelete(f, "/checkpoints/step", H5P_DEFAULT), 0); },
          "missing dataset /checkpoints/step");
    check([](hid_t f) { ASSERT_GE(H5Ldelete(f, "/status", H5P_DEFAULT), 0); }, "missing group /status");
    check([](hid_t f) { ASSERT_GE(H5Ldelete(f, "/checkpoints/params/embed.W", H5P_DEFAULT), 0); },
          "missing dataset /checkpoints/params/embed.W");
    check([&](hid_t f) { ASSERT_GE(H5Adelete_by_name(f, "/config", "task", H5P_DEFAULT), 0); },
          "missing attribute 'task' on /config");
    check([&](hid_t f) { ASSERT_GE(H5Adelete_by_name(f, "/model", "arch", H5P_DEFAULT), 0); },
          "missing attribute 'arch' on /model");
    check([](hid_t f) { replaceWithDataset(f, "/checkpoints/step", H5T_IEEE_F64LE, {5}); },
          "/checkpoints/step has type float64, expected int64");
    check([](hid_t f) { replaceWithDataset(f, "/checkpoints/params/layers.0.b", H5T_STD_I32LE, {5, 5}); },
          "/checkpoints/params/layers.0.b has type int32, expected float32");
    check([](hid_t f) { replaceWithDataset(f, "/metrics/test_acc/value", H5T_IEEE_F64LE, {7, 2}); },
          "/metrics/test_acc/value has rank 2, expected 1");
    check([](hid_t f) { replaceWithDataset(f, "/data/train/targets", H5T_STD_I64LE, {5}); },
          "/data/train has 6 inputs but 5 targets");
    check([](hid_t f) { replaceWithDataset(f, "/routing/weights", H5T_IEEE_F32LE, {5, 3, 2}); },
          "/routing/weights has rank 3, expected 4");
    check(
        [&](hid_t f) {
            h5::Handle g(H5Gopen2(f, "/model", H5P_DEFAULT), h5::Kind::Group);
            ASSERT_GE(H5Ldelete(g.get(), "param_names", H5P_DEFAULT), 0);
            h5::writeStringArrayDataset(g.get(), "param_names", {"embed.W", "../etc"}, good, "/model/param_names");
        },
        "invalid parameter name '../etc'");
    check(
        [&](hid_t f) {
            h5::Handle code(H5Dopen2(f, "/status/code", H5P_DEFAULT), h5::Kind::Dataset);
            const int64_t bogus = 42;
            ASSERT_GE(H5Dwrite(code.get(), H5T_NATIVE_INT64, H5S_ALL, H5S_ALL, H5P_DEFAULT, &bogus), 0);
        },
        "/status/code holds an unknown status 42");
}

// The documented layout, checked by an independent reader (h5py) when one is available.
TEST(RunFile, PythonLayoutCheckAcceptsOurFiles)
{
    // Beside the import fixtures script (an absolute path; __FILE__ is relative to the build
    // folder, which ctest does not run from).
    const fs::path script = fs::path(IMPORT_FIXTURES_SCRIPT).parent_path() / "check_run_layout.py";
    if (!fs::exists(script) || access("/usr/bin/python3", X_OK) != 0 ||
        std::system("/usr/bin/python3 -c 'import h5py' >/dev/null 2>&1") != 0)
        GTEST_SKIP() << "needs " << script << " and /usr/bin/python3 with h5py";
    TempDir dir;
    const std::string full = dir.file("full.h5"), empty = dir.file("empty.h5");
    writeFull(full, fullHeader());
    RunWriter(empty, RunHeader{}).close();
    for (const std::string& p : {full, empty}) {
        const std::string cmd = "/usr/bin/python3 '" + script.string() + "' '" + p + "'";
        const int rc = std::system(cmd.c_str());
        EXPECT_TRUE(WIFEXITED(rc) && WEXITSTATUS(rc) == 0) << cmd;
    }
    // And it must be able to fail.
    const std::string broken = dir.file("broken.h5");
    writeFull(broken, fullHeader());
    {
        h5::Handle f = openForEdit(broken);
        ASSERT_GE(H5Ldelete(f.get(), "/checkpoints/params/scale", H5P_DEFAULT), 0);
    }
    const int rc = std::system(("/usr/bin/python3 '" + script.string() + "' '" + broken + "' >/dev/null").c_str());
    EXPECT_TRUE(WIFEXITED(rc) && WEXITSTATUS(rc) == 1);
}
