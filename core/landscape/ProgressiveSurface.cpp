#include "core/landscape/ProgressiveSurface.h"

#include "core/Error.h"
#include "core/landscape/SurfaceGrid.h"
#include "core/parallel/TaskBuffer.h"
#include "core/parallel/TaskDistributor.h"

#include <chrono>
#include <cmath>
#include <limits>

namespace ts {

std::string lossMetric(const std::string& split) { return split + "_loss"; }
std::string accuracyMetric(const std::string& split) { return split + "_acc"; }

namespace {

struct Block {
    std::size_t level;
    std::vector<int64_t> points; // flat grid indices
};

} // namespace

void computeSurface(LandscapeSurface& surface, PlaneEvaluator& evaluator, Feedback* feedback,
                    const SurfaceObservers& observers, TaskDistributor& distributor)
{
    if (surface.xs.empty())
        throw ConfigError("the surface has no grid points");
    if (surface.split.empty())
        throw ConfigError("the surface names no data split");
    const int64_t nx = surface.nx(), ny = surface.ny(), total = nx * ny;
    const auto nan = std::numeric_limits<double>::quiet_NaN();
    auto& loss = surface.values[lossMetric(surface.split)];
    auto& acc = surface.values[accuracyMetric(surface.split)];
    for (auto* v : {&loss, &acc}) {
        if (v->empty())
            v->assign(std::size_t(total), nan);
        else if (int64_t(v->size()) != total)
            throw ConfigError("the surface's values have " + std::to_string(v->size()) + " points, its grid " +
                              std::to_string(total));
    }
    // Over K batches the std maps fill with the values (and must be there to resume).
    const int64_t K = evaluator.batches();
    if (K >= 2) {
        if (surface.batches != 0 && surface.batches != K)
            throw ConfigError("the surface holds a spread over " + std::to_string(surface.batches) +
                              " batches, the evaluator has " + std::to_string(K));
        surface.batches = K;
    } else if (surface.batches >= 2) {
        throw ConfigError("the surface holds a spread over " + std::to_string(surface.batches) +
                          " batches, the evaluator has none");
    }
    std::vector<double>* lossStd = nullptr;
    std::vector<double>* accStd = nullptr;
    if (K >= 2) {
        lossStd = &surface.stds[lossMetric(surface.split)];
        accStd = &surface.stds[accuracyMetric(surface.split)];
        for (auto* v : {lossStd, accStd})
            if (int64_t(v->size()) != total)
                v->assign(std::size_t(total), nan);
    }
    auto missing = [&](int64_t i) {
        return std::isnan(loss[std::size_t(i)]) || std::isnan(acc[std::size_t(i)]) ||
               (accStd && std::isnan((*accStd)[std::size_t(i)]));
    };
    const auto levels = refinementLevels(nx, ny);
    const int64_t chunk = std::max<int64_t>(evaluator.batchSize(), 1);
    std::vector<Block> blocks;
    std::vector<int64_t> levelLeft(levels.size(), 0);
    int64_t todo = 0;
    for (std::size_t l = 0; l < levels.size(); ++l)
        for (auto i : levels[l])
            if (missing(i)) {
                if (blocks.empty() || blocks.back().level != l || int64_t(blocks.back().points.size()) == chunk)
                    blocks.push_back({l, {}});
                blocks.back().points.push_back(i);
                ++levelLeft[l];
                ++todo;
            }

    int64_t done = 0;
    std::size_t nextLevel = 0; // the first level not yet reported complete
    using Clock = std::chrono::steady_clock;
    auto lastSave = Clock::now();
    auto reportLevels = [&] {
        while (nextLevel < levels.size() && levelLeft[nextLevel] == 0) {
            if (feedback)
                feedback->setMessage("level " + std::to_string(nextLevel + 1) + " of " + std::to_string(levels.size()));
            if (observers.level)
                observers.level(surface, int(nextLevel), int(levels.size()));
            ++nextLevel;
            lastSave = Clock::now();
        }
    };
    if (distributor.isRoot())
        reportLevels(); // levels a resumed surface already holds

    DistributedTasks tasks;
    tasks.count = int64_t(blocks.size());
    tasks.describe = [&](int64_t b) {
        TaskWriter w;
        std::vector<double> a, y;
        for (auto i : blocks[std::size_t(b)].points) {
            a.push_back(surface.xs[std::size_t(i % nx)]);
            if (surface.is2d())
                y.push_back(surface.ys[std::size_t(i / nx)]);
        }
        w.numbers(a).numbers(y);
        return w.bytes();
    };
    tasks.compute = [&](int64_t, const std::string& input) {
        TaskReader r(input);
        const auto a = r.numbers();
        const auto y = r.numbers();
        const auto values = evaluator.evaluate(a, y);
        TaskWriter w;
        for (const auto& v : values) {
            w.number(v.loss).number(v.accuracy);
            if (K >= 2)
                w.number(v.lossStd).number(v.accuracyStd);
        }
        return w.bytes();
    };
    tasks.deliver = [&](int64_t b, const std::string& output) {
        const Block& block = blocks[std::size_t(b)];
        TaskReader r(output);
        for (auto i : block.points) {
            loss[std::size_t(i)] = r.number();
            acc[std::size_t(i)] = r.number();
            if (K >= 2) {
                (*lossStd)[std::size_t(i)] = r.number();
                (*accStd)[std::size_t(i)] = r.number();
            }
        }
        done += int64_t(block.points.size());
        levelLeft[block.level] -= int64_t(block.points.size());
        if (feedback)
            feedback->setProgress(todo ? double(done) / double(todo) : 1.0);
        reportLevels();
        if (observers.partial && std::chrono::duration<double>(Clock::now() - lastSave).count() >= observers.partialSeconds) {
            observers.partial(surface);
            lastSave = Clock::now();
        }
    };
    distributor.run(tasks, feedback);
    if (feedback && distributor.isRoot())
        feedback->setProgress(1.0);
}

void computeSurface(LandscapeSurface& surface, PlaneEvaluator& evaluator, Feedback* feedback,
                    const LevelObserver& observer)
{
    SurfaceObservers observers;
    observers.level = observer;
    computeSurface(surface, evaluator, feedback, observers, localTasks());
}

} // namespace ts
