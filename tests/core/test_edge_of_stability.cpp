// Cohen, Kaur, Li, Kolter & Talwalkar, "Gradient Descent on Neural Networks Typically Occurs
// at the Edge of Stability" (ICLR 2021): under full-batch gradient descent with step size η
// the top Hessian eigenvalue rises (progressive sharpening) until it reaches 2/η and then
// hovers there. Trained through the real Trainer and RunWriter; λ_max read back from the
// run file's checkpoints with the power iteration on a ModelObjective.
#include "core/analysis/HessianEigen.h"
#include "core/analysis/Objective.h"
#include "core/models/Model.h"
#include "core/runfile/RunReader.h"
#include "core/runfile/RunWriter.h"
#include "core/train/Trainer.h"
#include "tests/TempDir.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <cstdio>

using namespace ts;

namespace {
struct EosPoint {
    int64_t step;
    double lambdaMax;
    double trainLoss;
};

// Full-batch GD (sgd, momentum 0, no weight decay) on 2-class spirals (200 points), tanh
// MLP 64-64, cross-entropy. λ_max at every checkpoint.
std::vector<EosPoint> trainAndMeasure(double lr, int64_t steps, int64_t every, const std::string& path)
{
    Settings s({{"task", "spirals"}, {"classes", "2"}, {"n_train", "200"}, {"n_test", "50"}, {"noise", "0.1"},
                {"model", "mlp"}, {"widths", "64,64"}, {"activation", "tanh"}, {"optimizer", "sgd"},
                {"lr", std::to_string(lr)}, {"momentum", "0"}, {"weight_decay", "0"}, {"batch_size", "0"},
                {"steps", std::to_string(steps)}, {"eval_every", std::to_string(every)},
                {"checkpoints", "every:" + std::to_string(every)}, {"seed", "0"}, {"threads", "1"}});
    Trainer trainer(TrainConfig::fromSettings(s));
    {
        RunWriter writer(path, trainer.runHeader());
        auto outcome = trainer.run(&writer);
        EXPECT_EQ(outcome.status, RunStatus::Finished) << outcome.message;
    }
    RunReader run(path);
    const auto ckptSteps = run.checkpointSteps();
    const auto loss = run.readMetric("train_loss");
    auto& model = trainer.model();
    ModelObjective objective(model, trainer.task().split("train"), trainer.task().loss);
    std::vector<EosPoint> out;
    for (int64_t i = 0; i < run.checkpointCount(); ++i) {
        auto flat = run.readCheckpointFlat(i);
        model.setFlatParameters(torch::from_blob(flat.data(), {int64_t(flat.size())}, torch::kFloat32).clone());
        EigenOptions o;
        o.maxIterations = 100;
        o.tolerance = 1e-4;
        auto r = topHessianEigenvalues(objective, o);
        double l = NAN;
        for (std::size_t k = 0; k < loss.steps.size(); ++k)
            if (loss.steps[k] == ckptSteps[i])
                l = loss.values[k];
        out.push_back({ckptSteps[i], r.eigenvalues[0], l});
    }
    return out;
}


void printPoints(double lr, const std::vector<EosPoint>& points)
{
    for (const auto& p : points)
        std::printf("lr %.3g step %5lld  loss %.4f  lambda_max %.3f  lambda*lr/2 %.3f\n", lr, (long long)p.step,
                    p.trainLoss, p.lambdaMax, p.lambdaMax * lr / 2);
}
} // namespace

// The runs end while the loss is still well above zero: with cross-entropy the sharpness
// leaves 2/η and falls once the loss collapses late in training (Cohen et al., §3.2/App.;
// see the DISABLED_ long run below and docs/sharpness.md for the measured trajectory).
TEST(EdgeOfStability, SharpnessSettlesAtTwoOverLearningRate)
{
    test::TempDir dir;
    struct Case {
        double lr;
        int64_t steps;
        int64_t every;
    };
    for (Case c : {Case{0.2, 1800, 100}, Case{0.35, 1000, 100}}) {
        auto points = trainAndMeasure(c.lr, c.steps, c.every, dir.file("eos.h5"));
        ASSERT_GE(points.size(), 5u);
        printPoints(c.lr, points);
        // Progressive sharpening: it starts well below 2/η ...
        EXPECT_LT(points.front().lambdaMax * c.lr / 2, 0.6) << "lr " << c.lr;
        // ... and the last four checkpoints sit at 2/η within 20%.
        for (std::size_t k = points.size() - 4; k < points.size(); ++k)
            EXPECT_LT(std::abs(points[k].lambdaMax * c.lr / 2 - 1.0), 0.2)
                << "lr " << c.lr << " step " << points[k].step << ": lambda_max " << points[k].lambdaMax;
    }
}

// The whole trajectory to 4000 steps (run with --gtest_also_run_disabled_tests): records
// the late-phase decline under cross-entropy; asserts nothing about it.
TEST(EdgeOfStability, DISABLED_LongRunTrajectory)
{
    test::TempDir dir;
    for (double lr : {0.2, 0.35})
        printPoints(lr, trainAndMeasure(lr, 4000, 250, dir.file("long.h5")));
}
