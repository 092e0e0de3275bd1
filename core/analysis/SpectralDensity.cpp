#include "core/analysis/SpectralDensity.h"

#include "core/Error.h"
#include "core/Feedback.h"
#include "core/analysis/HessianEigen.h"

#include <ATen/CPUGeneratorImpl.h>
#include <torch/torch.h>

#include <cmath>

namespace ts {

DensityResult spectralDensity(Objective& objective, const DensityOptions& o, Feedback* feedback)
{
    if (o.probes < 1)
        throw ConfigError("the spectral density needs at least one probe");
    if (o.steps < 1)
        throw ConfigError("the number of Lanczos steps must be at least 1");
    if (o.gridPoints < 2)
        throw ConfigError("the density grid needs at least 2 points");
    if (!(o.sigma >= 0.0) || !(o.sigmaRelative > 0.0))
        throw ConfigError("the broadening must be >= 0 (sigma) and > 0 (sigmaRelative)");
    HessianVectorProduct hvp(objective, o.subset);
    auto gen = at::make_generator<at::CPUGeneratorImpl>(o.seed);
    DensityResult r;
    r.dim = hvp.dim();
    r.stepsPerProbe = int(std::min<int64_t>(o.steps, r.dim));
    double lo = INFINITY, hi = -INFINITY;
    for (int p = 0; p < o.probes; ++p) {
        if (feedback)
            feedback->throwIfCancelled();
        ScaledFeedback sub(feedback, double(p) / o.probes, double(p + 1) / o.probes);
        auto start = torch::randn({r.dim}, gen, torch::kFloat64);
        auto lz = lanczos(hvp, start, o.steps, feedback ? &sub : nullptr);
        for (double t : lz.ritzValues) {
            lo = std::min(lo, t);
            hi = std::max(hi, t);
        }
        r.ritzValues.push_back(lz.ritzValues);
        r.weights.push_back(lz.weights);
    }
    const double range = hi - lo > 0.0 ? hi - lo : std::max(1.0, std::abs(hi));
    r.sigma = o.sigma > 0.0 ? o.sigma : o.sigmaRelative * range;
    const double a = lo - 5.0 * r.sigma, b = hi + 5.0 * r.sigma;
    const int g = o.gridPoints;
    r.grid.resize(g);
    r.density.assign(g, 0.0);
    for (int i = 0; i < g; ++i)
        r.grid[i] = a + (b - a) * double(i) / double(g - 1);
    const double norm = 1.0 / (std::sqrt(2.0 * M_PI) * r.sigma * o.probes);
    for (std::size_t p = 0; p < r.ritzValues.size(); ++p)
        for (std::size_t k = 0; k < r.ritzValues[p].size(); ++k) {
            const double t = r.ritzValues[p][k], w = r.weights[p][k];
            for (int i = 0; i < g; ++i) {
                const double z = (r.grid[i] - t) / r.sigma;
                if (std::abs(z) < 40.0)
                    r.density[i] += w * norm * std::exp(-0.5 * z * z);
            }
        }
    // Renormalise to integrate to 1 on the grid (the grid cuts the tails at 5σ and the
    // trapezoid rule is inexact when σ is close to the grid spacing).
    double integral = 0.0;
    for (int i = 0; i + 1 < g; ++i)
        integral += 0.5 * (r.density[i] + r.density[i + 1]) * (r.grid[i + 1] - r.grid[i]);
    if (integral > 0.0)
        for (double& d : r.density)
            d /= integral;
    if (feedback)
        feedback->setProgress(1.0);
    return r;
}

} // namespace ts
