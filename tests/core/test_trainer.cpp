#include "core/Error.h"
#include "core/models/Model.h"
#include "core/runfile/RunReader.h"
#include "core/runfile/RunWriter.h"
#include "core/train/Demos.h"
#include "core/train/Trainer.h"
#include "tests/TempDir.h"

#include <gtest/gtest.h>
#include <chrono>
#include <thread>
#include <torch/torch.h>

using namespace ts;

namespace {
Settings smallModular()
{
    return Settings({{"task", "modular"}, {"p", "23"}, {"model", "tickets_mlp"}, {"embed", "64"}, {"hidden", "16"},
                     {"optimizer", "adamw"}, {"lr", "0.01"}, {"weight_decay", "1"}, {"steps", "40"},
                     {"eval_every", "5"}, {"checkpoints", "linear:5"}});
}

std::vector<double> trainAndRead(const Settings& s, const std::string& path, const std::string& metric)
{
    Trainer t(TrainConfig::fromSettings(s));
    {
        RunWriter w(path, t.runHeader());
        t.run(&w);
    }
    return RunReader(path).readMetric(metric).values;
}
} // namespace

TEST(Trainer, SameSeedSameMetricsDifferentSeedDifferent)
{
    test::TempDir dir;
    auto s = smallModular();
    auto a = trainAndRead(s, dir.file("a.h5"), "train_loss");
    auto b = trainAndRead(s, dir.file("b.h5"), "train_loss");
    EXPECT_EQ(a, b); // bit for bit
    EXPECT_EQ(RunReader(dir.file("a.h5")).readCheckpointFlat(4), RunReader(dir.file("b.h5")).readCheckpointFlat(4));
    s.set("seed", "1");
    auto c = trainAndRead(s, dir.file("c.h5"), "train_loss");
    EXPECT_NE(a, c);
}

TEST(Trainer, MinibatchTrainingIsRepeatable)
{
    test::TempDir dir;
    auto s = smallModular();
    s.set("batch_size", "32");
    s.set("optimizer", "sgd");
    s.set("momentum", "0.9");
    s.set("lr", "0.1");
    s.set("schedule", "cosine");
    auto a = trainAndRead(s, dir.file("a.h5"), "train_loss");
    auto b = trainAndRead(s, dir.file("b.h5"), "train_loss");
    EXPECT_EQ(a, b);
    EXPECT_LT(a.back(), a.front());
}

TEST(Trainer, NonFiniteLossStopsAndKeepsEverythingBefore)
{
    test::TempDir dir;
    auto s = Settings({{"task", "blobs"}, {"model", "mlp"}, {"optimizer", "sgd"}, {"lr", "1e12"}, {"steps", "200"},
                       {"eval_every", "1"}, {"checkpoints", "every:1"}});
    Trainer t(TrainConfig::fromSettings(s));
    TrainOutcome outcome;
    {
        RunWriter w(dir.file("nan.h5"), t.runHeader());
        outcome = t.run(&w);
    }
    ASSERT_EQ(outcome.status, RunStatus::Failed);
    EXPECT_NE(outcome.message.find("at step"), std::string::npos);
    RunReader r(dir.file("nan.h5"));
    EXPECT_EQ(r.status(), RunStatus::Failed);
    EXPECT_EQ(r.statusMessage(), outcome.message);
    EXPECT_GT(r.checkpointCount(), 0);
    EXPECT_LT(r.checkpointSteps().back(), 200);
    for (double v : r.readMetric("train_loss").values)
        EXPECT_TRUE(std::isfinite(v));
}

TEST(Trainer, CancelThroughFeedbackThrowsAndKeepsTheFile)
{
    test::TempDir dir;
    auto s = smallModular();
    s.set("steps", "100000");
    Trainer t(TrainConfig::fromSettings(s));
    Feedback feedback;
    RunWriter w(dir.file("c.h5"), t.runHeader());
    int rows = 0;
    int64_t lastRow = -1;
    EXPECT_THROW(t.run(&w, &feedback, [&](const MetricsRow& row) {
        lastRow = row.step;
        if (++rows == 3)
            feedback.cancel();
    }),
                 Cancelled);
    w.close();
    RunReader r(dir.file("c.h5"));
    EXPECT_EQ(r.status(), RunStatus::Cancelled);
    // The cancel is seen at the very next step.
    EXPECT_EQ(r.statusMessage(), "stopped by the user at step " + std::to_string(lastRow + 1));
    EXPECT_EQ(r.readMetric("train_loss").steps.size(), 3u);
    EXPECT_EQ(r.readMetric("train_loss").steps.back(), lastRow);
    EXPECT_GT(feedback.progress(), 0.0);
}

TEST(Trainer, CancelOfAParentFeedbackStopsASubTask)
{
    test::TempDir dir;
    auto s = smallModular();
    s.set("steps", "100000");
    Trainer t(TrainConfig::fromSettings(s));
    Feedback whole;
    ScaledFeedback part(&whole, 0.5, 1.0);
    int rows = 0;
    EXPECT_THROW(t.run(nullptr, &part, [&](const MetricsRow&) {
        if (++rows == 2)
            whole.cancel();
    }),
                 Cancelled);
    EXPECT_EQ(rows, 2);
    EXPECT_TRUE(part.isCancelled());
    // The sub-task's progress landed in the upper half of the parent's.
    EXPECT_GE(whole.progress(), 0.5);
    EXPECT_LT(whole.progress(), 0.51);
}

// The demo pace limit: 100 steps at 200 steps/s cannot take less than 0.5 s (a bit of slack
// for the clock), and the same run is bit for bit the same run; without a pace it is fast.
TEST(Trainer, PaceLimitSlowsTrainingDownWithoutChangingIt)
{
    auto s = smallModular();
    s.set("steps", "100");
    s.set("eval_every", "10");
    s.set("embed", "16");
    s.set("hidden", "8");
    std::vector<double> paced, unpaced;
    auto timed = [&](double pace, std::vector<double>& losses) {
        Trainer t(TrainConfig::fromSettings(s));
        Feedback feedback;
        feedback.setPace(pace);
        const auto start = std::chrono::steady_clock::now();
        t.run(nullptr, &feedback, [&](const MetricsRow& row) { losses.push_back(row.values.front()); });
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    };
    const double fast = timed(0, unpaced);
    const double slow = timed(200, paced);
    EXPECT_GE(slow, 0.45);
    EXPECT_LT(fast, 0.45); // pace 0 adds no waiting (this small run takes milliseconds)
    EXPECT_EQ(paced, unpaced);
    EXPECT_EQ(paced.size(), 11u);
}

TEST(Trainer, CancelEndsAPacedWaitAtOnce)
{
    auto s = smallModular();
    s.set("steps", "100");
    Trainer t(TrainConfig::fromSettings(s));
    Feedback feedback;
    feedback.setPace(0.1); // ten seconds a step
    const auto start = std::chrono::steady_clock::now();
    std::thread canceller([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        feedback.cancel();
    });
    EXPECT_THROW(t.run(nullptr, &feedback), Cancelled);
    canceller.join();
    EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(), 3.0);
}

TEST(Trainer, RecordsMoeRoutingAtCheckpoints)
{
    test::TempDir dir;
    auto s = demoSettings("moe");
    s.set("p", "23");
    s.set("steps", "20");
    s.set("checkpoints", "every:10");
    s.set("routing_samples", "16");
    Trainer t(TrainConfig::fromSettings(s));
    {
        RunWriter w(dir.file("moe.h5"), t.runHeader());
        t.run(&w);
    }
    RunReader r(dir.file("moe.h5"));
    ASSERT_TRUE(r.hasRouting());
    EXPECT_EQ(r.routingShape().samples, 16);
    EXPECT_EQ(r.routingShape().layers, 2);
    EXPECT_EQ(r.routingShape().experts, 4);
    EXPECT_EQ(r.routingSteps(), (std::vector<int64_t>{0, 10, 20}));
    auto first = r.readRouting(0);
    for (int64_t i = 0; i < first.numel(); ++i)
        EXPECT_FLOAT_EQ(first.data<float>()[i], 0.25f); // zero routers: uniform
    // Recorded routing equals the model's at that checkpoint.
    auto last = r.readRouting(2);
    auto flat = r.readCheckpointFlat(2);
    t.model().setFlatParameters(torch::from_blob(flat.data(), {int64_t(flat.size())}, torch::kFloat32).clone());
    auto w = t.model().routingWeights(t.task().split("train").inputs.slice(0, 0, 16));
    auto recorded = torch::from_blob(last.data<float>(), {16, 2, 4}, torch::kFloat32);
    EXPECT_TRUE(torch::allclose(w, recorded));
}

TEST(Trainer, UnknownOrBadSettingsAreRejectedBeforeTraining)
{
    auto s = smallModular();
    s.set("weight_decya", "1");
    EXPECT_THROW(TrainConfig::fromSettings(s), ConfigError);
    auto bad = smallModular();
    bad.set("optimizer", "lion");
    EXPECT_THROW(Trainer(TrainConfig::fromSettings(bad)), ConfigError);
    auto neg = smallModular();
    neg.set("steps", "-5");
    EXPECT_THROW(TrainConfig::fromSettings(neg), ConfigError);
    EXPECT_THROW(demoSettings("mnist"), ConfigError);
}
