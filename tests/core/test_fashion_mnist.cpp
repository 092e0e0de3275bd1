#include "core/Error.h"
#include "core/tasks/FashionMnist.h"
#include "core/tasks/IdxReader.h"
#include "core/tasks/TaskFactory.h"
#include "core/train/LrSchedule.h"
#include "core/train/TrainConfig.h"
#include "tests/RunProcess.h"
#include "tests/TempDir.h"

#include <gtest/gtest.h>
#include <torch/torch.h>
#include <zlib.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace ts;
using ts::test::TempDir;

namespace {

using Bytes = std::vector<unsigned char>;

// An IDX file's bytes: header with big-endian dimensions, then the payload as given.
Bytes idxBytes(unsigned char type, const std::vector<uint32_t>& dims, const Bytes& payload)
{
    Bytes b = {0, 0, type, static_cast<unsigned char>(dims.size())};
    for (uint32_t d : dims)
        for (int shift = 24; shift >= 0; shift -= 8)
            b.push_back(static_cast<unsigned char>(d >> shift));
    b.insert(b.end(), payload.begin(), payload.end());
    return b;
}

// Elements in IDX (big-endian) byte order.
template <typename T>
Bytes bigEndian(const std::vector<T>& values)
{
    Bytes out;
    for (T v : values) {
        unsigned char raw[sizeof(T)];
        std::memcpy(raw, &v, sizeof(T));
        for (std::size_t i = sizeof(T); i-- > 0;)
            out.push_back(raw[i]);
    }
    return out;
}

void writeFile(const std::string& path, const Bytes& bytes)
{
    std::ofstream out(path, std::ios::binary);
    out.write(reinterpret_cast<const char*>(bytes.data()), std::streamsize(bytes.size()));
}

Bytes readBytes(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return Bytes(std::istreambuf_iterator<char>(in), {});
}

void writeGzip(const std::string& path, const Bytes& bytes)
{
    gzFile f = gzopen(path.c_str(), "wb");
    ASSERT_NE(f, nullptr);
    ASSERT_EQ(gzwrite(f, bytes.data(), unsigned(bytes.size())), int(bytes.size()));
    ASSERT_EQ(gzclose(f), Z_OK);
}

// readIdx(path) throws a FileError that names path and says `problem`.
void expectFileError(const std::string& path, const std::string& problem)
{
    try {
        readIdx(path);
        ADD_FAILURE() << path << ": no error, expected '" << problem << "'";
    } catch (const FileError& e) {
        EXPECT_EQ(e.path(), path);
        const std::string what = e.what();
        EXPECT_NE(what.find(path), std::string::npos) << what;
        EXPECT_NE(what.find(problem), std::string::npos) << what;
    }
}

} // namespace

TEST(IdxReader, RoundTripPlainAndGzip)
{
    TempDir dir;
    Bytes pixels;
    for (int i = 0; i < 24; ++i)
        pixels.push_back(static_cast<unsigned char>(i * 10));
    const auto bytes = idxBytes(0x08, {3, 2, 4}, pixels);
    writeFile(dir.file("plain"), bytes);
    writeGzip(dir.file("packed.gz"), bytes);
    const auto expected = torch::arange(0, 240, 10, torch::kInt64).to(torch::kUInt8).reshape({3, 2, 4});
    for (const auto& name : {"plain", "packed.gz"}) {
        const auto t = readIdx(dir.file(name));
        EXPECT_EQ(t.scalar_type(), torch::kUInt8);
        EXPECT_EQ(t.sizes().vec(), (std::vector<int64_t>{3, 2, 4}));
        EXPECT_TRUE(torch::equal(t, expected)) << name;
    }
    // gzip is told by content: a compressed file without .gz reads the same.
    writeGzip(dir.file("packed-no-suffix"), bytes);
    EXPECT_TRUE(torch::equal(readIdx(dir.file("packed-no-suffix")), expected));
}

TEST(IdxReader, EveryElementTypeInHostOrder)
{
    TempDir dir;
    writeFile(dir.file("i8"), idxBytes(0x09, {3}, bigEndian<int8_t>({-128, 0, 127})));
    writeFile(dir.file("i16"), idxBytes(0x0B, {2}, bigEndian<int16_t>({-2, 300})));
    writeFile(dir.file("i32"), idxBytes(0x0C, {2}, bigEndian<int32_t>({-70000, 123456789})));
    writeFile(dir.file("f32"), idxBytes(0x0D, {1, 2}, bigEndian<float>({1.5f, -0.25f})));
    writeGzip(dir.file("f64.gz"), idxBytes(0x0E, {2}, bigEndian<double>({3.141592653589793, -1e300})));
    auto i8 = readIdx(dir.file("i8"));
    EXPECT_EQ(i8.scalar_type(), torch::kInt8);
    EXPECT_TRUE(torch::equal(i8, torch::tensor({-128, 0, 127}, torch::kInt8)));
    auto i16 = readIdx(dir.file("i16"));
    EXPECT_EQ(i16.scalar_type(), torch::kInt16);
    EXPECT_TRUE(torch::equal(i16, torch::tensor({-2, 300}, torch::kInt16)));
    auto i32 = readIdx(dir.file("i32"));
    EXPECT_EQ(i32.scalar_type(), torch::kInt32);
    EXPECT_TRUE(torch::equal(i32, torch::tensor({-70000, 123456789}, torch::kInt32)));
    auto f32 = readIdx(dir.file("f32"));
    EXPECT_EQ(f32.scalar_type(), torch::kFloat32);
    EXPECT_TRUE(torch::equal(f32, torch::tensor({1.5f, -0.25f}).reshape({1, 2})));
    auto f64 = readIdx(dir.file("f64.gz"));
    EXPECT_EQ(f64.scalar_type(), torch::kFloat64);
    EXPECT_EQ(f64[0].item<double>(), 3.141592653589793);
    EXPECT_EQ(f64[1].item<double>(), -1e300);
}

TEST(IdxReader, EmptyDimensionReadsAsEmptyTensor)
{
    TempDir dir;
    writeFile(dir.file("empty"), idxBytes(0x08, {0, 28, 28}, {}));
    EXPECT_EQ(readIdx(dir.file("empty")).sizes().vec(), (std::vector<int64_t>{0, 28, 28}));
}

TEST(IdxReader, MalformedFilesGiveFileErrorsNamingTheFile)
{
    TempDir dir;
    const Bytes good = idxBytes(0x08, {2, 3}, {1, 2, 3, 4, 5, 6});
    expectFileError(dir.file("missing"), "cannot be opened");
    expectFileError(dir.path().string(), "is a directory");
    writeFile(dir.file("empty"), {});
    expectFileError(dir.file("empty"), "is empty");
    writeFile(dir.file("short"), {0, 0, 8});
    expectFileError(dir.file("short"), "too short for an IDX header");
    writeFile(dir.file("magic"), idxBytes(0x08, {1}, {7}));
    {
        auto b = readBytes(dir.file("magic"));
        b[0] = 0x50; // "PK", say
        b[1] = 0x4B;
        writeFile(dir.file("magic"), b);
    }
    expectFileError(dir.file("magic"), "bad magic");
    writeFile(dir.file("type"), idxBytes(0x07, {1}, {7}));
    expectFileError(dir.file("type"), "unknown IDX data type 0x07");
    writeFile(dir.file("nodims"), idxBytes(0x08, {}, {}));
    expectFileError(dir.file("nodims"), "no dimensions");
    {
        auto b = idxBytes(0x08, {2, 3}, {});
        b[3] = 3; // announces a third dimension that is not there
        writeFile(dir.file("header"), b);
    }
    expectFileError(dir.file("header"), "ends inside its IDX header");
    writeFile(dir.file("negative"), idxBytes(0x08, {0x80000000u, 1}, {}));
    expectFileError(dir.file("negative"), "negative IDX dimension");
    writeFile(dir.file("absurd"), idxBytes(0x08, {0x7FFFFFFFu, 0x7FFFFFFFu, 0x7FFFFFFFu}, {1, 2, 3}));
    expectFileError(dir.file("absurd"), "more than 4 GiB");
    // A header promising 1 GiB over a few bytes is refused as truncated, not allocated.
    writeFile(dir.file("promise"), idxBytes(0x08, {1024, 1024, 1024}, {1, 2, 3}));
    expectFileError(dir.file("promise"), "is truncated");

    Bytes truncated(good.begin(), good.end() - 2);
    writeFile(dir.file("truncated"), truncated);
    expectFileError(dir.file("truncated"), "is truncated");
    writeGzip(dir.file("truncated.gz"), truncated);
    expectFileError(dir.file("truncated.gz"), "is truncated");
    Bytes longer = good;
    longer.push_back(9);
    writeFile(dir.file("longer"), longer);
    expectFileError(dir.file("longer"), "do not match the file size");
    writeGzip(dir.file("longer.gz"), longer);
    expectFileError(dir.file("longer.gz"), "do not match the file size");

    // Damaged gzip: cut short, or a wrong CRC in the trailer.
    Bytes big;
    for (int i = 0; i < 5000; ++i)
        big.push_back(static_cast<unsigned char>((i * 7919) % 251));
    writeGzip(dir.file("whole.gz"), idxBytes(0x08, {5000}, big));
    const auto packed = readBytes(dir.file("whole.gz"));
    writeFile(dir.file("cut.gz"), Bytes(packed.begin(), packed.begin() + long(packed.size() / 2)));
    expectFileError(dir.file("cut.gz"), "gzip data ends early");
    auto badCrc = packed;
    badCrc[badCrc.size() - 8] ^= 0xFF;
    writeFile(dir.file("crc.gz"), badCrc);
    expectFileError(dir.file("crc.gz"), "corrupt gzip data");
    EXPECT_EQ(readIdx(dir.file("whole.gz")).size(0), 5000);
}

namespace {

// A small stand-in for the data set: train images i hold pixel value (i * 13) % 256, labels i % 10.
void writeFakeFashionMnist(const TempDir& dir, uint32_t nTrain, uint32_t nTest, bool gzip)
{
    auto images = [](uint32_t n) {
        Bytes px;
        for (uint32_t i = 0; i < n; ++i)
            px.insert(px.end(), 28 * 28, static_cast<unsigned char>((i * 13) % 256));
        return idxBytes(0x08, {n, 28, 28}, px);
    };
    auto labels = [](uint32_t n) {
        Bytes l;
        for (uint32_t i = 0; i < n; ++i)
            l.push_back(static_cast<unsigned char>(i % 10));
        return idxBytes(0x08, {n}, l);
    };
    const std::pair<const char*, Bytes> files[] = {{"train-images-idx3-ubyte", images(nTrain)},
                                                   {"train-labels-idx1-ubyte", labels(nTrain)},
                                                   {"t10k-images-idx3-ubyte", images(nTest)},
                                                   {"t10k-labels-idx1-ubyte", labels(nTest)}};
    for (const auto& [name, bytes] : files) {
        if (gzip)
            writeGzip(dir.file(std::string(name) + ".gz"), bytes);
        else
            writeFile(dir.file(name), bytes);
    }
}

Settings fashion(const std::string& dataDir, Settings::Entries extra = {})
{
    Settings s({{"task", "fashion_mnist"}, {"data_dir", dataDir}});
    for (const auto& [k, v] : extra)
        s.set(k, v);
    return s;
}

bool realDataInstalled()
{
    const std::string dir = defaultFashionMnistDir();
    for (const char* base : {"train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte",
                             "t10k-labels-idx1-ubyte"})
        if (!std::filesystem::exists(dir + "/" + base) && !std::filesystem::exists(dir + "/" + base + ".gz"))
            return false;
    return true;
}

// The full data set, read once for the tests below.
const TaskData& realFashionMnist(bool normalize)
{
    static const TaskData normalized = makeTask(Settings({{"task", "fashion_mnist"}}));
    static const TaskData raw = makeTask(Settings({{"task", "fashion_mnist"}, {"normalize", "false"}}));
    return normalize ? normalized : raw;
}

} // namespace

TEST(FashionMnist, TaskFromFakeFiles)
{
    for (bool gzip : {false, true}) {
        TempDir dir;
        writeFakeFashionMnist(dir, 30, 12, gzip);
        const auto t = makeTask(fashion(dir.path().string(), {{"subset", "20"}, {"test_subset", "12"}, {"normalize", "false"}}));
        EXPECT_EQ(t.name, "fashion_mnist");
        EXPECT_EQ(t.loss, LossKind::CrossEntropy);
        EXPECT_EQ(t.inputKind, InputKind::Features);
        EXPECT_EQ(t.featureDim, 784);
        EXPECT_EQ(t.imageShape, (std::vector<int64_t>{1, 28, 28}));
        EXPECT_EQ(t.outputDim, 10);
        ASSERT_EQ(t.splits.size(), 2u);
        const auto& train = t.split("train");
        EXPECT_EQ(train.inputs.sizes().vec(), (std::vector<int64_t>{20, 1, 28, 28}));
        EXPECT_EQ(train.inputs.scalar_type(), torch::kFloat32);
        EXPECT_EQ(train.targets.sizes().vec(), (std::vector<int64_t>{20}));
        EXPECT_EQ(train.targets.scalar_type(), torch::kInt64);
        EXPECT_EQ(t.split("test").inputs.size(0), 12);
        // The subset is the first images, scaled to [0, 1].
        for (int64_t i = 0; i < 20; ++i) {
            EXPECT_EQ(train.targets[i].item<int64_t>(), i % 10);
            EXPECT_FLOAT_EQ(train.inputs[i][0][27][3].item<float>(), float((i * 13) % 256) / 255.0f);
        }
        const auto norm = makeTask(fashion(dir.path().string(), {{"subset", "20"}, {"test_subset", "12"}}));
        EXPECT_TRUE(torch::allclose(norm.split("train").inputs, (train.inputs - kFashionMnistMean) / kFashionMnistStd));
    }
}

TEST(FashionMnist, SettingErrors)
{
    TempDir dir;
    writeFakeFashionMnist(dir, 30, 12, true);
    const auto d = dir.path().string();
    EXPECT_THROW(makeTask(fashion(d, {{"subset", "0"}})), ConfigError);
    EXPECT_THROW(makeTask(fashion(d, {{"subset", "60001"}})), ConfigError);
    EXPECT_THROW(makeTask(fashion(d, {{"test_subset", "0"}})), ConfigError);
    EXPECT_THROW(makeTask(fashion(d, {{"test_subset", "10001"}})), ConfigError);
    EXPECT_THROW(makeTask(fashion(d, {{"normalize", "maybe"}})), ConfigError);
    try { // the fake files hold 30 images, fewer than the default subset
        makeTask(fashion(d, {{"test_subset", "12"}}));
        ADD_FAILURE() << "no error for a subset larger than the file";
    } catch (const ConfigError& e) {
        EXPECT_NE(std::string(e.what()).find("holds only 30 images"), std::string::npos) << e.what();
    }
    try {
        makeTask(fashion(dir.file("nowhere")));
        ADD_FAILURE() << "no error for a missing data set";
    } catch (const ConfigError& e) {
        EXPECT_NE(std::string(e.what()).find("dataset-fashion-mnist"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find(dir.file("nowhere")), std::string::npos) << e.what();
    }
    // The task's keys are known to the trainer's configuration; a stray one is not.
    EXPECT_NO_THROW(TrainConfig::fromSettings(fashion(d, {{"model", "mlp"}, {"subset", "10"}, {"normalize", "false"}})));
    EXPECT_THROW(TrainConfig::fromSettings(fashion(d, {{"model", "mlp"}, {"n_train", "10"}})), ConfigError);
}

TEST(FashionMnist, BadFilesNameTheFile)
{
    TempDir dir;
    writeFakeFashionMnist(dir, 30, 12, false);
    const auto d = dir.path().string();
    const std::string labels = dir.file("train-labels-idx1-ubyte");
    auto expectFileErrorFor = [&](const std::string& path, const std::string& problem) {
        try {
            makeTask(fashion(d, {{"subset", "10"}, {"test_subset", "5"}}));
            ADD_FAILURE() << "no error, expected '" << problem << "'";
        } catch (const FileError& e) {
            EXPECT_EQ(e.path(), path);
            EXPECT_NE(std::string(e.what()).find(problem), std::string::npos) << e.what();
        }
    };
    Bytes bad;
    for (int i = 0; i < 30; ++i)
        bad.push_back(i == 17 ? 12 : 3);
    writeFile(labels, idxBytes(0x08, {30}, bad));
    expectFileErrorFor(labels, "label 12 at index 17");
    writeFile(labels, idxBytes(0x08, {29}, Bytes(29, 1)));
    expectFileErrorFor(labels, "holds 29 labels");
    writeFile(labels, idxBytes(0x0C, {30}, Bytes(120, 0)));
    expectFileErrorFor(labels, "expected unsigned-byte labels");
    const std::string images = dir.file("t10k-images-idx3-ubyte");
    writeFile(labels, idxBytes(0x08, {30}, Bytes(30, 1)));
    writeFile(images, idxBytes(0x08, {12, 32, 32}, Bytes(12 * 32 * 32, 0)));
    expectFileErrorFor(images, "expected unsigned-byte images [n, 28, 28]");
    writeFile(images, Bytes{0x1f, 0x8b, 8, 0});
    expectFileErrorFor(images, "gzip");
}

TEST(FashionMnist, RealDataSet)
{
    if (!realDataInstalled())
        GTEST_SKIP() << "Fashion-MNIST is not installed (Debian package dataset-fashion-mnist)";
    const auto& t = realFashionMnist(true);
    const auto& train = t.split("train");
    const auto& test = t.split("test");
    EXPECT_EQ(train.inputs.sizes().vec(), (std::vector<int64_t>{60000, 1, 28, 28}));
    EXPECT_EQ(test.inputs.sizes().vec(), (std::vector<int64_t>{10000, 1, 28, 28}));
    EXPECT_EQ(train.targets.sizes().vec(), (std::vector<int64_t>{60000}));
    EXPECT_EQ(test.targets.sizes().vec(), (std::vector<int64_t>{10000}));
    EXPECT_EQ(train.inputs.scalar_type(), torch::kFloat32);
    EXPECT_EQ(train.targets.scalar_type(), torch::kInt64);
    for (const auto* s : {&train, &test}) {
        EXPECT_EQ(s->targets.min().item<int64_t>(), 0);
        EXPECT_EQ(s->targets.max().item<int64_t>(), 9);
    }
    // Balanced: 6000 training and 1000 test images of each class.
    EXPECT_TRUE(torch::equal(torch::bincount(train.targets), torch::full({10}, 6000, torch::kInt64)));
    EXPECT_TRUE(torch::equal(torch::bincount(test.targets), torch::full({10}, 1000, torch::kInt64)));

    // The constants are the training set's statistics: normalized, it has mean 0 and std 1.
    const auto x = train.inputs.to(torch::kFloat64);
    EXPECT_NEAR(x.mean().item<double>(), 0.0, 1e-3);
    EXPECT_NEAR(x.std(/*unbiased=*/false).item<double>(), 1.0, 1e-3);
    const auto raw = realFashionMnist(false).split("train").inputs.to(torch::kFloat64);
    EXPECT_EQ(raw.min().item<double>(), 0.0);
    EXPECT_EQ(raw.max().item<double>(), 1.0);
    EXPECT_NEAR(raw.mean().item<double>(), 0.286041, 1e-6);
    EXPECT_NEAR(raw.std(false).item<double>(), 0.353024, 1e-6);
}

TEST(FashionMnist, RealSubsetsArePrefixesAndDeterministic)
{
    if (!realDataInstalled())
        GTEST_SKIP() << "Fashion-MNIST is not installed (Debian package dataset-fashion-mnist)";
    const Settings s({{"task", "fashion_mnist"}, {"subset", "1000"}, {"test_subset", "500"}, {"seed", "7"}});
    const auto a = makeTask(s);
    Settings other = s;
    other.set("seed", "8"); // the data does not follow the seed
    const auto b = makeTask(other);
    const auto& full = realFashionMnist(true);
    EXPECT_EQ(a.split("train").inputs.size(0), 1000);
    EXPECT_EQ(a.split("test").inputs.size(0), 500);
    for (const char* name : {"train", "test"}) {
        EXPECT_TRUE(torch::equal(a.split(name).inputs, b.split(name).inputs));
        EXPECT_TRUE(torch::equal(a.split(name).targets, b.split(name).targets));
        const int64_t n = a.split(name).inputs.size(0);
        EXPECT_TRUE(torch::equal(a.split(name).inputs, full.split(name).inputs.slice(0, 0, n)));
        EXPECT_TRUE(torch::equal(a.split(name).targets, full.split(name).targets.slice(0, 0, n)));
    }
}

namespace {

std::string exact(double v)
{
    std::ostringstream out;
    out.precision(17);
    out << v;
    return out.str();
}

struct OneCycleCase {
    int64_t steps;
    double pctStart, lr;
};

// Learning rates of torch.optim.lr_scheduler.OneCycleLR from python3-torch, per case: before the
// first step and after each of `steps` scheduler steps. One process: importing torch takes seconds.
std::vector<std::vector<double>> pytorchOneCycle(const std::vector<OneCycleCase>& cases)
{
    TempDir dir;
    const std::string script = dir.file("onecycle.py");
    std::ofstream(script) << "import sys, torch\n"
                             "args = sys.argv[1:]\n"
                             "for i in range(0, len(args), 3):\n"
                             "    steps, pct, lr = int(args[i]), float(args[i + 1]), float(args[i + 2])\n"
                             "    opt = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=lr)\n"
                             "    s = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=lr, total_steps=steps, pct_start=pct,\n"
                             "        anneal_strategy='cos', three_phase=False, div_factor=25.0, final_div_factor=1e4,\n"
                             "        cycle_momentum=False)\n"
                             "    out = [s.get_last_lr()[0]]\n"
                             "    for _ in range(steps):\n"
                             "        opt.step()\n"
                             "        s.step()\n"
                             "        out.append(s.get_last_lr()[0])\n"
                             "    print(' '.join(repr(v) for v in out))\n";
    std::string cmd = std::string(SYSTEM_PYTHON) + " " + script;
    for (const auto& c : cases)
        cmd += " " + std::to_string(c.steps) + " " + exact(c.pctStart) + " " + exact(c.lr);
    const auto r = ts::test::runProcess(cmd);
    if (r.exitCode != 0)
        throw std::runtime_error("OneCycleLR reference (python3-torch) failed: " + r.err);
    std::istringstream in(r.out);
    std::vector<std::vector<double>> out;
    for (std::string line; std::getline(in, line);) {
        std::istringstream values(line);
        out.emplace_back();
        for (double v; values >> v;)
            out.back().push_back(v);
    }
    return out;
}

} // namespace

TEST(OneCycleLr, MatchesPyTorchEveryStep)
{
    const std::vector<OneCycleCase> cases = {{936, 0.3, 0.1}, {50, 0.25, 0.003}, {7, 0.5, 1.0}, {40, 0.0, 0.05}};
    const auto expected = pytorchOneCycle(cases);
    ASSERT_EQ(expected.size(), cases.size());
    for (std::size_t k = 0; k < cases.size(); ++k) {
        const auto& c = cases[k];
        const auto& lrs = expected[k];
        ASSERT_EQ(int64_t(lrs.size()), c.steps + 1);
        const LrSchedule schedule(Settings({{"schedule", "onecycle"}, {"lr", exact(c.lr)}, {"pct_start", exact(c.pctStart)}}),
                                  c.steps);
        // Every step the trainer takes (0 .. steps-1), and steps itself: the rate logged with
        // the last evaluation, which PyTorch also computes (its formula runs a little past the end).
        for (int64_t step = 0; step <= c.steps; ++step)
            EXPECT_NEAR(schedule.at(step), lrs[std::size_t(step)], 1e-6 * lrs[std::size_t(step)])
                << "steps " << c.steps << " pct_start " << c.pctStart << " step " << step;
    }
}

TEST(OneCycleLr, ShapeAndDefaults)
{
    // Default pct_start 0.3: the peak at step 0.3·T − 1, the end at lr / 25 / 1e4.
    const LrSchedule s(Settings({{"schedule", "onecycle"}, {"lr", "0.1"}}), 1000);
    EXPECT_DOUBLE_EQ(s.at(299), 0.1);
    EXPECT_LT(s.at(298), 0.1);
    EXPECT_LT(s.at(300), 0.1);
    EXPECT_NEAR(s.at(999), 0.1 / 25.0 / 1e4, 1e-15);
    // The run records the default it trained with.
    const auto c = TrainConfig::fromSettings(Settings({{"task", "modular"}, {"model", "mlp"}, {"schedule", "onecycle"}}));
    EXPECT_EQ(c.settings.getString("pct_start", ""), "0.3");
}

TEST(OneCycleLr, RejectsNonsense)
{
    EXPECT_THROW(LrSchedule(Settings({{"schedule", "onecycle"}, {"pct_start", "1"}}), 100), ConfigError);
    EXPECT_THROW(LrSchedule(Settings({{"schedule", "onecycle"}, {"pct_start", "-0.1"}}), 100), ConfigError);
    EXPECT_THROW(LrSchedule(Settings({{"schedule", "onecycle"}, {"warmup_steps", "10"}}), 100), ConfigError);
    // A warm-up of 0.1 × 10 = 1 step has no length: PyTorch divides by zero there.
    EXPECT_THROW(LrSchedule(Settings({{"schedule", "onecycle"}, {"pct_start", "0.1"}}), 10), ConfigError);
    EXPECT_NO_THROW(LrSchedule(Settings({{"schedule", "onecycle"}, {"pct_start", "0.1"}}), 11));
}
