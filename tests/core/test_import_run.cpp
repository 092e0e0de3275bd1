// TorchScript models (forward, double backprop against PyTorch) and importing folders of .pt /
// .safetensors checkpoints, data files and TensorBoard logs into run files.
#include "core/Error.h"
#include "core/analysis/RunModel.h"
#include "core/importing/DataSplits.h"
#include "core/importing/FileBytes.h"
#include "core/importing/ImportPreview.h"
#include "core/importing/RunImporter.h"
#include "core/importing/TensorFile.h"
#include "core/importing/TorchFileReader.h"
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
} // namespace

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

