// The core entry points with torch-free signatures that the GUI and `render` call
// (core/analysis/CheckpointInterpolation.h, core/landscape/LandscapeRun.h,
// core/train/TrainingRun.h) against the algorithms driven with tensors and models directly.
#include "core/Error.h"
#include "core/analysis/CheckpointInterpolation.h"
#include "core/analysis/Interpolation.h"
#include "core/analysis/RunModel.h"
#include "core/landscape/LandscapeJob.h"
#include "core/landscape/LandscapeRun.h"
#include "core/landscape/SurfaceFile.h"
#include "core/models/Model.h"
#include "core/runfile/RunReader.h"
#include "core/runfile/RunWriter.h"
#include "core/train/Loss.h"
#include "core/train/Trainer.h"
#include "core/train/TrainingRun.h"
#include "tests/TempDir.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

using namespace ts;

namespace {
Settings smallModular()
{
    return Settings({{"task", "modular"}, {"p", "23"}, {"model", "tickets_mlp"}, {"embed", "32"}, {"hidden", "16"},
                     {"optimizer", "adamw"}, {"lr", "0.01"}, {"weight_decay", "1"}, {"steps", "30"},
                     {"eval_every", "5"}, {"checkpoints", "linear:4"}});
}

void train(const std::string& path)
{
    Trainer t(TrainConfig::fromSettings(smallModular()));
    RunWriter w(path, t.runHeader());
    t.run(&w);
}
} // namespace

TEST(TorchFreeApi, CheckpointInterpolationMatchesTheModelAtBothEnds)
{
    test::TempDir dir;
    const auto path = dir.file("run.h5");
    train(path);
    CheckpointInterpolationSpec spec;
    spec.runA = path;
    spec.stepA = "first";
    spec.stepB = "last";
    spec.points = 5;
    spec.layerwise = true;
    spec.bezierSteps = 0;
    const auto r = interpolateCheckpoints(spec);

    RunReader run(path);
    const auto n = run.checkpointCount();
    EXPECT_EQ(r.stepA, run.checkpointSteps().front());
    EXPECT_EQ(r.stepB, run.checkpointSteps().back());
    EXPECT_EQ(r.pathA, path);
    EXPECT_EQ(r.pathB, path);
    EXPECT_TRUE(r.warning.empty());
    // α = 0 and α = 1 are the checkpoints themselves: their losses evaluated directly.
    auto loaded = loadRunModel(run);
    for (const auto& [index, at] : {std::pair<int64_t, std::size_t>{0, 0}, {n - 1, 4}}) {
        applyCheckpoint(run, index, *loaded.model);
        for (const auto& split : {"train", "test"}) {
            const auto e = evaluate(*loaded.model, loaded.data.split(split), loaded.data.loss);
            EXPECT_NEAR(r.linear.splits.at(split).loss[at], e.loss, 1e-6) << split << " at α index " << at;
            EXPECT_NEAR(r.linear.splits.at(split).accuracy[at], e.accuracy, 1e-9) << split;
        }
    }
    // The curve is what the tensor-level function computes.
    const auto direct = interpolateLinear(*loaded.model, loaded.data, checkpointVector(run, 0),
                                          checkpointVector(run, n - 1), alphaGrid(0, 1, 5));
    EXPECT_EQ(r.linear.alpha, direct.alpha);
    EXPECT_EQ(r.linear.splits.at("train").loss, direct.splits.at("train").loss);
    EXPECT_DOUBLE_EQ(r.linear.barrier, direct.barrier);
    // Only what was asked for; a Bézier curve of 0 steps bends at the midpoint: the segment.
    ASSERT_TRUE(r.layerwise && r.bezier);
    EXPECT_FALSE(r.lines);
    EXPECT_FALSE(r.layerSharpness);
    EXPECT_EQ(r.layerwise->split, "train");
    for (std::size_t i = 0; i < r.bezier->t.size(); ++i)
        EXPECT_NEAR(r.bezier->curve.loss[i], r.bezier->straight.loss[i], 1e-5);

    spec.stepB = "12345";
    EXPECT_THROW(interpolateCheckpoints(spec), ConfigError);
}

TEST(TorchFreeApi, ComputeLandscapeSavesResumesAndRefusesAnotherSpec)
{
    test::TempDir dir;
    const auto path = dir.file("run.h5"), file = dir.file("surface.h5");
    train(path);
    LandscapeSpec spec;
    spec.nx = 5;
    spec.ny = 5;
    int seen = 0;
    LandscapeRunInfo info;
    const auto s = computeLandscape(path, spec, file, nullptr, [&](const LandscapeSurface&) { ++seen; }, &info);
    EXPECT_FALSE(info.resumed);
    EXPECT_GE(seen, 2); // every level and the final surface
    EXPECT_EQ(s.computedPoints("train_loss"), 25);
    ASSERT_TRUE(isSurfaceFile(file));
    EXPECT_EQ(readSurfaceFile(file).values.at("train_loss"), s.values.at("train_loss"));

    // The centre (a = b = 0) is the last checkpoint, evaluated directly.
    RunReader run(path);
    auto loaded = loadRunModel(run);
    applyCheckpoint(run, run.checkpointCount() - 1, *loaded.model);
    const auto centre = evaluate(*loaded.model, loaded.data.split("train"), loaded.data.loss);
    EXPECT_NEAR(s.value("train_loss", 2, 2), centre.loss, 1e-5);
    // The same values as LandscapeJob driven directly.
    LandscapeJob job(run, spec);
    auto direct = job.newSurface();
    job.compute(direct);
    EXPECT_EQ(direct.values.at("train_loss"), s.values.at("train_loss"));

    // Again: the complete file is resumed, nothing changes.
    LandscapeRunInfo again;
    const auto r = computeLandscape(path, spec, file, nullptr, {}, &again);
    EXPECT_TRUE(again.resumed);
    EXPECT_EQ(r.values.at("train_loss"), s.values.at("train_loss"));
    // Another grid must not continue this file.
    auto other = spec;
    other.nx = 7;
    EXPECT_THROW(computeLandscape(path, other, file), ConfigError);
    // Without a file nothing is written.
    EXPECT_EQ(computeLandscape(path, spec).values.at("train_loss"), s.values.at("train_loss"));
}

TEST(TorchFreeApi, TrainingRunIsTheTrainer)
{
    const auto config = TrainConfig::fromSettings(smallModular());
    Trainer trainer(config);
    TrainingRun run(config);
    EXPECT_EQ(run.metricNames(), trainer.metricNames());
    EXPECT_EQ(run.config().steps, 30);
    EXPECT_EQ(run.runHeader().params.size(), trainer.runHeader().params.size());
    std::vector<MetricsRow> a, b;
    const auto oa = trainer.run(nullptr, nullptr, [&](const MetricsRow& m) { a.push_back(m); });
    const auto ob = run.run(nullptr, nullptr, [&](const MetricsRow& m) { b.push_back(m); });
    EXPECT_EQ(ob.status, oa.status);
    EXPECT_EQ(ob.lastStep, oa.lastStep);
    ASSERT_EQ(b.size(), a.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        EXPECT_EQ(b[i].step, a[i].step);
        // Same seed, same code: bit for bit, except the wall-clock metrics.
        for (std::size_t k = 0; k < a[i].values.size(); ++k)
            if (trainer.metricNames()[k].find("time") == std::string::npos &&
                trainer.metricNames()[k].find("second") == std::string::npos)
                EXPECT_EQ(b[i].values[k], a[i].values[k]) << trainer.metricNames()[k];
    }
}
