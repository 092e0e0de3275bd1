#include "core/landscape/ProgressiveSurface.h"

#include "core/Error.h"
#include "core/landscape/SurfaceGrid.h"

#include <cmath>
#include <limits>

namespace ts {

std::string lossMetric(const std::string& split) { return split + "_loss"; }
std::string accuracyMetric(const std::string& split) { return split + "_acc"; }

void computeSurface(LandscapeSurface& surface, PlaneEvaluator& evaluator, Feedback* feedback,
                    const LevelObserver& observer)
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
    auto missing = [&](int64_t i) { return std::isnan(loss[std::size_t(i)]) || std::isnan(acc[std::size_t(i)]); };
    const auto levels = refinementLevels(nx, ny);
    int64_t todo = 0, done = 0;
    for (int64_t i = 0; i < total; ++i)
        todo += missing(i);
    const int64_t chunk = std::max<int64_t>(evaluator.batchSize(), 1);
    for (std::size_t l = 0; l < levels.size(); ++l) {
        std::vector<int64_t> pending;
        for (auto i : levels[l])
            if (missing(i))
                pending.push_back(i);
        for (std::size_t start = 0; start < pending.size(); start += std::size_t(chunk)) {
            if (feedback) {
                feedback->throwIfCancelled();
                feedback->setProgress(todo ? double(done) / double(todo) : 1.0);
            }
            const std::size_t end = std::min(pending.size(), start + std::size_t(chunk));
            std::vector<double> a, b;
            for (std::size_t k = start; k < end; ++k) {
                a.push_back(surface.xs[std::size_t(pending[k] % nx)]);
                if (surface.is2d())
                    b.push_back(surface.ys[std::size_t(pending[k] / nx)]);
            }
            const auto values = evaluator.evaluate(a, b);
            for (std::size_t k = start; k < end; ++k) {
                loss[std::size_t(pending[k])] = values[k - start].loss;
                acc[std::size_t(pending[k])] = values[k - start].accuracy;
            }
            done += int64_t(end - start);
        }
        if (feedback)
            feedback->setMessage("level " + std::to_string(l + 1) + " of " + std::to_string(levels.size()));
        if (observer)
            observer(surface, int(l), int(levels.size()));
    }
    if (feedback)
        feedback->setProgress(1.0);
}

} // namespace ts
