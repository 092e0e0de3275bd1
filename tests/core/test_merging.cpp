// Model merging (docs/merging.md): every method on hand-built vectors whose answers are
// written out here, merged run files against the formulas, and the task-vector landscape
// against evaluating θ0 + λ1·τ1 + λ2·τ2 directly.
#include "../TempDir.h"

#include "core/Error.h"
#include "core/analysis/RunModel.h"
#include "core/landscape/LandscapeJob.h"
#include "core/merging/ModelMerging.h"
#include "core/merging/RunMerge.h"
#include "core/runfile/RunReader.h"
#include "core/runfile/RunWriter.h"
#include "core/train/Loss.h"
#include "core/train/Trainer.h"

#include <ATen/CPUGeneratorImpl.h>
#include <gtest/gtest.h>
#include <torch/torch.h>

#include <filesystem>

using namespace ts;

namespace {

torch::Tensor vec(std::vector<float> v) { return torch::tensor(v, torch::kFloat32); }

void expectVector(const torch::Tensor& got, const std::vector<float>& want, double tol = 1e-6)
{
    ASSERT_EQ(got.numel(), int64_t(want.size()));
    const auto g = got.to(torch::kFloat64).contiguous();
    for (std::size_t i = 0; i < want.size(); ++i)
        EXPECT_NEAR(g[int64_t(i)].item<double>(), want[i], tol) << "entry " << i;
}

// A small MLP on blobs trained for a few steps; init (RUN@STEP) as `trainscope train --init`.
void trainRun(const std::string& path, const std::string& widths, const std::string& lr, const std::string& init = {})
{
    Settings s({{"task", "blobs"},
                {"classes", "3"},
                {"n_train", "60"},
                {"n_test", "30"},
                {"model", "mlp"},
                {"widths", widths},
                {"optimizer", "sgd"},
                {"lr", lr},
                {"momentum", "0"},
                {"batch_size", "0"},
                {"steps", "20"},
                {"eval_every", "10"},
                {"checkpoints", "steps:0,10,20"},
                {"seed", "0"},
                {"threads", "1"}});
    if (!init.empty())
        s.set("init", init);
    Trainer trainer(TrainConfig::fromSettings(s));
    RunWriter writer(path, trainer.runHeader());
    const auto outcome = trainer.run(&writer);
    ASSERT_EQ(outcome.status, RunStatus::Finished) << outcome.message;
}

struct TwoRuns {
    test::TempDir dir{"merging"};
    std::string a = dir.file("a.h5"), b = dir.file("b.h5");
    TwoRuns()
    {
        trainRun(a, "8", "0.5");
        trainRun(b, "8", "0.2", a + "@0"); // B starts from A's initialisation
    }
};

} // namespace

TEST(MergeMethods, WeightedAverageNormalisesTheWeights)
{
    // θ1 = [2, 2, 5], θ2 = [0, 4, 3], w = (3, 1) → (0.75, 0.25): [1.5, 2.5, 4.5].
    expectVector(weightedAverage({vec({2, 2, 5}), vec({0, 4, 3})}, {3, 1}), {1.5f, 2.5f, 4.5f});
    expectVector(weightedAverage({vec({2, 2, 5}), vec({0, 4, 3})}), {1, 3, 4});
}

TEST(MergeMethods, TaskArithmetic)
{
    // θ0 = [1, 2, 3]; τ1 = [1, 0, 2], τ2 = [−1, 2, 0]; λ = 0.5: θ0 + 0.5·[0, 2, 2] = [1, 3, 4].
    const auto base = vec({1, 2, 3});
    const auto t1 = taskVector(vec({2, 2, 5}), base), t2 = taskVector(vec({0, 4, 3}), base);
    expectVector(t1, {1, 0, 2});
    expectVector(taskArithmetic(base, {t1, t2}, 0.5), {1, 3, 4});
    // Weights (2, 1) scale the task vectors as given: [2, 0, 4] + [−1, 2, 0] = [1, 2, 4] → [2, 4, 7].
    expectVector(taskArithmetic(base, {t1, t2}, 1.0, {2, 1}), {2, 4, 7});
}

TEST(MergeMethods, TiesTrimElectAndDisjointMean)
{
    // keep 0.5 of 6 entries = the 3 largest magnitudes of each task vector:
    //   τ1 = [ 3, −1,  0.5, −4, 2, 0.1] → [ 3, 0, 0, −4, 2, 0]
    //   τ2 = [−2,  5, −0.2, −1, 4, 0.3] → [−2, 5, 0,  0, 4, 0]
    // sum  = [ 1,  5,  0,   −4, 6, 0]   → elected signs [+, +, 0, −, +, 0]
    // disjoint mean over the entries agreeing with the sign (zeros excluded):
    //   [3 (−2 disagrees), 5 (the trimmed 0 does not count), 0, −4, (2 + 4)/2, 0] = [3, 5, 0, −4, 3, 0]
    const auto t1 = vec({3, -1, 0.5f, -4, 2, 0.1f}), t2 = vec({-2, 5, -0.2f, -1, 4, 0.3f});
    expectVector(trimTopMagnitude(t1, 0.5), {3, 0, 0, -4, 2, 0});
    expectVector(trimTopMagnitude(t2, 0.5), {-2, 5, 0, 0, 4, 0});
    expectVector(tiesTaskVector({t1, t2}, 0.5), {3, 5, 0, -4, 3, 0});
    // θ0 = 1 everywhere, λ = 0.5: [2.5, 3.5, 1, −1, 2.5, 1].
    const auto base = torch::ones({6});
    expectVector(tiesMerge(base, {t1, t2}, 0.5, 0.5), {2.5f, 3.5f, 1, -1, 2.5f, 1});
    // Through mergeParameters, from checkpoints θ_i = θ0 + τ_i.
    MergeOptions o;
    o.method = MergeMethod::Ties;
    o.trim = 0.5;
    o.lambda = 0.5;
    expectVector(mergeParameters(base, {base + t1, base + t2}, o), {2.5f, 3.5f, 1, -1, 2.5f, 1}, 1e-6);
    // A sign that cancels exactly elects nothing: the coordinate stays at θ0.
    expectVector(tiesTaskVector({vec({1, 2}), vec({-1, 2})}, 1.0), {0, 2});
    // keep = 1 and agreeing signs: the plain mean of the task vectors.
    expectVector(tiesTaskVector({vec({1, 2, -3}), vec({3, 4, -1})}, 1.0), {2, 3, -2});
}

TEST(MergeMethods, DareDropsBySeedAndPreservesTheMean)
{
    const auto base = vec({1, 2, 3});
    const auto t1 = vec({1, 0, 2}), t2 = vec({-1, 2, 0});
    // p = 0 drops nothing: task arithmetic exactly.
    EXPECT_TRUE(torch::equal(dareMerge(base, {t1, t2}, 0.7, 0.0, 5), taskArithmetic(base, {t1, t2}, 0.7)));

    // Each entry is 0 or τ/(1 − p); the same seed gives the same pattern, another seed another.
    const int64_t n = 100000;
    const auto ones = torch::ones({n});
    auto g1 = at::make_generator<at::CPUGeneratorImpl>(7), g2 = at::make_generator<at::CPUGeneratorImpl>(7),
         g3 = at::make_generator<at::CPUGeneratorImpl>(8);
    const auto d1 = dropAndRescale(ones, 0.9, g1), d2 = dropAndRescale(ones, 0.9, g2),
               d3 = dropAndRescale(ones, 0.9, g3);
    EXPECT_TRUE(torch::equal(d1, d2));
    EXPECT_FALSE(torch::equal(d1, d3));
    const auto kept = (d1 != 0);
    EXPECT_TRUE(torch::allclose(d1.masked_select(kept), torch::full({kept.sum().item<int64_t>()}, 10.0f)));
    // Kept fraction 0.1 and mean 1 (the expected value is preserved): 5 standard deviations.
    const double keptFraction = kept.to(torch::kFloat64).mean().item<double>();
    EXPECT_NEAR(keptFraction, 0.1, 5 * std::sqrt(0.09 / double(n)));
    EXPECT_NEAR(d1.to(torch::kFloat64).mean().item<double>(), 1.0, 50 * std::sqrt(0.09 / double(n)));
    // The mask is u >= p for u ~ U[0, 1) drawn in float64 from a CPU generator with the seed.
    auto g4 = at::make_generator<at::CPUGeneratorImpl>(7);
    const auto u = torch::rand({n}, g4, torch::TensorOptions().dtype(torch::kFloat64));
    EXPECT_TRUE(torch::equal(kept, u >= 0.9));

    // dareMerge draws τ1's mask, then τ2's, from one generator seeded with the seed.
    auto g5 = at::make_generator<at::CPUGeneratorImpl>(11);
    const auto r1 = dropAndRescale(t1, 0.5, g5), r2 = dropAndRescale(t2, 0.5, g5);
    EXPECT_TRUE(torch::allclose(dareMerge(base, {t1, t2}, 1.0, 0.5, 11), base + r1 + r2));
    // The expected merge over many seeds is task arithmetic (each entry unbiased).
    auto sum = torch::zeros({3}, torch::kFloat64);
    const int seeds = 4000;
    for (int s = 0; s < seeds; ++s)
        sum += dareMerge(base, {t1, t2}, 1.0, 0.5, uint64_t(s)).to(torch::kFloat64);
    expectVector(sum / seeds, {1, 4, 5}, 0.1);
}

TEST(MergeMethods, BuffersAverageStatisticsAndKeepTheFirstCounter)
{
    // w = (1, 3) → (0.25, 0.75): 0.25·[1, 3] + 0.75·[3, 5] = [2.5, 4.5]; the counter is the first's.
    const auto merged = mergeBuffers(
        {{vec({1, 3}), torch::tensor(5, torch::kInt64)}, {vec({3, 5}), torch::tensor(7, torch::kInt64)}}, {1, 3});
    ASSERT_EQ(merged.size(), 2u);
    expectVector(merged[0], {2.5f, 4.5f});
    EXPECT_EQ(merged[1].scalar_type(), torch::kInt64);
    EXPECT_EQ(merged[1].item<int64_t>(), 5);
}

TEST(MergeMethods, OptionsAreValidated)
{
    EXPECT_EQ(mergeMethodFromName("ties"), MergeMethod::Ties);
    EXPECT_EQ(mergeMethodFromName("task_arithmetic"), MergeMethod::TaskArithmetic);
    try {
        mergeMethodFromName("soup");
        FAIL();
    } catch (const ConfigError& e) {
        EXPECT_NE(std::string(e.what()).find("average, task-arithmetic, ties, dare"), std::string::npos) << e.what();
    }
    MergeOptions o;
    o.weights = {1, 2, 3};
    EXPECT_THROW(o.validate(2), ConfigError);
    o.weights = {};
    o.drop = 1.0;
    EXPECT_THROW(o.validate(2), ConfigError);
    o.drop = 0.5;
    o.trim = 0;
    EXPECT_THROW(o.validate(2), ConfigError);
    EXPECT_EQ(MergeSource::parse("runs/a.h5@120").checkpoint, "120");
    EXPECT_EQ(MergeSource::parse("runs/a.h5").checkpoint, "last");
    EXPECT_EQ(MergeSource::parse("runs/a.h5").path, "runs/a.h5");
}

TEST(RunMerge, InitCopiesTheCheckpointAndRecordsIt)
{
    TwoRuns r;
    RunReader a(r.a), b(r.b);
    EXPECT_TRUE(torch::equal(checkpointVector(a, 0), checkpointVector(b, 0)));
    EXPECT_FALSE(torch::equal(checkpointVector(a, 2), checkpointVector(b, 2)));
    EXPECT_EQ(b.configValue("init"), r.a + "@0");
    test::TempDir dir;
    const auto c = dir.file("c.h5");
    try {
        trainRun(c, "4", "0.1", r.a + "@0");
        FAIL() << "a different architecture was accepted";
    } catch (const ConfigError& e) {
        EXPECT_NE(std::string(e.what()).find("does not match"), std::string::npos) << e.what();
    }
}

TEST(RunMerge, MergedRunHoldsTheFormula)
{
    TwoRuns r;
    RunReader a(r.a), b(r.b);
    const auto theta0 = checkpointVector(a, 0), thetaA = checkpointVector(a, 2), thetaB = checkpointVector(b, 2);
    for (auto method : {MergeMethod::Average, MergeMethod::TaskArithmetic, MergeMethod::Ties, MergeMethod::Dare}) {
        MergeRequest q;
        q.inputs = {{r.a, "last"}, {r.b, "last"}};
        q.options.method = method;
        q.options.weights = {1, 3};
        q.options.lambda = 0.8;
        q.options.trim = 0.3;
        q.options.drop = 0.5;
        q.options.seed = 4;
        q.out = r.dir.file(std::string("merged-") + mergeMethodName(method) + ".h5");
        const auto s = mergeRuns(q);
        EXPECT_TRUE(s.warnings.empty()) << s.warnings.front();
        torch::Tensor want;
        const auto tA = thetaA - theta0, tB = thetaB - theta0;
        switch (method) {
        case MergeMethod::Average: want = 0.25 * thetaA + 0.75 * thetaB; break;
        case MergeMethod::TaskArithmetic: want = theta0 + 0.8 * (tA + 3 * tB); break;
        case MergeMethod::Ties: want = theta0 + 0.8 * tiesTaskVector({tA, 3 * tB}, 0.3); break;
        case MergeMethod::Dare: {
            auto g = at::make_generator<at::CPUGeneratorImpl>(4);
            const auto dA = dropAndRescale(tA, 0.5, g), dB = dropAndRescale(3 * tB, 0.5, g);
            want = theta0 + 0.8 * (dA + dB);
            break;
        }
        }
        RunReader m(q.out);
        ASSERT_EQ(m.checkpointCount(), 1);
        EXPECT_EQ(m.checkpointSteps().front(), 20);
        EXPECT_TRUE(torch::allclose(checkpointVector(m, 0), want, 1e-5, 1e-6)) << mergeMethodName(method);
        EXPECT_EQ(m.configValue("merge_method"), mergeMethodName(method));
        EXPECT_EQ(m.configValue("source"), "merge");
        EXPECT_EQ(m.status(), RunStatus::Finished);
        EXPECT_FALSE(std::filesystem::exists(q.out + ".merging"));
        // The stored metrics are the merged model's loss and accuracy on each split.
        auto loaded = loadRunModel(m);
        applyCheckpoint(m, 0, *loaded.model);
        for (const auto& split : loaded.data.splits) {
            const auto e = evaluate(*loaded.model, split, loaded.data.loss);
            EXPECT_NEAR(m.readMetric(split.name + "_loss").values.at(0), e.loss, 1e-9);
            EXPECT_NEAR(s.splits.at(split.name).second, e.accuracy, 1e-12);
        }
    }
}

TEST(RunMerge, RefusesDifferentArchitecturesAndLeavesNothing)
{
    TwoRuns r;
    const auto c = r.dir.file("c.h5");
    trainRun(c, "4", "0.1");
    MergeRequest q;
    q.inputs = {{r.a, "last"}, {c, "last"}};
    q.options.method = MergeMethod::TaskArithmetic;
    q.out = r.dir.file("m.h5");
    try {
        mergeRuns(q);
        FAIL() << "runs of different architectures were merged";
    } catch (const ConfigError& e) {
        EXPECT_NE(std::string(e.what()).find("different architectures"), std::string::npos) << e.what();
    }
    EXPECT_FALSE(std::filesystem::exists(q.out));
    // An input that did not start from the base is merged with a warning.
    q.inputs = {{r.a, "last"}, {c, "last"}};
    q.inputs[1] = {r.b, "last"};
    q.base = {c, "first"};
    EXPECT_THROW(mergeRuns(q), ConfigError); // the base has another architecture too
    q.base = {r.a, "10"};
    const auto s = mergeRuns(q);
    EXPECT_EQ(s.baseStep, 10);
    ASSERT_EQ(s.warnings.size(), 2u);
    EXPECT_NE(s.warnings[0].find("does not start from the base"), std::string::npos);
    // The output may not replace an input.
    q.out = r.a;
    EXPECT_THROW(mergeRuns(q), ConfigError);
}

TEST(RunMerge, CancelLeavesNoFile)
{
    TwoRuns r;
    MergeRequest q;
    q.inputs = {{r.a, "last"}, {r.b, "last"}};
    q.out = r.dir.file("m.h5");
    Feedback feedback;
    feedback.cancel();
    EXPECT_THROW(mergeRuns(q, &feedback), Cancelled);
    EXPECT_FALSE(std::filesystem::exists(q.out));
    EXPECT_FALSE(std::filesystem::exists(q.out + ".merging"));
}

TEST(TaskLandscape, PointsEqualTheMergedParameters)
{
    TwoRuns r;
    RunReader a(r.a), b(r.b);
    const auto theta0 = checkpointVector(a, 0);
    const auto t1 = checkpointVector(a, 2) - theta0, t2 = checkpointVector(b, 2) - theta0;
    LandscapeSpec spec;
    spec.checkpoint = "0";
    spec.directions = "task:" + r.a + "," + r.b;
    spec.nx = 5;
    spec.ny = 3;
    spec.xmin = -0.5;
    spec.xmax = 1.5;
    spec.ymin = 0;
    spec.ymax = 1;
    LandscapeJob job(a, spec);
    auto surface = job.newSurface();
    job.compute(surface);
    EXPECT_NE(surface.directions.find("\"type\":\"task\""), std::string::npos) << surface.directions;
    auto loaded = loadRunModel(a);
    const auto& split = loaded.data.split("train");
    for (auto [ix, iy] : {std::pair<int64_t, int64_t>{1, 0}, {3, 2}, {4, 1}, {2, 1}}) {
        const double l1 = surface.xs[std::size_t(ix)], l2 = surface.ys[std::size_t(iy)];
        loaded.model->setFlatParameters(theta0 + l1 * t1 + l2 * t2);
        const auto e = evaluate(*loaded.model, split, loaded.data.loss);
        EXPECT_NEAR(surface.value("train_loss", ix, iy), e.loss, 1e-5 * (1 + e.loss)) << l1 << ", " << l2;
        EXPECT_NEAR(surface.value("train_acc", ix, iy), e.accuracy, 1e-9);
    }
    // (1, 1) is task arithmetic with λ = 1.
    MergeRequest q;
    q.inputs = {{r.a, "last"}, {r.b, "last"}};
    q.out = r.dir.file("ta.h5");
    const auto s = mergeRuns(q);
    EXPECT_NEAR(surface.value("train_loss", 3, 2), s.splits.at("train").first, 1e-5);

    // One run: a line; the wrong number of runs and another architecture are errors.
    spec.ny = 0;
    spec.directions = "task:" + r.b;
    LandscapeJob line(a, spec);
    EXPECT_FALSE(line.directions().is2d());
    spec.directions = "task:" + r.a + "," + r.b;
    EXPECT_THROW(LandscapeJob(a, spec), ConfigError);
    const auto c = r.dir.file("c.h5");
    trainRun(c, "4", "0.1");
    spec.directions = "task:" + c;
    EXPECT_THROW(LandscapeJob(a, spec), ConfigError);
}
