// BatchNorm state (issue 17): run-file format version 2 stores buffers with every checkpoint,
// format-1 files still open, and the statistics of points that are not checkpoints (keep,
// interpolate, recompute) against independent computations.
#include "../TempDir.h"

#include "core/Error.h"
#include "core/analysis/BatchNormPolicy.h"
#include "core/analysis/ModelStateGuard.h"
#include "core/analysis/RunModel.h"
#include "core/models/Model.h"
#include "core/runfile/H5Handle.h"
#include "core/runfile/RunReader.h"
#include "core/runfile/RunWriter.h"
#include "core/train/Loss.h"
#include "core/train/Trainer.h"

#include <gtest/gtest.h>
#include <hdf5.h>
#include <torch/torch.h>

#include <cstdlib>
#include <filesystem>

using namespace ts;

namespace {

RunHeader headerWithBuffers()
{
    RunHeader h;
    h.config = {{"task", "bn_test"}};
    h.modelArch = "synthetic";
    h.params = {{"w", {2, 3}}};
    h.buffers = {{"bn.running_mean", {3}, DType::Float32},
                 {"bn.running_var", {3}, DType::Float32},
                 {"bn.num_batches_tracked", {}, DType::Int64}};
    h.lossKind = "mse";
    return h;
}

void writeRun(const std::string& path, int checkpoints)
{
    RunWriter w(path, headerWithBuffers());
    for (int k = 0; k < checkpoints; ++k) {
        std::vector<float> p(6, float(k)), mean{float(k), 0.5f, -1.0f}, var{1.0f + k, 2.0f, 3.0f};
        const int64_t tracked = 10 * k;
        w.appendCheckpoint(k * 5, {p.data()}, {mean.data(), var.data(), &tracked});
    }
    w.setStatus(RunStatus::Finished, "done");
    w.close();
}

// Turns a format-2 file into what a format-1 writer made: no buffer names, no buffers.
void downgradeToVersion1(const std::string& path)
{
    h5::silenceErrors();
    h5::Handle f(H5Fopen(path.c_str(), H5F_ACC_RDWR, H5P_DEFAULT), h5::Kind::File);
    ASSERT_TRUE(f.valid()) << h5::errorMessage();
    ASSERT_GE(H5Ldelete(f.get(), "/model/buffer_names", H5P_DEFAULT), 0);
    ASSERT_GE(H5Ldelete(f.get(), "/checkpoints/buffers", H5P_DEFAULT), 0);
    ASSERT_GE(H5Adelete(f.get(), "format_version"), 0);
    h5::writeInt64Attribute(f.get(), "format_version", 1, path, "/");
}

// A BatchNorm layer over features, then a linear map and a second BatchNorm: running
// statistics follow torch.nn.BatchNorm1d (momentum 0.1, unbiased running variance).
class TwoBatchNorms : public Model {
public:
    TwoBatchNorms() : Model("two_bn", Settings{})
    {
        torch::manual_seed(3);
        addParam("bn1.weight", torch::rand({4}) + 0.5);
        addParam("bn1.bias", torch::randn({4}));
        addParam("fc.weight", torch::randn({3, 4}));
        addParam("bn2.weight", torch::rand({3}) + 0.5);
        addParam("bn2.bias", torch::randn({3}));
        addBuffer("bn1.running_mean", torch::zeros({4}));
        addBuffer("bn1.running_var", torch::ones({4}));
        addBuffer("bn1.num_batches_tracked", torch::zeros({}, torch::kInt64));
        addBuffer("bn2.running_mean", torch::zeros({3}));
        addBuffer("bn2.running_var", torch::ones({3}));
        addBuffer("bn2.num_batches_tracked", torch::zeros({}, torch::kInt64));
    }
    torch::Tensor forward(const torch::Tensor& x) override
    {
        auto& b = buffers();
        auto& p = params();
        if (training()) {
            b[2].add_(1);
            b[5].add_(1);
        }
        auto h = torch::batch_norm(x, p[0], p[1], b[0], b[1], training(), 0.1, 1e-5, false);
        h = torch::relu(torch::linear(h, p[2]));
        return torch::batch_norm(h, p[3], p[4], b[3], b[4], training(), 0.1, 1e-5, false);
    }
};

} // namespace

TEST(RunFileV2, BuffersRoundTrip)
{
    test::TempDir dir;
    const auto path = dir.file("bn.h5");
    writeRun(path, 3);
    RunReader r(path);
    EXPECT_EQ(r.formatVersion(), 2);
    ASSERT_TRUE(r.storesBuffers());
    ASSERT_EQ(r.buffers().size(), 3u);
    EXPECT_EQ(r.buffers()[0].name, "bn.running_mean");
    EXPECT_EQ(r.buffers()[0].shape, std::vector<int64_t>{3});
    EXPECT_EQ(r.buffers()[2].dtype, DType::Int64);
    EXPECT_TRUE(r.buffers()[2].shape.empty());
    ASSERT_EQ(r.checkpointCount(), 3);
    for (int k = 0; k < 3; ++k) {
        const auto b = r.readBuffers(k);
        ASSERT_EQ(b.size(), 3u);
        EXPECT_EQ(b[0].data<float>()[0], float(k));
        EXPECT_EQ(b[0].data<float>()[2], -1.0f);
        EXPECT_EQ(b[1].data<float>()[0], 1.0f + k);
        EXPECT_EQ(b[2].dtype, DType::Int64);
        EXPECT_EQ(b[2].data<int64_t>()[0], 10 * k);
    }
    EXPECT_THROW(r.readBuffers(3), Error);
}

TEST(RunFileV2, RefusesBadBuffers)
{
    test::TempDir dir;
    auto h = headerWithBuffers();
    h.buffers.push_back({"bn.extra", {2}, DType::Float64});
    EXPECT_THROW(RunWriter(dir.file("a.h5"), h), ConfigError);
    h = headerWithBuffers();
    h.buffers.push_back({"bn.running_mean", {3}, DType::Float32});
    EXPECT_THROW(RunWriter(dir.file("b.h5"), h), ConfigError);
    h = headerWithBuffers();
    h.buffers[0].name = "bn/running_mean";
    EXPECT_THROW(RunWriter(dir.file("c.h5"), h), ConfigError);
    h = headerWithBuffers();
    h.buffers[0].shape = {0};
    EXPECT_THROW(RunWriter(dir.file("d.h5"), h), ConfigError);

    RunWriter w(dir.file("e.h5"), headerWithBuffers());
    std::vector<float> p(6), m(3);
    EXPECT_THROW(w.appendCheckpoint(0, {p.data()}), Error); // buffers missing
    EXPECT_THROW(w.appendCheckpoint(0, {p.data()}, {m.data(), m.data(), nullptr}), Error);
    EXPECT_EQ(w.checkpointCount(), 0);
}

TEST(RunFileV1, OpensWithoutBuffers)
{
    test::TempDir dir;
    const auto path = dir.file("v1.h5");
    writeRun(path, 2);
    downgradeToVersion1(path);
    RunReader r(path);
    EXPECT_EQ(r.formatVersion(), 1);
    EXPECT_FALSE(r.storesBuffers());
    EXPECT_TRUE(r.buffers().empty());
    ASSERT_EQ(r.checkpointCount(), 2);
    EXPECT_TRUE(r.readBuffers(1).empty());
    EXPECT_EQ(r.readCheckpointFlat(1)[0], 1.0f);
}

TEST(RunFileV2, MissingBufferGroupIsAClearError)
{
    test::TempDir dir;
    const auto path = dir.file("broken.h5");
    writeRun(path, 1);
    {
        h5::silenceErrors();
        h5::Handle f(H5Fopen(path.c_str(), H5F_ACC_RDWR, H5P_DEFAULT), h5::Kind::File);
        ASSERT_GE(H5Ldelete(f.get(), "/checkpoints/buffers/bn.running_var", H5P_DEFAULT), 0);
    }
    try {
        RunReader r(path);
        FAIL() << "opened a file without a buffer dataset";
    } catch (const FileError& e) {
        EXPECT_NE(std::string(e.what()).find("missing dataset /checkpoints/buffers/bn.running_var"), std::string::npos)
            << e.what();
    }
}

TEST(ModelBuffers, SetBufferValuesChecksCountAndSize)
{
    TwoBatchNorms m;
    EXPECT_TRUE(m.hasBuffers());
    EXPECT_FALSE(m.training());
    auto v = m.bufferValues();
    v[0].fill_(2.0);
    m.setBufferValues(v);
    EXPECT_EQ(m.buffers()[0][1].item<float>(), 2.0f);
    v.pop_back();
    EXPECT_THROW(m.setBufferValues(v), ConfigError);
    v = m.bufferValues();
    v[1] = torch::ones({5});
    EXPECT_THROW(m.setBufferValues(v), ConfigError);
}

TEST(ModelBuffers, EvalForwardLeavesBuffersAlone)
{
    TwoBatchNorms m;
    const auto before = m.bufferValues();
    m.forward(torch::randn({10, 4}));
    for (std::size_t i = 0; i < before.size(); ++i)
        EXPECT_TRUE(torch::equal(before[i], m.buffers()[i]));
    m.setTraining(true);
    m.forward(torch::randn({10, 4}));
    EXPECT_EQ(m.buffers()[2].item<int64_t>(), 1);
    EXPECT_FALSE(torch::equal(before[0], m.buffers()[0]));
}

// recompute = torch.optim.swa_utils.update_bn: reset, then a cumulative average over batches
// of each batch's mean and unbiased variance, every layer seeing the batch-normalised output
// of the layers before it. The expected values are computed here directly.
TEST(BatchNormRecompute, EqualsCumulativeAverageOfBatchStatistics)
{
    TwoBatchNorms m;
    torch::manual_seed(7);
    const auto x = torch::randn({300, 4}) * 3.0 + 1.5; // batches of 128, 128, 44
    auto& p = m.params();
    torch::Tensor mean1 = torch::zeros({4}, torch::kFloat64), var1 = torch::zeros({4}, torch::kFloat64);
    torch::Tensor mean2 = torch::zeros({3}, torch::kFloat64), var2 = torch::zeros({3}, torch::kFloat64);
    int batches = 0;
    for (int64_t s = 0; s < 300; s += 128) {
        const auto xb = x.slice(0, s, std::min<int64_t>(300, s + 128));
        const auto mu = xb.mean(0), sigma2 = xb.var(0, /*unbiased=*/false);
        auto h = (xb - mu) / torch::sqrt(sigma2 + 1e-5) * p[0].detach() + p[1].detach();
        h = torch::relu(torch::linear(h, p[2].detach()));
        mean1 += xb.mean(0).to(torch::kFloat64);
        var1 += xb.var(0, /*unbiased=*/true).to(torch::kFloat64);
        mean2 += h.mean(0).to(torch::kFloat64);
        var2 += h.var(0, /*unbiased=*/true).to(torch::kFloat64);
        ++batches;
    }
    ASSERT_EQ(batches, 3);
    recomputeBufferStatistics(m, x, 128);
    EXPECT_FALSE(m.training());
    const auto& b = m.buffers();
    EXPECT_TRUE(torch::allclose(b[0].to(torch::kFloat64), mean1 / 3, 1e-5, 1e-6)) << b[0] << mean1 / 3;
    EXPECT_TRUE(torch::allclose(b[1].to(torch::kFloat64), var1 / 3, 1e-5, 1e-6)) << b[1] << var1 / 3;
    EXPECT_TRUE(torch::allclose(b[3].to(torch::kFloat64), mean2 / 3, 1e-5, 1e-6)) << b[3] << mean2 / 3;
    EXPECT_TRUE(torch::allclose(b[4].to(torch::kFloat64), var2 / 3, 1e-5, 1e-6)) << b[4] << var2 / 3;
    EXPECT_EQ(b[2].item<int64_t>(), 3);
    EXPECT_EQ(b[5].item<int64_t>(), 3);
}

TEST(BatchNormPolicy, ParsesChoices)
{
    EXPECT_EQ(BnChoice::parse("keep").mode, BnMode::Keep);
    EXPECT_EQ(BnChoice::parse("interpolate").mode, BnMode::Interpolate);
    const auto r = BnChoice::parse("recompute:500");
    EXPECT_EQ(r.mode, BnMode::Recompute);
    EXPECT_EQ(r.samples, 500);
    EXPECT_EQ(BnChoice::parse("recompute").toString(), "recompute:2048");
    EXPECT_THROW(BnChoice::parse("recompute:0"), ConfigError);
    EXPECT_THROW(BnChoice::parse("recompute:x"), ConfigError);
    EXPECT_THROW(BnChoice::parse("mean"), ConfigError);
}

TEST(BatchNormPolicy, EndsUseTheirOwnStatisticsAndPointsFollowTheChoice)
{
    TwoBatchNorms m;
    auto a = m.bufferValues(), b = m.bufferValues();
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].is_floating_point()) {
            a[i].fill_(1.0);
            b[i].fill_(3.0);
        }
    b[2].fill_(9);
    const auto x = torch::randn({64, 4});
    PointBuffers keep(BnChoice::parse("keep"), a, b, x), mix(BnChoice::parse("interpolate"), a, b, x),
        fresh(BnChoice::parse("recompute"), a, b, x);
    for (const auto* policy : {&keep, &mix, &fresh}) {
        policy->apply(m, 0.0);
        EXPECT_EQ(m.buffers()[0][0].item<float>(), 1.0f);
        policy->apply(m, 1.0);
        EXPECT_EQ(m.buffers()[0][0].item<float>(), 3.0f);
        EXPECT_EQ(m.buffers()[2].item<int64_t>(), 9);
    }
    keep.apply(m, 0.25);
    EXPECT_EQ(m.buffers()[0][0].item<float>(), 1.0f);
    keep.apply(m, 0.75);
    EXPECT_EQ(m.buffers()[0][0].item<float>(), 3.0f);
    mix.apply(m, 0.25);
    EXPECT_FLOAT_EQ(m.buffers()[0][0].item<float>(), 1.5f);
    fresh.apply(m, 0.5);
    EXPECT_TRUE(torch::allclose(m.buffers()[0], x.mean(0), 1e-5, 1e-6));
    PointBuffers none;
    EXPECT_FALSE(none.active());
    none.apply(m, 0.5); // a model without stored buffers: nothing to do
}

TEST(ModelStateGuard, RestoresParametersBuffersAndMode)
{
    TwoBatchNorms m;
    const auto params = m.flatParameters();
    const auto buffers = m.bufferValues();
    {
        ModelStateGuard guard(m);
        m.setTraining(true);
        m.forward(torch::randn({8, 4}));
        m.setFlatParameters(params * 2);
    }
    EXPECT_FALSE(m.training());
    EXPECT_TRUE(torch::equal(m.flatParameters(), params));
    for (std::size_t i = 0; i < buffers.size(); ++i)
        EXPECT_TRUE(torch::equal(m.buffers()[i], buffers[i]));
}

namespace {
bool fashionMnistInstalled()
{
    const char* env = std::getenv("TRAINSCOPE_FASHION_MNIST");
    const std::string dir = env && *env ? env : "/usr/share/datasets/fashion-mnist";
    return std::filesystem::exists(dir + "/train-images-idx3-ubyte.gz") ||
           std::filesystem::exists(dir + "/train-images-idx3-ubyte");
}
} // namespace

// A ResNet trains with BatchNorm in train mode; checkpoint k stores the statistics of the
// forwards of steps 0 … k−1 (what PyTorch would save after k steps), and the recorded
// metrics are eval-mode values that a reader reproduces from the checkpoint alone.
TEST(BatchNormTraining, CheckpointsCarryTheStatisticsOfTheirStep)
{
    if (!fashionMnistInstalled())
        GTEST_SKIP() << "Fashion-MNIST is not installed (Debian package dataset-fashion-mnist)";
    test::TempDir dir;
    const Settings s({{"task", "fashion_mnist"},
                      {"subset", "96"},
                      {"test_subset", "64"},
                      {"model", "resnet"},
                      {"depth", "8"},
                      {"width", "2"},
                      {"optimizer", "sgd"},
                      {"momentum", "0.9"},
                      {"lr", "0.05"},
                      {"batch_size", "32"},
                      {"steps", "4"},
                      {"eval_every", "1"},
                      {"checkpoints", "every:1"}});
    const auto path = dir.file("resnet.h5");
    {
        Trainer t(TrainConfig::fromSettings(s));
        RunWriter w(path, t.runHeader());
        EXPECT_EQ(t.run(&w).status, RunStatus::Finished);
    }
    RunReader run(path);
    ASSERT_TRUE(run.storesBuffers());
    ASSERT_EQ(run.buffers().size(), 27u); // 9 BatchNorm layers in a ResNet-8 with projections
    ASSERT_EQ(run.checkpointCount(), 5);
    auto loaded = loadRunModel(run);
    EXPECT_TRUE(loaded.warning.empty());
    const auto testLoss = run.readMetric("test_loss");
    const auto trainLoss = run.readMetric("train_loss");
    for (int64_t k = 0; k < 5; ++k) {
        const auto b = run.readBuffers(k);
        EXPECT_EQ(run.buffers()[2].name, "bn1.num_batches_tracked");
        EXPECT_EQ(b[2].data<int64_t>()[0], k) << "checkpoint " << k;
        if (k == 0) {
            EXPECT_EQ(b[0].data<float>()[0], 0.0f); // initial running mean
            EXPECT_EQ(b[1].data<float>()[0], 1.0f); // initial running variance
        } else {
            EXPECT_NE(b[0].data<float>()[0], 0.0f);
        }
        applyCheckpoint(run, k, *loaded.model);
        const auto test = evaluate(*loaded.model, loaded.data.split("test"), loaded.data.loss);
        const auto train = evaluate(*loaded.model, loaded.data.split("train"), loaded.data.loss);
        EXPECT_NEAR(test.loss, testLoss.values[std::size_t(k)], 1e-6 * std::abs(test.loss)) << "checkpoint " << k;
        EXPECT_NEAR(train.loss, trainLoss.values[std::size_t(k)], 1e-6 * std::abs(train.loss)) << "checkpoint " << k;
    }
    // With the initial statistics every later checkpoint would evaluate differently.
    auto stale = loadRunModel(run);
    stale.model->setFlatParameters(checkpointVector(run, 4));
    EXPECT_GT(std::abs(evaluate(*stale.model, stale.data.split("test"), stale.data.loss).loss - testLoss.values[4]),
              1e-4);
}
