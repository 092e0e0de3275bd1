#include "core/analysis/BarrierBootstrap.h"

#include "core/Error.h"
#include "core/analysis/Interpolation.h"

#include <algorithm>
#include <numeric>

namespace ts {

Interval barrierBootstrapInterval(const std::vector<double>& alphas, const std::vector<std::vector<double>>& exampleLosses,
                                  int resamples, uint64_t seed)
{
    if (exampleLosses.size() != alphas.size())
        throw ConfigError("per-example losses for " + std::to_string(exampleLosses.size()) + " points, not " +
                          std::to_string(alphas.size()));
    if (std::find(alphas.begin(), alphas.end(), 0.0) == alphas.end() ||
        std::find(alphas.begin(), alphas.end(), 1.0) == alphas.end())
        throw ConfigError("the α grid must contain 0 and 1 to measure the loss barrier");
    // Only α in [0, 1] matter; keep each example's losses there contiguous, so a resample adds
    // whole rows.
    std::vector<double> inside;
    std::vector<std::size_t> columns;
    for (std::size_t k = 0; k < alphas.size(); ++k)
        if (alphas[k] >= 0.0 && alphas[k] <= 1.0) {
            inside.push_back(alphas[k]);
            columns.push_back(k);
        }
    const std::size_t n = exampleLosses[columns.front()].size(), width = columns.size();
    if (n == 0)
        throw ConfigError("no examples to resample for the barrier's interval");
    std::vector<double> rows(n * width);
    for (std::size_t c = 0; c < width; ++c) {
        const auto& losses = exampleLosses[columns[c]];
        if (losses.size() != n)
            throw ConfigError("per-example losses of different lengths along the path");
        for (std::size_t i = 0; i < n; ++i)
            rows[i * width + c] = losses[i];
    }
    std::vector<double> examples(n);
    std::iota(examples.begin(), examples.end(), 0.0);
    std::vector<double> curve(width);
    auto barrierOf = [&](const std::vector<double>& sample) {
        std::fill(curve.begin(), curve.end(), 0.0);
        for (double e : sample) {
            const double* row = rows.data() + std::size_t(e) * width;
            for (std::size_t c = 0; c < width; ++c)
                curve[c] += row[c];
        }
        for (double& v : curve)
            v /= double(sample.size());
        double barrier = 0, at = 0;
        lossBarrier(inside, curve, barrier, at);
        return barrier;
    };
    return bootstrapInterval(examples, barrierOf, resamples, seed);
}

} // namespace ts
