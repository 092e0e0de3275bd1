// Surfaces over K disjoint batches (`landscape --batches K`): on linear regression, where each
// example's loss (a_i·θ − y_i)² is known in closed form, the mean and std maps equal the mean
// and sample std of the K batches' losses computed here without the evaluator; the partition
// is disjoint and of equal parts; the std maps survive a surface file.
#include "core/Error.h"
#include "core/landscape/BatchedPlaneEvaluator.h"
#include "core/landscape/ProgressiveSurface.h"
#include "core/landscape/SurfaceFile.h"
#include "core/landscape/SurfaceGrid.h"
#include "tests/TempDir.h"
#include "tests/core/LandscapeTestModels.h"

#include <gtest/gtest.h>

#include <torch/torch.h>

#include <cmath>
#include <set>

using namespace ts;
using namespace ts::test;

namespace {

struct Regression {
    int64_t n, P;
    std::vector<std::vector<double>> a; // rows a_i
    std::vector<double> y;
    std::vector<double> centre, d1, d2;

    // The loss of example i at θ = centre + α·d1 + β·d2, in plain doubles.
    double exampleLoss(std::size_t i, double alpha, double beta) const
    {
        double score = 0;
        for (int64_t p = 0; p < P; ++p)
            score += a[i][std::size_t(p)] * (centre[std::size_t(p)] + alpha * d1[std::size_t(p)] + beta * d2[std::size_t(p)]);
        return (score - y[i]) * (score - y[i]);
    }
};

torch::Tensor tensorOf(const std::vector<double>& v) { return torch::tensor(v, torch::kFloat64); }

// Targets y_i = a_i·θ* ± c: at θ* every example's loss is c², so every batch agrees there.
Regression makeRegression(int64_t n, int64_t P, double c)
{
    auto gen = at::make_generator<at::CPUGeneratorImpl>(7);
    auto A = torch::randn({n, P}, gen, torch::kFloat64);
    // θ* and the directions are float32 numbers: the plane holds them exactly, so the centre is θ*.
    auto star = torch::randn({P}, gen, torch::kFloat64).to(torch::kFloat32).to(torch::kFloat64);
    auto signs = torch::where(torch::rand({n}, gen, torch::kFloat64) < 0.5, -1.0, 1.0).to(torch::kFloat64);
    auto y = torch::mv(A, star) + c * signs;
    Regression r{n, P, {}, {}, {}, {}, {}};
    for (int64_t i = 0; i < n; ++i)
        r.a.emplace_back(A[i].data_ptr<double>(), A[i].data_ptr<double>() + P);
    r.y.assign(y.data_ptr<double>(), y.data_ptr<double>() + n);
    r.centre.assign(star.data_ptr<double>(), star.data_ptr<double>() + P);
    auto d1 = torch::randn({P}, gen, torch::kFloat64).to(torch::kFloat32).to(torch::kFloat64);
    auto d2 = torch::randn({P}, gen, torch::kFloat64).to(torch::kFloat32).to(torch::kFloat64);
    r.d1.assign(d1.data_ptr<double>(), d1.data_ptr<double>() + P);
    r.d2.assign(d2.data_ptr<double>(), d2.data_ptr<double>() + P);
    return r;
}

LandscapeSurface emptySurface(std::vector<double> xs, std::vector<double> ys)
{
    LandscapeSurface s;
    s.xs = std::move(xs);
    s.ys = std::move(ys);
    s.split = "train";
    return s;
}
} // namespace

TEST(LandscapeBatches, PartitionIsDisjointOfEqualPartsAndSeeded)
{
    const auto parts = disjointBatches(103, 4, 5);
    ASSERT_EQ(parts.size(), 4u);
    std::set<int64_t> seen;
    for (const auto& p : parts) {
        EXPECT_EQ(p.size(), 25u); // ⌊103 / 4⌋; 3 examples left out
        for (auto i : p) {
            EXPECT_GE(i, 0);
            EXPECT_LT(i, 103);
            EXPECT_TRUE(seen.insert(i).second) << i << " is in two batches";
        }
    }
    EXPECT_EQ(disjointBatches(103, 4, 5), parts);
    EXPECT_NE(disjointBatches(103, 4, 6), parts);
    // Shuffled, not the contiguous blocks 0..24, 25..49, ...
    EXPECT_NE(parts[0], std::vector<int64_t>(seen.begin(), std::next(seen.begin(), 25)));
    EXPECT_THROW(disjointBatches(10, 1, 0), ConfigError);
    EXPECT_THROW(disjointBatches(10, 0, 0), ConfigError);
    EXPECT_THROW(disjointBatches(10, 11, 0), ConfigError);
    EXPECT_EQ(disjointBatches(10, 10, 0).size(), 10u);
}

TEST(LandscapeBatches, StdMapIsTheSpreadOfTheBatchLossesOnLinearRegression)
{
    const int64_t n = 42, P = 5, K = 4;
    const double c = 0.3;
    const auto r = makeRegression(n, P, c);
    std::vector<double> flat;
    for (const auto& row : r.a)
        flat.insert(flat.end(), row.begin(), row.end());
    QuadraticScores model(P);
    Split split{"train", tensorOf(flat).reshape({n, P}), tensorOf(r.y)};
    PlaneDirections plane;
    plane.centre = tensorOf(r.centre).to(torch::kFloat32);
    plane.d1 = tensorOf(r.d1).to(torch::kFloat32);
    plane.d2 = tensorOf(r.d2).to(torch::kFloat32);
    const Regression& rr = r;
    const uint64_t seed = 9;
    BatchedPlaneEvaluator eval(split, K, seed, [&](const Split& s) {
        return makePlaneEvaluator(model, s, LossKind::Mse, plane);
    });
    EXPECT_EQ(eval.batches(), K);
    EXPECT_EQ(eval.batchExamples(), 10);
    auto s = emptySurface(gridCoordinates(-1, 1, 5), gridCoordinates(-1, 1, 3, "y"));
    computeSurface(s, eval);
    EXPECT_EQ(s.batches, K);
    ASSERT_TRUE(s.hasStd("train_loss"));
    ASSERT_TRUE(s.hasStd("train_acc"));

    const auto parts = disjointBatches(n, K, seed);
    int checked = 0;
    for (int64_t iy = 0; iy < s.ny(); ++iy)
        for (int64_t ix = 0; ix < s.nx(); ++ix) {
            const double alpha = s.xs[std::size_t(ix)], beta = s.ys[std::size_t(iy)];
            // Each batch's mean loss, then their mean and two-pass sample std.
            std::vector<double> batch;
            for (const auto& part : parts) {
                double sum = 0;
                for (auto i : part)
                    sum += rr.exampleLoss(std::size_t(i), alpha, beta);
                batch.push_back(sum / double(part.size()));
            }
            double mean = 0;
            for (double v : batch)
                mean += v / double(K);
            double ss = 0;
            for (double v : batch)
                ss += (v - mean) * (v - mean);
            const double sd = std::sqrt(ss / double(K - 1));
            EXPECT_NEAR(s.value("train_loss", ix, iy), mean, 1e-10 * mean) << alpha << ", " << beta;
            EXPECT_NEAR(s.stdValue("train_loss", ix, iy), sd, 1e-9 * sd + 1e-12) << alpha << ", " << beta;
            if (ix != 2 || iy != 1)
                EXPECT_GT(sd, 1e-3) << "the batches should disagree away from θ*";
            ++checked;
        }
    EXPECT_EQ(checked, 15);
    // At θ* (the grid's centre) every example's loss is c²: the batches agree, the std is 0.
    EXPECT_NEAR(s.value("train_loss", 2, 1), c * c, 1e-6);
    EXPECT_NEAR(s.stdValue("train_loss", 2, 1), 0.0, 1e-12);
}

TEST(LandscapeBatches, StdMapsSurviveTheSurfaceFileAndOldFilesHaveNone)
{
    TempDir dir;
    LandscapeSurface s = emptySurface({-1, 0, 1}, {0, 1});
    s.values["train_loss"] = {1, 2, 3, 4, 5, 6};
    s.values["train_acc"] = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6};
    writeSurfaceFile(dir.file("plain.h5"), s);
    auto plain = readSurfaceFile(dir.file("plain.h5"));
    EXPECT_TRUE(plain.stds.empty());
    EXPECT_EQ(plain.batches, 0);
    EXPECT_EQ(plain.metricNames(), (std::vector<std::string>{"train_acc", "train_loss"}));

    s.batches = 4;
    s.stds["train_loss"] = {0.5, 0.0, 0.25, NAN, 1.5, 2.0};
    s.stds["train_acc"] = {0.01, 0.02, 0.03, NAN, 0.05, 0.06};
    writeSurfaceFile(dir.file("batched.h5"), s);
    auto b = readSurfaceFile(dir.file("batched.h5"));
    EXPECT_EQ(b.batches, 4);
    // The std datasets are not metrics of their own: a reader that lists metrics sees the same two.
    EXPECT_EQ(b.metricNames(), (std::vector<std::string>{"train_acc", "train_loss"}));
    ASSERT_TRUE(b.hasStd("train_loss"));
    EXPECT_EQ(b.stdValue("train_loss", 2, 0), 0.25);
    EXPECT_TRUE(std::isnan(b.stdValue("train_loss", 0, 1)));
    EXPECT_NEAR(b.stdValue("train_acc", 2, 1), 0.06, 1e-15);
    EXPECT_EQ(b.value("train_loss", 1, 1), 5.0);
}
