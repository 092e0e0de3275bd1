// Work shared among processes (core/parallel): task messages are exact, and the analyses that
// share their work give the root the same results whatever order the tasks finish in — checked
// in one process with a distributor that runs and delivers tasks out of order, as MPI ranks do.
// The real multi-process runs are tests/mpi/mpi_test.sh.
#include "core/Error.h"
#include "core/analysis/Interpolation.h"
#include "core/landscape/ProgressiveSurface.h"
#include "core/landscape/RandomDirections.h"
#include "core/landscape/SurfaceGrid.h"
#include "core/parallel/TaskBuffer.h"
#include "core/parallel/TaskDistributor.h"
#include "tests/core/LandscapeTestModels.h"

#include <gtest/gtest.h>

#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <random>

using namespace ts;
using namespace ts::test;

namespace {

// Describes every task first, computes them in a shuffled order and delivers them in another,
// each result through its bytes: what the MPI root sees when ranks finish in any order.
class ShuffledTasks : public TaskDistributor {
public:
    explicit ShuffledTasks(unsigned seed) : rng_(seed) {}
    int rank() const override { return 0; }
    int size() const override { return 3; }
    void run(const DistributedTasks& tasks, Feedback* feedback) override
    {
        std::vector<int64_t> order(std::size_t(tasks.count));
        for (int64_t i = 0; i < tasks.count; ++i)
            order[std::size_t(i)] = i;
        std::vector<std::string> inputs;
        for (int64_t i = 0; i < tasks.count; ++i)
            inputs.push_back(tasks.describe(i));
        std::shuffle(order.begin(), order.end(), rng_);
        std::vector<std::pair<int64_t, std::string>> results;
        for (auto i : order)
            results.push_back({i, tasks.compute(i, inputs[std::size_t(i)])});
        std::shuffle(results.begin(), results.end(), rng_);
        for (const auto& [i, bytes] : results) {
            if (feedback)
                feedback->throwIfCancelled();
            tasks.deliver(i, bytes);
        }
    }

private:
    std::mt19937 rng_;
};

} // namespace

TEST(TaskBuffer, NumbersTravelBitForBit)
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const std::vector<double> odd = {-0.0, 4.9e-324, 1e308, -1.0 / 3.0, nan, std::numeric_limits<double>::infinity()};
    const std::string bytes = TaskWriter().number(0.1).integer(-7).text("λ_max\n").numbers(odd).numbers({}).bytes();
    TaskReader r(bytes);
    EXPECT_EQ(r.number(), 0.1);
    EXPECT_EQ(r.integer(), -7);
    EXPECT_EQ(r.text(), "λ_max\n");
    const auto back = r.numbers();
    ASSERT_EQ(back.size(), odd.size());
    for (std::size_t i = 0; i < odd.size(); ++i)
        EXPECT_EQ(std::memcmp(&back[i], &odd[i], sizeof(double)), 0) << i;
    EXPECT_TRUE(r.numbers().empty());
    EXPECT_THROW(r.number(), Error); // nothing left
}

TEST(TaskBuffer, TruncatedOrCorruptMessagesAreErrors)
{
    const std::string bytes = TaskWriter().numbers({1, 2, 3}).bytes();
    const std::string cut = bytes.substr(0, bytes.size() - 3);
    TaskReader r(cut);
    EXPECT_THROW(r.numbers(), Error);
    const std::string huge = TaskWriter().integer(int64_t(1) << 60).bytes();
    TaskReader h(huge);
    EXPECT_THROW(h.numbers(), Error);
    TaskReader t(huge);
    EXPECT_THROW(t.text(), Error);
}

TEST(TaskDistributor, LocalTasksRunInOrderAndStopOnCancel)
{
    std::vector<int64_t> delivered;
    Feedback feedback;
    DistributedTasks tasks;
    tasks.count = 5;
    tasks.describe = [](int64_t i) { return TaskWriter().integer(i * 10).bytes(); };
    tasks.compute = [](int64_t, const std::string& in) { return TaskWriter().integer(TaskReader(in).integer() + 1).bytes(); };
    tasks.deliver = [&](int64_t i, const std::string& out) {
        delivered.push_back(TaskReader(out).integer());
        if (i == 2)
            feedback.cancel();
    };
    EXPECT_THROW(localTasks().run(tasks, &feedback), Cancelled);
    EXPECT_EQ(delivered, (std::vector<int64_t>{1, 11, 21}));
}

TEST(TaskDistributor, SurfaceIsTheSameWhateverOrderBlocksFinishIn)
{
    BuiltIn b("mlp", Settings({{"p", "11"}, {"widths", "16"}}), 4);
    const auto theta = b.model->flatParameters();
    RandomDirectionOptions o;
    o.seed = 5;
    const auto plane = randomPlane(*b.model, theta, o, true);
    for (auto choice : {EvaluatorChoice::Naive, EvaluatorChoice::Fastest}) {
        auto eval = makePlaneEvaluator(*b.model, b.data.split("train"), b.data.loss, plane, choice);
        LandscapeSurface one, shuffled;
        for (auto* s : {&one, &shuffled}) {
            s->xs = gridCoordinates(-1, 1, 17);
            s->ys = gridCoordinates(-1, 1, 13, "y");
            s->split = "train";
        }
        computeSurface(one, *eval);
        // Levels are reported in order, each when all its points are in.
        const auto levels = refinementLevels(17, 13);
        std::vector<int> seen;
        SurfaceObservers observers;
        observers.level = [&](const LandscapeSurface& s, int level, int) {
            seen.push_back(level);
            for (auto i : levels[std::size_t(level)])
                EXPECT_TRUE(std::isfinite(s.values.at("train_loss")[std::size_t(i)])) << "level " << level;
        };
        ShuffledTasks tasks(7);
        Feedback feedback;
        computeSurface(shuffled, *eval, &feedback, observers, tasks);
        EXPECT_EQ(shuffled.values, one.values) << eval->method();
        ASSERT_EQ(seen.size(), levels.size());
        for (std::size_t l = 0; l < seen.size(); ++l)
            EXPECT_EQ(seen[l], int(l));
        EXPECT_DOUBLE_EQ(feedback.progress(), 1.0);
    }
}

TEST(TaskDistributor, InterpolationSweepsAreTheSameWhateverOrderPointsFinishIn)
{
    BuiltIn b("mlp", Settings({{"p", "11"}, {"widths", "16"}}), 4);
    const auto a = b.model->flatParameters();
    torch::manual_seed(3);
    const auto c = a + torch::randn_like(a) * 0.3;
    const auto alphas = alphaGrid(-0.25, 1.25, 13);
    ShuffledTasks tasks(11);
    const auto one = interpolateLinear(*b.model, b.data, a, c, alphas);
    const auto shuffled = interpolateLinear(*b.model, b.data, a, c, alphas, {}, nullptr, PointBuffers(), tasks);
    for (const auto& [split, curve] : one.splits) {
        EXPECT_EQ(shuffled.splits.at(split).loss, curve.loss) << split;
        EXPECT_EQ(shuffled.splits.at(split).accuracy, curve.accuracy) << split;
    }
    EXPECT_EQ(shuffled.barrier, one.barrier);
    const auto layersOne = interpolateLayerwise(*b.model, b.data, a, c, alphas, "train");
    const auto layersShuffled =
        interpolateLayerwise(*b.model, b.data, a, c, alphas, "train", false, nullptr, PointBuffers(), tasks);
    EXPECT_EQ(layersShuffled.loss, layersOne.loss);
    EXPECT_EQ(layersShuffled.stragglers, layersOne.stragglers);
    const auto linesOne = linesSweep(*b.model, b.data, a, c, alphaGrid(0, 1, 7));
    const auto linesShuffled = linesSweep(*b.model, b.data, a, c, alphaGrid(0, 1, 7), nullptr, PointBuffers(), tasks);
    EXPECT_EQ(linesShuffled.splits.at("train").loss, linesOne.splits.at("train").loss);
    EXPECT_EQ(linesShuffled.blocks, linesOne.blocks);
}
