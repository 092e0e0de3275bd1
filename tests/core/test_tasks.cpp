#include "core/Error.h"
#include "core/tasks/ModularArithmetic.h"
#include "core/tasks/PlanarSets.h"
#include "core/tasks/SparseParity.h"
#include "core/tasks/TaskFactory.h"
#include "core/tasks/XorClusters.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <set>

using namespace ts;

TEST(ModularArithmetic, GrokkingDemoSplitSizes)
{
    ModularArithmeticOptions o;
    o.symmetricPairs = true;
    auto t = makeModularArithmetic(o);
    EXPECT_EQ(t.split("train").inputs.size(0), 911);
    EXPECT_EQ(t.split("test").inputs.size(0), 1367);
    EXPECT_EQ(t.vocabSize, 67);
    EXPECT_EQ(t.outputDim, 67);
    // Every unordered pair exactly once across the two splits.
    std::set<std::pair<int64_t, int64_t>> seen;
    for (const auto& s : t.splits) {
        auto a = s.inputs.accessor<int64_t, 2>();
        for (int64_t i = 0; i < s.inputs.size(0); ++i) {
            EXPECT_LE(a[i][0], a[i][1]);
            EXPECT_TRUE(seen.insert({a[i][0], a[i][1]}).second);
        }
    }
    EXPECT_EQ(seen.size(), 2278u);
}

TEST(ModularArithmetic, TargetsFollowTheOperation)
{
    for (char op : {'+', '-', '*', '/'}) {
        ModularArithmeticOptions o;
        o.p = 13;
        o.op = op;
        auto t = makeModularArithmetic(o);
        for (const auto& s : t.splits) {
            auto a = s.inputs.accessor<int64_t, 2>();
            auto y = s.targets.accessor<int64_t, 1>();
            for (int64_t i = 0; i < s.inputs.size(0); ++i) {
                const int64_t x = a[i][0], z = a[i][1];
                if (op == '+')
                    EXPECT_EQ(y[i], (x + z) % 13);
                if (op == '-')
                    EXPECT_EQ(y[i], ((x - z) % 13 + 13) % 13);
                if (op == '*')
                    EXPECT_EQ(y[i], (x * z) % 13);
                if (op == '/')
                    EXPECT_EQ((y[i] * z) % 13, x); // y = x / z  <=>  y·z = x
            }
        }
    }
}

TEST(ModularArithmetic, SeedDeterminesTheSplit)
{
    ModularArithmeticOptions o;
    o.p = 23;
    auto a = makeModularArithmetic(o), b = makeModularArithmetic(o);
    EXPECT_TRUE(torch::equal(a.split("train").inputs, b.split("train").inputs));
    o.seed = 1;
    auto c = makeModularArithmetic(o);
    EXPECT_FALSE(torch::equal(a.split("train").inputs, c.split("train").inputs));
}

TEST(ModularArithmetic, RejectsNonsense)
{
    ModularArithmeticOptions o;
    o.p = 1;
    EXPECT_THROW(makeModularArithmetic(o), ConfigError);
    o.p = 12;
    o.op = '/';
    EXPECT_THROW(makeModularArithmetic(o), ConfigError); // not prime
    o.op = '+';
    o.trainFraction = 1.0;
    EXPECT_THROW(makeModularArithmetic(o), ConfigError);
    o.trainFraction = 0.3;
    o.op = '^';
    EXPECT_THROW(makeModularArithmetic(o), ConfigError);
}

TEST(XorClusters, ClusterGeometryAndLabelNoise)
{
    XorClustersOptions o;
    o.dim = 400;
    o.nTrain = 4000;
    o.nTest = 4000;
    o.eta = 0.1;
    auto t = makeXorClusters(o);
    const auto& tr = t.split("train");
    const auto& te = t.split("test");
    EXPECT_EQ(tr.inputs.sizes(), (std::vector<int64_t>{4000, 400}));
    EXPECT_EQ(t.loss, LossKind::Logistic);
    // XOR structure: each class's mean is ~0 (±μ symmetric) but its second moment along the
    // class direction is large. Estimate μ1 as the top principal direction of class +1.
    auto pos = te.inputs.index({te.targets > 0});
    EXPECT_LT(pos.mean(0).norm().item<double>(), 1.5);
    auto cov = torch::mm(pos.t(), pos) / pos.size(0);
    auto eig = torch::linalg::eigvalsh(cov, "L");
    const double muNorm2 = 2.5 * 2.5 * 400.0 / 4000.0;
    EXPECT_NEAR(eig[-1].item<double>(), 1.0 + muNorm2, 0.35 * (1.0 + muNorm2));
    // Clean test labels are balanced.
    EXPECT_NEAR((te.targets > 0).to(torch::kFloat64).mean().item<double>(), 0.5, 0.05);
}

TEST(XorClusters, FlipRateMatchesEta)
{
    XorClustersOptions clean, noisy;
    clean.dim = noisy.dim = 50;
    clean.nTrain = noisy.nTrain = 20000;
    clean.nTest = noisy.nTest = 10;
    clean.eta = 0.0;
    noisy.eta = 0.2;
    auto a = makeXorClusters(clean), b = makeXorClusters(noisy);
    // Same seed, same draws: inputs equal; labels differ exactly where flipped.
    ASSERT_TRUE(torch::equal(a.split("train").inputs, b.split("train").inputs));
    const double flipped = (a.split("train").targets != b.split("train").targets).to(torch::kFloat64).mean().item<double>();
    EXPECT_NEAR(flipped, 0.2, 0.01);
}

TEST(SparseParity, LabelIsParityOfHiddenBits)
{
    SparseParityOptions o;
    o.bits = 10;
    o.k = 3;
    auto t = makeSparseParity(o);
    const auto& x = t.split("train").inputs;
    const auto& y = t.split("train").targets;
    // Exactly one 3-subset of coordinates explains every label.
    int explaining = 0;
    for (int a = 0; a < 10; ++a)
        for (int b = a + 1; b < 10; ++b)
            for (int c = b + 1; c < 10; ++c) {
                auto prod = x.select(1, a) * x.select(1, b) * x.select(1, c);
                if (torch::equal((prod < 0).to(torch::kInt64), y))
                    ++explaining;
            }
    EXPECT_EQ(explaining, 1);
}

TEST(PlanarSets, ShapesAndClasses)
{
    PlanarOptions o;
    o.classes = 3;
    for (auto t : {makeSpirals(o), makeBlobs(o)}) {
        EXPECT_EQ(t.split("train").inputs.sizes(), (std::vector<int64_t>{400, 2}));
        EXPECT_EQ(t.split("test").targets.max().item<int64_t>(), 2);
        EXPECT_EQ(t.outputDim, 3);
    }
}

TEST(TaskFactory, BuildsByNameAndRejectsUnknown)
{
    Settings s({{"task", "modular"}, {"p", "11"}});
    EXPECT_EQ(makeTask(s).vocabSize, 11);
    EXPECT_THROW(makeTask(Settings({{"task", "mnist"}})), ConfigError);
    EXPECT_THROW(makeTask(Settings({{"task", "modular"}, {"p", "x"}})), ConfigError);
}
