// TorchScriptPlane: a recorded CNN with BatchNorm evaluated frozen (BatchNorm folded into the
// convolutions, MKLDNN) or plain in chunks equals the naive evaluator near the centre and far
// from it; the model is restored; makePlaneEvaluator and LandscapeJob choose it only for eval
// mode with kept statistics; a module freezing refuses is evaluated naively.
#include "core/analysis/RunModel.h"
#include "core/importing/RunImporter.h"
#include "core/landscape/LandscapeJob.h"
#include "core/landscape/NaivePlaneEvaluator.h"
#include "core/landscape/RandomDirections.h"
#include "core/landscape/TorchScriptPlane.h"
#include "core/models/TorchScriptModel.h"
#include "core/runfile/RunReader.h"
#include "core/train/Loss.h"
#include "tests/TempDir.h"
#include "tests/core/ImportFixtures.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <cmath>

using namespace ts;

namespace {

// n images 3×side×side, not centred (BatchNorm's kept statistics matter), and 4 classes.
Split images(int64_t n, int64_t side)
{
    torch::manual_seed(7);
    Split s;
    s.name = "train";
    s.inputs = 0.5 + 2.0 * torch::randn({n, 3, side, side});
    s.targets = torch::randint(0, 4, {n}, torch::kInt64);
    return s;
}

// Every tensor moves, BatchNorm's weights and biases included.
PlaneDirections everyTensor(const Model& model)
{
    RandomDirectionOptions o;
    o.seed = 5;
    o.includeBiases = true;
    return randomPlane(model, model.flatParameters(), o, true);
}

// The centre, near points and far ones (|a|, |b| up to 4 filter norms).
const std::vector<double> kA = {0.0, 0.25, -0.6, 1.0, -2.0, 3.5, 4.0};
const std::vector<double> kB = {0.0, -0.4, 0.9, 1.0, 2.5, -4.0, 4.0};

std::vector<PointValues> naiveValues(Model& model, const Split& split, const PlaneDirections& d)
{
    NaivePlaneEvaluator naive(model, split, LossKind::CrossEntropy, d);
    return naive.evaluate(kA, kB);
}

void expectAgree(const std::vector<PointValues>& got, const std::vector<PointValues>& want, const std::string& what)
{
    ASSERT_EQ(got.size(), want.size()) << what;
    for (std::size_t k = 0; k < want.size(); ++k) {
        EXPECT_LT(std::fabs(got[k].loss - want[k].loss), 1e-5 * std::fabs(want[k].loss))
            << what << " at (" << kA[k] << ", " << kB[k] << "): " << got[k].loss << " vs " << want[k].loss;
        EXPECT_EQ(got[k].accuracy, want[k].accuracy) << what << " at (" << kA[k] << ", " << kB[k] << ")";
    }
}
} // namespace

TEST(TorchScriptPlane, FrozenCnnWithBatchNormEqualsNaiveNearAndFar)
{
    auto model = TorchScriptModel::fromFile(test::fixture("cnn_bn.pt"));
    ASSERT_TRUE(model->hasBuffers());
    const auto split = images(1400, 16);
    const auto d = everyTensor(*model);
    const auto want = naiveValues(*model, split, d);
    // The plane really moves the loss: far points are far from the centre's.
    EXPECT_GT(std::fabs(want.back().loss - want[0].loss), 0.5 * want[0].loss);
    {
        // And the kept statistics matter: BatchNorm's initial ones give another loss.
        const auto kept = model->bufferValues();
        auto initial = kept;
        for (std::size_t i = 0; i < initial.size(); ++i) {
            const auto& name = model->bufferNames()[i];
            if (name.size() > 12 && name.substr(name.size() - 12) == "running_mean")
                initial[i] = torch::zeros_like(kept[i]);
            else if (name.size() > 11 && name.substr(name.size() - 11) == "running_var")
                initial[i] = torch::ones_like(kept[i]);
        }
        model->setBufferValues(initial);
        const double other = evaluate(*model, split, LossKind::CrossEntropy).loss;
        model->setBufferValues(kept);
        EXPECT_GT(std::fabs(other - want[0].loss), 0.05 * want[0].loss);
    }

    using F = TorchScriptPlane::Freezing;
    for (F f : {F::Always, F::Never, F::Auto}) {
        TorchScriptPlane fast(*model, split, LossKind::CrossEntropy, d, f);
        EXPECT_LT(fast.chunkSize(), split.inputs.size(0)); // several chunks per point
        expectAgree(fast.evaluate(kA, kB), want, fast.method());
        EXPECT_EQ(fast.method().rfind("torchscript ", 0), 0u) << fast.method();
        if (f == F::Always)
            EXPECT_NE(fast.method().find("frozen"), std::string::npos) << fast.method();
        if (f == F::Never)
            EXPECT_NE(fast.method().find("plain"), std::string::npos) << fast.method();
    }
    // Point by point, in another order: nothing is kept from one point to the next.
    TorchScriptPlane fast(*model, split, LossKind::CrossEntropy, d, F::Always);
    for (std::size_t k = want.size(); k-- > 0;) {
        const auto v = fast.evaluate({kA[k]}, {kB[k]});
        EXPECT_LT(std::fabs(v[0].loss - want[k].loss), 1e-5 * std::fabs(want[k].loss)) << k;
    }
}

TEST(TorchScriptPlane, RestoresParametersAndBuffers)
{
    auto model = TorchScriptModel::fromFile(test::fixture("cnn_bn.pt"));
    const auto split = images(64, 8);
    const auto params = model->flatParameters().clone();
    const auto buffers = model->bufferValues();
    const auto before = model->forward(split.inputs).detach();
    {
        TorchScriptPlane fast(*model, split, LossKind::CrossEntropy, everyTensor(*model),
                              TorchScriptPlane::Freezing::Always);
        fast.evaluate(kA, kB);
    }
    EXPECT_TRUE(torch::equal(model->flatParameters(), params));
    ASSERT_EQ(model->bufferValues().size(), buffers.size());
    for (std::size_t i = 0; i < buffers.size(); ++i)
        EXPECT_TRUE(torch::equal(model->bufferValues()[i], buffers[i])) << model->bufferNames()[i];
    EXPECT_TRUE(torch::equal(model->forward(split.inputs).detach(), before));
}

TEST(TorchScriptPlane, ChosenForEvalModeOnlyAndNaiveOnRequest)
{
    auto model = TorchScriptModel::fromFile(test::fixture("cnn_bn.pt"));
    const auto split = images(64, 8);
    const auto d = everyTensor(*model);
    auto fastest = makePlaneEvaluator(*model, split, LossKind::CrossEntropy, d);
    EXPECT_NE(dynamic_cast<TorchScriptPlane*>(fastest.get()), nullptr) << fastest->method();
    auto v = fastest->evaluate(kA, kB);
    fastest.reset();
    expectAgree(v, naiveValues(*model, split, d), "makePlaneEvaluator");
    auto naive = makePlaneEvaluator(*model, split, LossKind::CrossEntropy, d, EvaluatorChoice::Naive);
    EXPECT_NE(dynamic_cast<NaivePlaneEvaluator*>(naive.get()), nullptr);
    EXPECT_EQ(naive->method(), "naive");
    naive.reset();
    model->setTraining(true); // batch statistics: a forward changes the buffers
    auto train = makePlaneEvaluator(*model, split, LossKind::CrossEntropy, d);
    EXPECT_EQ(train->method(), "naive");
}

TEST(TorchScriptPlane, LandscapeJobRecomputingStatisticsStaysNaive)
{
    // An imported TorchScript model with BatchNorm statistics.
    test::TempDir out;
    ImportOptions o;
    o.checkpoints = {test::fixture("token_ckpt")};
    o.model = test::fixture("token_model.pt");
    o.data = test::fixture("token_data.pt");
    o.out = out.file("run.h5");
    importRun(o);
    RunReader run(o.out);
    LandscapeSpec spec;
    spec.nx = spec.ny = 3;
    EXPECT_EQ(LandscapeJob(run, spec).method().rfind("torchscript ", 0), 0u);
    spec.evaluator = EvaluatorChoice::Naive;
    EXPECT_EQ(LandscapeJob(run, spec).method(), "naive");
    spec.evaluator = EvaluatorChoice::Fastest;
    spec.bn = "recompute:8";
    EXPECT_EQ(LandscapeJob(run, spec).method(), "naive");
    spec.bn = "keep";
    spec.trainMode = true;
    EXPECT_EQ(LandscapeJob(run, spec).method(), "naive");
}

TEST(TorchScriptPlane, ModuleThatCannotBeFrozenIsEvaluatedNaively)
{
    auto model = TorchScriptModel::fromFile(test::fixture("unfreezable.pt"));
    torch::manual_seed(3);
    Split split{"train", torch::randn({40, 4}), torch::randint(0, 3, {40}, torch::kInt64)};
    const auto d = everyTensor(*model);
    const auto want = naiveValues(*model, split, d);
    for (auto f : {TorchScriptPlane::Freezing::Auto, TorchScriptPlane::Freezing::Always}) {
        TorchScriptPlane fast(*model, split, LossKind::CrossEntropy, d, f);
        const auto got = fast.evaluate(kA, kB);
        ASSERT_EQ(got.size(), want.size());
        for (std::size_t k = 0; k < want.size(); ++k) {
            EXPECT_DOUBLE_EQ(got[k].loss, want[k].loss) << k;
            EXPECT_EQ(got[k].accuracy, want[k].accuracy) << k;
        }
        EXPECT_NE(fast.method().find("naive (TorchScript module not frozen: failed to freeze interface attribute"),
                  std::string::npos)
            << fast.method();
    }
}
