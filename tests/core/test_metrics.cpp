// The metric definitions: losses, accuracy, and the trainer's weight norm, gradient norm and
// distance from initialisation, each against an independent computation.
#include "core/models/Model.h"
#include "core/runfile/RunReader.h"
#include "core/runfile/RunWriter.h"
#include "core/train/Loss.h"
#include "core/train/Trainer.h"
#include "tests/TempDir.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <cmath>

using namespace ts;

TEST(Loss, CrossEntropyIsMeanNegativeLogSoftmax)
{
    auto logits = torch::tensor({{2.0, 0.0, -1.0}, {0.5, 0.5, 3.0}});
    auto y = torch::tensor({0, 1}, torch::kInt64);
    double ref = 0;
    for (int i = 0; i < 2; ++i) {
        double z = 0;
        for (int j = 0; j < 3; ++j)
            z += std::exp(logits[i][j].item<double>());
        ref += -(logits[i][y[i].item<int64_t>()].item<double>() - std::log(z));
    }
    EXPECT_NEAR(computeLoss(LossKind::CrossEntropy, logits, y).item<double>(), ref / 2, 1e-6);
    EXPECT_EQ(countCorrect(LossKind::CrossEntropy, logits, y), 1);
}

TEST(Loss, LogisticAndMse)
{
    auto f = torch::tensor({2.0, -0.5, 0.1});
    auto y = torch::tensor({1.0, 1.0, -1.0});
    const double ref = (std::log1p(std::exp(-2.0)) + std::log1p(std::exp(0.5)) + std::log1p(std::exp(0.1))) / 3;
    EXPECT_NEAR(computeLoss(LossKind::Logistic, f, y).item<double>(), ref, 1e-6);
    EXPECT_EQ(countCorrect(LossKind::Logistic, f, y), 1);
    EXPECT_NEAR(computeLoss(LossKind::Mse, f, y).item<double>(), (1.0 + 2.25 + 1.21) / 3, 1e-6);
    EXPECT_EQ(countCorrect(LossKind::Mse, f, y), 0);
}

TEST(Loss, ChunkedEvaluationEqualsOneBatch)
{
    auto cfg = TrainConfig::fromSettings(Settings({{"task", "modular"}, {"p", "23"}, {"model", "tickets_mlp"}}));
    Trainer t(cfg);
    const auto& split = t.task().split("test");
    auto whole = evaluate(t.model(), split, LossKind::CrossEntropy, 1 << 20);
    auto chunked = evaluate(t.model(), split, LossKind::CrossEntropy, 7);
    EXPECT_NEAR(whole.loss, chunked.loss, 1e-5);
    EXPECT_DOUBLE_EQ(whole.accuracy, chunked.accuracy);
}

TEST(TrainerMetrics, DefinitionsAgainstIndependentComputation)
{
    test::TempDir dir;
    auto settings = Settings({{"task", "modular"}, {"p", "23"}, {"model", "tickets_mlp"}, {"hidden", "16"}, {"embed", "32"},
                              {"optimizer", "sgd"}, {"lr", "0.5"}, {"steps", "3"}, {"eval_every", "1"},
                              {"checkpoints", "every:1"}});
    Trainer t(TrainConfig::fromSettings(settings));
    auto theta0 = t.model().flatParameters();
    {
        RunWriter w(dir.file("m.h5"), t.runHeader());
        auto outcome = t.run(&w);
        ASSERT_EQ(outcome.status, RunStatus::Finished);
    }
    RunReader r(dir.file("m.h5"));
    auto metric = [&](const std::string& n) { return r.readMetric(n).values; };
    auto steps = r.readMetric("weight_norm").steps;
    ASSERT_EQ(steps, (std::vector<int64_t>{0, 1, 2, 3}));
    ASSERT_EQ(r.checkpointCount(), 4);

    // Rebuild the model independently at each checkpoint and recompute every metric.
    auto cfg = TrainConfig::fromSettings(settings);
    Trainer fresh(cfg);
    Model& m = fresh.model();
    const auto& train = fresh.task().split("train");
    const auto& test = fresh.task().split("test");
    for (int64_t k = 0; k < 4; ++k) {
        auto flatVec = r.readCheckpointFlat(k);
        auto flat = torch::from_blob(flatVec.data(), {int64_t(flatVec.size())}, torch::kFloat32).clone();
        m.setFlatParameters(flat);
        EXPECT_NEAR(metric("weight_norm")[k], flat.norm().item<double>(), 1e-4);
        EXPECT_NEAR(metric("dist_init")[k], (flat - theta0).norm().item<double>(), 1e-4);
        for (auto& p : m.params())
            p.mutable_grad() = torch::Tensor();
        auto loss = torch::nn::functional::cross_entropy(m.forward(train.inputs), train.targets);
        loss.backward();
        double g2 = 0;
        for (auto& p : m.params())
            g2 += p.grad().pow(2).sum().item<double>();
        EXPECT_NEAR(metric("grad_norm")[k], std::sqrt(g2), 1e-4 * std::max(1.0, std::sqrt(g2)));
        EXPECT_NEAR(metric("train_loss")[k], loss.item<double>(), 1e-5);
        torch::NoGradGuard g;
        auto out = m.forward(test.inputs);
        EXPECT_NEAR(metric("test_acc")[k], out.argmax(1).eq(test.targets).to(torch::kFloat64).mean().item<double>(), 1e-12);
        EXPECT_DOUBLE_EQ(metric("lr")[k], 0.5);
    }
    EXPECT_EQ(metric("dist_init")[0], 0.0);
    auto wall = metric("wall_time");
    EXPECT_TRUE(std::is_sorted(wall.begin(), wall.end()));
}
