// PyTorch files without Python: the safe unpickler (a crafted malicious pickle is refused),
// torch.save files of every dtype and layout, TorchScript models (forward, double backprop),
// and importing folders of .pt / .safetensors checkpoints into run files.
#include "core/Error.h"
#include "core/analysis/HessianVectorProduct.h"
#include "core/analysis/RunModel.h"
#include "core/importing/Checksums.h"
#include "core/importing/DataSplits.h"
#include "core/importing/FileBytes.h"
#include "core/importing/ImportPreview.h"
#include "core/importing/RunImporter.h"
#include "core/importing/SafeUnpickler.h"
#include "core/importing/TensorFile.h"
#include "core/importing/TorchFileReader.h"
#include "core/importing/SafetensorsReader.h"
#include "core/importing/ZipArchive.h"
#include "core/models/TorchScriptModel.h"
#include "core/runfile/RunReader.h"
#include "core/train/Loss.h"
#include "tests/core/ImportFixtures.h"
#include "tests/core/TensorBoardEvents.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <cstring>
#include <filesystem>
#include <functional>
#include <fstream>
#include <random>

using namespace ts;
using namespace std::string_literals;
namespace fs = std::filesystem;

namespace {

std::string errorOf(const std::function<void()>& f)
{
    try {
        f();
    } catch (const Error& e) {
        return e.what();
    }
    return "(no error)";
}

template <typename T> void put(std::vector<unsigned char>& b, T v)
{
    unsigned char raw[sizeof(T)];
    std::memcpy(raw, &v, sizeof(T));
    b.insert(b.end(), raw, raw + sizeof(T));
}

// A minimal zip writer (stored entries), as torch.save lays its archives out. zip64: sizes
// and offsets saturated at 0xFFFFFFFF in the central directory with the real values in the
// zip64 extra field, and the zip64 end records, as archives over 4 GiB have them.
std::vector<unsigned char> makeZip(const std::vector<std::pair<std::string, std::string>>& entries, bool zip64 = false)
{
    std::vector<unsigned char> z, central;
    for (const auto& [name, data] : entries) {
        const uint32_t offset = uint32_t(z.size()), crc = crc32Ieee(data.data(), data.size());
        put<uint32_t>(z, 0x04034b50);
        for (uint16_t v : {20, 0, 0, 0, 0})
            put(z, v);
        put(z, crc);
        put<uint32_t>(z, uint32_t(data.size()));
        put<uint32_t>(z, uint32_t(data.size()));
        put<uint16_t>(z, uint16_t(name.size()));
        put<uint16_t>(z, 0);
        z.insert(z.end(), name.begin(), name.end());
        z.insert(z.end(), data.begin(), data.end());
        put<uint32_t>(central, 0x02014b50);
        for (uint16_t v : {45, 45, 0, 0, 0, 0})
            put(central, v);
        put(central, crc);
        put<uint32_t>(central, zip64 ? 0xFFFFFFFFu : uint32_t(data.size()));
        put<uint32_t>(central, zip64 ? 0xFFFFFFFFu : uint32_t(data.size()));
        put<uint16_t>(central, uint16_t(name.size()));
        put<uint16_t>(central, zip64 ? 28 : 0); // extra length
        for (uint16_t v : {0, 0, 0})
            put(central, v);
        put<uint32_t>(central, 0);
        put<uint32_t>(central, zip64 ? 0xFFFFFFFFu : offset);
        central.insert(central.end(), name.begin(), name.end());
        if (zip64) {
            put<uint16_t>(central, 0x0001);
            put<uint16_t>(central, 24);
            put<uint64_t>(central, data.size()); // uncompressed, compressed, local header offset
            put<uint64_t>(central, data.size());
            put<uint64_t>(central, offset);
        }
    }
    const uint32_t dirOffset = uint32_t(z.size());
    z.insert(z.end(), central.begin(), central.end());
    if (zip64) {
        const uint64_t end64 = z.size();
        put<uint32_t>(z, 0x06064b50);
        put<uint64_t>(z, 44);
        put<uint16_t>(z, 45);
        put<uint16_t>(z, 45);
        put<uint32_t>(z, 0);
        put<uint32_t>(z, 0);
        put<uint64_t>(z, entries.size());
        put<uint64_t>(z, entries.size());
        put<uint64_t>(z, central.size());
        put<uint64_t>(z, dirOffset);
        put<uint32_t>(z, 0x07064b50);
        put<uint32_t>(z, 0);
        put<uint64_t>(z, end64);
        put<uint32_t>(z, 1);
    }
    put<uint32_t>(z, 0x06054b50);
    put<uint16_t>(z, 0);
    put<uint16_t>(z, 0);
    put<uint16_t>(z, zip64 ? 0xFFFF : uint16_t(entries.size()));
    put<uint16_t>(z, zip64 ? 0xFFFF : uint16_t(entries.size()));
    put<uint32_t>(z, zip64 ? 0xFFFFFFFFu : uint32_t(central.size()));
    put<uint32_t>(z, zip64 ? 0xFFFFFFFFu : dirOffset);
    put<uint16_t>(z, 0);
    return z;
}

// {"w": _rebuild_tensor_v2(FloatStorage '0', 0, (3,), (1,), False, OrderedDict())}, protocol 2.
std::string statePickle(const std::string& storageType = "FloatStorage", int64_t numel = 3)
{
    std::string p = "\x80\x02}q\x00X\x01\x00\x00\x00wq\x01" "ctorch._utils\n_rebuild_tensor_v2\nq\x02((X\x07\x00\x00\x00storage"s;
    p += "ctorch\n" + storageType + "\nX\x01\x00\x00\x00" "0X\x03\x00\x00\x00" "cpuK"s;
    p += char(numel);
    p += "tQK\x00K\x03\x85K\x01\x85\x89" "ccollections\nOrderedDict\n)Rtq\x03Rs."s;
    return p;
}

std::string floats(std::initializer_list<float> v)
{
    std::string s(v.size() * 4, '\0');
    std::memcpy(s.data(), v.begin(), s.size());
    return s;
}

} // namespace

TEST(ImportPickle, CraftedStateDictLoads)
{
    const auto zip = makeZip({{"archive/data.pkl", statePickle()}, {"archive/data/0", floats({1.5f, -2.f, 4.f})}});
    const auto t = parseTorchFile("crafted.pt", zip);
    ASSERT_EQ(t.size(), 1u);
    EXPECT_EQ(t[0].name, "w");
    EXPECT_EQ(t[0].shape, (std::vector<int64_t>{3}));
    EXPECT_EQ(t[0].toFloat32(), (std::vector<float>{1.5f, -2.f, 4.f}));

    // The same archive in zip64 form (what torch.save writes for files over 4 GiB).
    const auto zip64 = makeZip({{"archive/data.pkl", statePickle()}, {"archive/data/0", floats({1.5f, -2.f, 4.f})}}, true);
    const auto t64 = parseTorchFile("crafted64.pt", zip64);
    ASSERT_EQ(t64.size(), 1u);
    EXPECT_EQ(t64[0].toFloat32(), (std::vector<float>{1.5f, -2.f, 4.f}));
}

TEST(ImportPickle, ForeignGlobalsAreRefusedNeverRun)
{
    // GLOBAL 'os system' + REDUCE: what a malicious .pt does to run a command on load.
    const std::string evil = "\x80\x02" "cos\nsystem\nq\x00X\x05\x00\x00\x00touch\x85R."s;
    const std::string err = errorOf([&] {
        SafeUnpickler::load(reinterpret_cast<const unsigned char*>(evil.data()), evil.size());
    });
    EXPECT_NE(err.find("refused: the pickle asks for 'os.system'"), std::string::npos) << err;
    EXPECT_NE(err.find("at byte 2"), std::string::npos) << err; // at the GLOBAL, before any REDUCE

    // The same inside a torch.save archive, and STACK_GLOBAL (protocol 4) for builtins.eval.
    const std::string err2 = errorOf([&] { parseTorchFile("evil.pt", makeZip({{"archive/data.pkl", evil}})); });
    EXPECT_NE(err2.find("evil.pt: refused: the pickle asks for 'os.system'"), std::string::npos) << err2;
    const std::string stackGlobal = std::string("\x80\x04\x8c\x08") + "builtins\x8c\x04" + "eval\x93.";
    EXPECT_NE(errorOf([&] {
                  SafeUnpickler::load(reinterpret_cast<const unsigned char*>(stackGlobal.data()), stackGlobal.size());
              }).find("'builtins.eval'"),
              std::string::npos);
    // A storage type outside torch's tensor storages is refused as well.
    EXPECT_NE(errorOf([&] { parseTorchFile("x.pt", makeZip({{"archive/data.pkl", statePickle("Tensor")}})); })
                  .find("refused: the pickle asks for 'torch.Tensor'"),
              std::string::npos);

    // A real torch.save of an object whose __reduce__ calls os.system: refused, nothing run.
    const std::string e3 = errorOf([&] { readTorchFile(test::fixture("evil.pt")); });
    EXPECT_NE(e3.find("refused: the pickle asks for 'posix.system'"), std::string::npos) << e3;
    EXPECT_FALSE(fs::exists(test::fixture("PWNED")));
}

TEST(ImportPickle, TruncatedAndCorruptedFiles)
{
    const std::string pkl = statePickle();
    const std::string data = floats({1.f, 2.f, 3.f});
    // The pickle cut short.
    EXPECT_NE(errorOf([&] { parseTorchFile("t.pt", makeZip({{"archive/data.pkl", pkl.substr(0, 40)}, {"archive/data/0", data}})); })
                  .find("t.pt: the pickle is truncated"),
              std::string::npos);
    // A storage entry missing, or smaller than the tensor it backs.
    EXPECT_NE(errorOf([&] { parseTorchFile("t.pt", makeZip({{"archive/data.pkl", pkl}})); }).find("tensor 'w': storage entry 'archive/data/0' is missing"),
              std::string::npos);
    EXPECT_NE(errorOf([&] { parseTorchFile("t.pt", makeZip({{"archive/data.pkl", pkl}, {"archive/data/0", data.substr(0, 8)}})); })
                  .find("fewer than its 3 elements need"),
              std::string::npos);
    // A tensor reaching past its storage.
    EXPECT_NE(errorOf([&] { parseTorchFile("t.pt", makeZip({{"archive/data.pkl", statePickle("FloatStorage", 2)}, {"archive/data/0", data}})); })
                  .find("reaches element 2 of a storage of 2"),
              std::string::npos);

    // Real files: cut at any point or with a flipped byte, always a clear FileError.
    auto bytes = readFileBytes(test::fixture("mixed.pt"));
    for (std::size_t cut : {std::size_t(10), bytes.size() / 2, bytes.size() - 30}) {
        std::vector<unsigned char> part(bytes.begin(), bytes.begin() + std::ptrdiff_t(cut));
        const std::string e = errorOf([&] { parseTorchFile("cut.pt", part); });
        EXPECT_EQ(e.rfind("cut.pt: ", 0), 0u) << e;
    }
    auto flipped = bytes;
    flipped[200] ^= 0x40; // inside the pickle or the first storage
    const std::string e = errorOf([&] { parseTorchFile("flip.pt", flipped); });
    EXPECT_NE(e.find("fails its CRC check"), std::string::npos) << e;
    EXPECT_NE(errorOf([&] { parseTorchFile("empty.pt", {}); }).find("empty.pt: is empty"), std::string::npos);
    EXPECT_NE(errorOf([&] { readTorchFile(test::fixture("legacy.pt")); }).find("legacy format (before 1.6)"), std::string::npos);
    EXPECT_NE(errorOf([&] { readTorchFile(test::fixture("model.pt")); }).find("is a TorchScript model"), std::string::npos);
}

TEST(ImportTorchFile, EveryDtypeAndLayoutMatchesTorch)
{
    const auto expected = test::readDump(test::fixture("mixed.txt"));
    const auto tensors = readTorchFile(test::fixture("mixed.pt"));
    ASSERT_EQ(tensors.size(), expected.size());
    for (const auto& t : tensors) {
        const auto& e = expected.at(t.name);
        EXPECT_EQ(t.shape, e.shape) << t.name;
        const auto a = t.toHostArray();
        ASSERT_EQ(std::size_t(a.numel()), e.values.size());
        for (int64_t i = 0; i < a.numel(); ++i) {
            const double v = a.dtype == DType::Float32 ? a.data<float>()[i]
                             : a.dtype == DType::Float64 ? a.data<double>()[i]
                                                         : double(a.data<int64_t>()[i]);
            ASSERT_EQ(v, e.values[std::size_t(i)]) << t.name << "[" << i << "]";
        }
    }
    // A training checkpoint dict: tensors at any depth, named by their path; scalars skipped.
    std::vector<std::string> names;
    for (const auto& t : readTensorFile(test::fixture("checkpoint_dict.pt")))
        names.push_back(t.name);
    EXPECT_EQ(names, (std::vector<std::string>{"model.w", "nested.0", "nested.1.0"}));
}

TEST(ImportTorchScript, ForwardAndDoubleBackpropMatchPyTorch)
{
    const auto check = test::readDump(test::fixture("model_check.txt"));
    auto model = TorchScriptModel::fromFile(test::fixture("model_trained.pt"));
    EXPECT_EQ(model->arch(), "torchscript");
    EXPECT_EQ(model->paramNames(), (std::vector<std::string>{"fc1.weight", "fc1.bias", "fc2.weight", "fc2.bias"}));
    const auto data = readTensorFile(test::fixture("data.pt"));
    ASSERT_EQ(data[0].name, "train.0");
    auto x = torch::from_blob(const_cast<float*>(reinterpret_cast<const float*>(data[0].bytes.data())), data[0].shape,
                              torch::kFloat32).clone();
    auto yh = data[1].toHostArray();
    auto y = torch::from_blob(yh.data<int64_t>(), yh.shape, torch::kInt64).clone();

    auto out = model->forward(x.slice(0, 0, 4)).detach().reshape({-1});
    const auto& eo = check.at("out").values;
    for (std::size_t i = 0; i < eo.size(); ++i)
        EXPECT_NEAR(out[int64_t(i)].item<double>(), eo[i], 1e-6);
    auto loss = computeLoss(LossKind::CrossEntropy, model->forward(x), y);
    EXPECT_NEAR(loss.item<double>(), check.at("loss").values[0], 1e-6);

    // Hessian-vector product with v = ones through the module (double backward).
    auto grads = torch::autograd::grad({loss}, model->params(), {}, true, true);
    torch::Tensor dot = torch::zeros({});
    for (auto& g : grads)
        dot = dot + g.sum();
    auto hv = torch::autograd::grad({dot}, model->params());
    std::vector<double> got;
    for (auto& h : hv)
        for (int64_t i = 0; i < h.numel(); ++i)
            got.push_back(h.reshape({-1})[i].item<double>());
    const auto& ehv = check.at("hv").values;
    ASSERT_EQ(got.size(), ehv.size());
    double scale = 0;
    for (double v : ehv)
        scale = std::max(scale, std::abs(v));
    for (std::size_t i = 0; i < got.size(); ++i)
        EXPECT_NEAR(got[i], ehv[i], 1e-5 * scale) << i;

    // Setting flat parameters changes what the module computes (it uses params() itself).
    model->setFlatParameters(torch::zeros({model->parameterCount()}));
    EXPECT_EQ(model->forward(x).abs().max().item<float>(), 0.0f);

    EXPECT_NE(errorOf([&] { TorchScriptModel::fromFile(test::fixture("mixed.pt")); }).find("is not a TorchScript model"),
              std::string::npos);
    const std::string e = errorOf([&] { model->forward(torch::zeros({2, 5})); });
    EXPECT_NE(e.find("fails on inputs [2, 5]"), std::string::npos) << e;
}

namespace {
void expectRunHoldsDumps(const std::string& runPath, const std::string& dir, const std::vector<std::string>& stems,
                         const std::vector<int64_t>& steps)
{
    RunReader run(runPath);
    EXPECT_EQ(run.modelArch(), "torchscript");
    ASSERT_EQ(run.checkpointSteps(), steps);
    for (std::size_t c = 0; c < stems.size(); ++c) {
        const auto dump = test::readDump(test::fixture(dir + "/" + stems[c] + ".txt"));
        for (std::size_t p = 0; p < run.params().size(); ++p) {
            const auto& e = dump.at(run.params()[p].name);
            EXPECT_EQ(run.params()[p].shape, e.shape);
            const auto got = run.readParam(int64_t(c), p);
            ASSERT_EQ(got.size(), e.values.size());
            for (std::size_t i = 0; i < got.size(); ++i)
                ASSERT_EQ(double(got[i]), e.values[i]) << stems[c] << " " << run.params()[p].name << "[" << i << "]";
        }
    }
    // The run evaluates: model rebuilt from the file, data splits as saved.
    auto loaded = loadRunModel(run);
    EXPECT_EQ(loaded.data.splits.size(), 2u);
    EXPECT_EQ(loaded.data.splits[0].name, "train");
    loaded.model->setFlatParameters(checkpointVector(run, 0));
    const auto r = evaluate(*loaded.model, loaded.data.splits[0], loaded.data.loss);
    EXPECT_TRUE(std::isfinite(r.loss));
    EXPECT_EQ(r.count, 32);
}
} // namespace

TEST(ImportRun, FolderOfPtFiles)
{
    test::TempDir out;
    ImportOptions o;
    o.checkpoints = {test::fixture("pt")};
    o.model = test::fixture("model.pt");
    o.data = test::fixture("data.pt");
    o.out = out.file("run.h5");
    const auto s = importRun(o);
    EXPECT_EQ(s.checkpoints, 3);
    // Every checkpoint evaluated on every split, as independently recomputed from the run.
    EXPECT_EQ(s.metrics, (std::vector<std::string>{"train_loss", "train_acc", "test_loss", "test_acc"}));
    {
        RunReader run(o.out);
        auto loaded = loadRunModel(run);
        const auto trainLoss = run.readMetric("train_loss"), testAcc = run.readMetric("test_acc");
        EXPECT_EQ(trainLoss.steps, (std::vector<int64_t>{0, 100, 1200}));
        for (int64_t c = 0; c < 3; ++c) {
            loaded.model->setFlatParameters(checkpointVector(run, c));
            EXPECT_DOUBLE_EQ(trainLoss.values[std::size_t(c)],
                             evaluate(*loaded.model, loaded.data.splits[0], loaded.data.loss).loss);
            EXPECT_DOUBLE_EQ(testAcc.values[std::size_t(c)],
                             evaluate(*loaded.model, loaded.data.splits[1], loaded.data.loss).accuracy);
        }
        // Training lowered the loss from the first checkpoint to the last.
        EXPECT_LT(trainLoss.values[2], trainLoss.values[0]);
    }
    EXPECT_EQ(s.parameterCount, 4 * 8 + 8 + 8 * 3 + 3);
    expectRunHoldsDumps(o.out, "pt", {"step_0", "step_100", "step_1200"}, {0, 100, 1200});
}

TEST(ImportRun, FolderOfSafetensorsFiles)
{
    test::TempDir out;
    ImportOptions o;
    o.checkpoints = {test::fixture("st")};
    o.model = test::fixture("model.pt");
    o.data = test::fixture("data.pt");
    o.out = out.file("run.h5");
    importRun(o);
    // fc2.bias is stored as F16 there: imported as its exact float32 value.
    expectRunHoldsDumps(o.out, "st", {"epoch=0", "epoch=100", "epoch=1200"}, {0, 100, 1200});
}

TEST(ImportRun, MismatchesNameTheTensorAndFile)
{
    test::TempDir out;
    ImportOptions o;
    o.model = test::fixture("model.pt");
    o.data = test::fixture("data.pt");
    o.out = out.file("run.h5");
    auto run = [&](const std::string& file) {
        o.checkpoints = {test::fixture(file)};
        o.steps = {5};
        return errorOf([&] { importRun(o); });
    };
    EXPECT_NE(run("bad_shape.pt").find("bad_shape.pt: tensor 'fc1.weight' has shape [8, 5], the model's 'fc1.weight' has [8, 4]"),
              std::string::npos);
    EXPECT_NE(run("missing.pt").find("missing.pt: has no tensor for the model's parameter 'fc2.bias'"), std::string::npos);
    EXPECT_NE(run("int_param.pt").find("int_param.pt: tensor 'fc2.bias' has dtype I64"), std::string::npos);
    EXPECT_NE(run("mixed.pt").find("has no tensor for the model's parameter 'fc1.weight'"), std::string::npos);
    EXPECT_FALSE(fs::exists(o.out)); // nothing written when a checkpoint does not fit
    EXPECT_FALSE(fs::exists(o.out + ".importing"));

    // A bad second checkpoint, after a good one was written: no run, and an older run file of
    // that name is left as it was.
    std::ofstream(o.out) << "older run";
    o.checkpoints = {test::fixture("pt/step_0.pt"), test::fixture("bad_shape.pt")};
    o.steps = {0, 5};
    EXPECT_NE(errorOf([&] { importRun(o); }).find("bad_shape.pt: tensor 'fc1.weight'"), std::string::npos);
    EXPECT_EQ(test::readFile(o.out), "older run");
    EXPECT_FALSE(fs::exists(o.out + ".importing"));
    fs::remove(o.out);

    o.checkpoints = {test::fixture("pt")};
    o.steps.clear();
    o.data = test::fixture("mixed.pt");
    EXPECT_NE(errorOf([&] { importRun(o); }).find("holds no data splits"), std::string::npos);
    o.data = test::fixture("data.pt");
    o.loss = "logistic";
    const std::string e = errorOf([&] { importRun(o); });
    EXPECT_NE(e.find("does not fit loss 'logistic'"), std::string::npos) << e;
}

TEST(ImportRun, TensorBoardScalarsBecomeMetricsExactly)
{
    test::TempDir out;
    std::filesystem::create_directories(out.path() / "logs");
    test::events::writeEventFile(out.file("logs/events.out.tfevents.1.host"), test::events::eventFile());
    ImportOptions o;
    o.checkpoints = {test::fixture("pt/step_0.pt"), test::fixture("pt/step_1200.pt")};
    o.model = test::fixture("model.pt");
    o.data = test::fixture("data.pt");
    o.tensorboard = out.file("logs");
    o.out = out.file("run.h5");
    o.evaluate = false;
    const auto s = importRun(o);
    EXPECT_EQ(s.metrics, (std::vector<std::string>{"loss_train", "accuracy"}));
    RunReader run(o.out);
    EXPECT_EQ(run.checkpointSteps(), (std::vector<int64_t>{0, 1200}));
    const auto loss = run.readMetric("loss_train");
    EXPECT_EQ(loss.steps, (std::vector<int64_t>{0, 10, 20, 30, 40}));
    for (int k = 0; k < 5; ++k)
        EXPECT_EQ(loss.values[std::size_t(k)], double(1.0f / float(k + 3)));
    const auto acc = run.readMetric("accuracy"); // logged every other step: NaN in between
    ASSERT_EQ(acc.values.size(), 5u);
    EXPECT_EQ(acc.values[0], 1e-12);
    EXPECT_TRUE(std::isnan(acc.values[1]));
    EXPECT_EQ(acc.values[2], 0.2 + 1e-12);
    EXPECT_EQ(acc.values[4], 0.4 + 1e-12);

    // A damaged event file stops the import with the file and record named.
    auto bad = test::events::eventFile();
    bad[bad.size() - 6] ^= 0x10;
    test::events::writeEventFile(out.file("logs/events.out.tfevents.1.host"), bad);
    o.out = out.file("run2.h5");
    const std::string e = errorOf([&] { importRun(o); });
    EXPECT_NE(e.find("events.out.tfevents.1.host: record at byte"), std::string::npos) << e;
    EXPECT_NE(e.find("CRC does not match"), std::string::npos) << e;
    EXPECT_FALSE(fs::exists(o.out));
}

TEST(ImportPickle, SelfContainingObjectsAreRefused)
{
    // A list appended to itself: [[[...]]] without end.
    const std::string cyclic = "\x80\x02]q\x00h\x00" "a."s;
    const std::string e = errorOf([&] { parseTorchFile("c.pt", makeZip({{"archive/data.pkl", cyclic}})); });
    EXPECT_NE(e.find("nested more than 100 levels deep (or contains itself)"), std::string::npos) << e;
}

// Random damage to the pickle (re-zipped with valid CRCs, so the interpreter sees it) and to
// safetensors headers: every outcome is a result or a ts::Error, never a crash or another
// exception type.
TEST(ImportFuzz, DamagedPicklesAndHeadersGiveErrorsNotCrashes)
{
    const ZipArchive zip(test::fixture("mixed.pt"), readFileBytes(test::fixture("mixed.pt")));
    std::vector<std::pair<std::string, std::string>> entries;
    for (const auto& e : zip.entries()) {
        const auto b = zip.read(e);
        entries.emplace_back(e.name, std::string(b.begin(), b.end()));
    }
    ASSERT_EQ(entries[0].first, "mixed/data.pkl");
    const auto safetensors = readFileBytes(test::fixture("mixed.safetensors"));
    std::mt19937 rng(12345);
    int errors = 0, loaded = 0;
    for (int trial = 0; trial < 3000; ++trial) {
        auto damaged = entries;
        std::string& pkl = damaged[0].second;
        const int edits = 1 + int(rng() % 3);
        for (int k = 0; k < edits; ++k)
            pkl[rng() % pkl.size()] = char(rng() % 256);
        if (trial % 5 == 0)
            pkl.resize(rng() % pkl.size());
        try {
            parseTorchFile("fuzz.pt", makeZip(damaged));
            ++loaded;
        } catch (const Error&) {
            ++errors;
        }
        auto st = safetensors;
        const std::size_t headerEnd = 8 + std::size_t(st[0] | (st[1] << 8));
        for (int k = 0; k < edits; ++k)
            st[rng() % headerEnd] = (unsigned char)(trial % 2 ? "0123456789[]{},:\"FIBU"[rng() % 21] : rng() % 256);
        try {
            parseSafetensors("fuzz.safetensors", st);
        } catch (const Error&) {
        }
    }
    EXPECT_GT(errors, 1000); // most damage is detected ...
    EXPECT_GT(loaded, 10);   // ... some (inside a string, a value) is harmless
}

TEST(ImportRun, DataFromNpzNpyDirectoryAndSafetensorsEqualsTorchSave)
{
    const auto reference = dataSplitsFromTensors("data.pt", readTensorFile(test::fixture("data.pt")));
    ASSERT_EQ(reference.size(), 2u);
    for (const char* file : {"data.npz", "data_npy", "data.safetensors"}) {
        const auto splits = dataSplitsFromTensors(file, readTensorFile(test::fixture(file)));
        ASSERT_EQ(splits.size(), 2u) << file;
        for (std::size_t s = 0; s < 2; ++s) {
            // A directory lists its files sorted (test before train); match by name.
            const auto& ref = reference[0].name == splits[s].name ? reference[0] : reference[1];
            EXPECT_EQ(splits[s].name, ref.name) << file;
            EXPECT_EQ(splits[s].inputs.shape, ref.inputs.shape) << file;
            EXPECT_EQ(splits[s].inputs.dtype, ref.inputs.dtype) << file;
            EXPECT_EQ(splits[s].inputs.bytes, ref.inputs.bytes) << file;
            EXPECT_EQ(splits[s].targets.dtype, DType::Int64) << file;
            EXPECT_EQ(splits[s].targets.bytes, ref.targets.bytes) << file;
        }
    }
}

TEST(ImportRun, TracedTokenModelWithBuffers)
{
    // The state dict also holds norm.running_mean/var and the int64 num_batches_tracked: buffers,
    // accepted and left to the module (which saved the same values).
    test::TempDir out;
    ImportOptions o;
    o.checkpoints = {test::fixture("token_ckpt")};
    o.model = test::fixture("token_model.pt");
    o.data = test::fixture("token_data.pt");
    o.out = out.file("run.h5");
    const auto s = importRun(o);
    EXPECT_EQ(s.params, (std::vector<std::string>{"embed.weight", "norm.weight", "norm.bias", "head.weight", "head.bias"}));
    RunReader run(o.out);
    auto loaded = loadRunModel(run);
    loaded.model->setFlatParameters(checkpointVector(run, 0));
    const auto& x = loaded.data.splits[0].inputs;
    EXPECT_EQ(x.scalar_type(), torch::kInt64);
    auto got = loaded.model->forward(x).detach().reshape({-1});
    const auto want = test::readDump(test::fixture("token_check.txt")).at("out").values;
    ASSERT_EQ(std::size_t(got.numel()), want.size());
    for (std::size_t i = 0; i < want.size(); ++i)
        EXPECT_NEAR(got[int64_t(i)].item<double>(), want[i], 1e-5) << i;
}

TEST(ImportPreview, ListsWhatWasFoundAndEveryProblem)
{
    ImportOptions o;
    o.checkpoints = {test::fixture("pt")};
    o.model = test::fixture("model.pt");
    o.data = test::fixture("data.pt");
    auto p = previewImport(o);
    EXPECT_TRUE(p.ok()) << (p.problems().empty() ? "" : p.problems()[0]);
    ASSERT_EQ(p.checkpoints.size(), 3u);
    EXPECT_EQ(p.checkpoints[2].step, 1200);
    ASSERT_EQ(p.params.size(), 4u);
    EXPECT_EQ(p.params[0].name, "fc1.weight");
    EXPECT_EQ(p.params[0].shape, (std::vector<int64_t>{8, 4}));
    EXPECT_EQ(p.parameterCount, 67);
    ASSERT_EQ(p.splits.size(), 2u);
    EXPECT_EQ(p.splits[0].inputShape, (std::vector<int64_t>{32, 4}));
    EXPECT_EQ(p.splits[0].targetType, "int64");

    // Several problems at once: each part reports its own, the others are still listed.
    o.checkpoints = {test::fixture("bad_shape.pt")};
    o.steps = {1};
    o.tensorboard = "/nonexistent/logs";
    o.loss = "logistic";
    p = previewImport(o);
    EXPECT_EQ(p.params.size(), 4u);
    EXPECT_EQ(p.splits.size(), 2u);
    ASSERT_EQ(p.problems().size(), 3u);
    EXPECT_NE(p.tensorboardError.find("no such file"), std::string::npos);
    EXPECT_NE(p.firstCheckpointError.find("tensor 'fc1.weight' has shape [8, 5]"), std::string::npos);
    EXPECT_NE(p.modelOnDataError.find("does not fit loss 'logistic'"), std::string::npos);

    o.model = test::fixture("data.pt");
    p = previewImport(o);
    EXPECT_NE(p.modelError.find("is not a TorchScript model"), std::string::npos) << p.modelError;
    EXPECT_TRUE(p.firstCheckpointError.empty()); // nothing to check against without a model
}
