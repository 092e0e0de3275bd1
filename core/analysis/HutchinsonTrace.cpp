#include "core/analysis/HutchinsonTrace.h"

#include "core/Error.h"
#include "core/Feedback.h"
#include "core/analysis/HessianVectorProduct.h"

#include <ATen/CPUGeneratorImpl.h>
#include <torch/torch.h>

#include <cmath>
#include <sstream>

namespace ts {

TraceResult hutchinsonTrace(Objective& objective, const TraceOptions& o, Feedback* feedback)
{
    if (o.maxProbes < 1)
        throw ConfigError("the Hutchinson trace needs at least one probe (maxProbes >= 1)");
    if (o.minProbes < 1 || o.minProbes > o.maxProbes)
        throw ConfigError("minProbes must be between 1 and maxProbes");
    if (!(o.relativeError >= 0.0))
        throw ConfigError("the relative error target must be >= 0");
    HessianVectorProduct hvp(objective, o.subset);
    const int64_t n = hvp.dim();
    auto gen = at::make_generator<at::CPUGeneratorImpl>(o.seed);
    TraceResult r;
    r.dim = n;
    // Welford's running mean and variance.
    double mean = 0.0, m2 = 0.0;
    for (int64_t s = 1; s <= o.maxProbes; ++s) {
        if (feedback) {
            feedback->throwIfCancelled();
            feedback->setProgress(double(s - 1) / double(o.maxProbes));
        }
        auto z = torch::randint(0, 2, {n}, gen, torch::kFloat64).mul_(2.0).sub_(1.0).to(hvp.device());
        const double x = torch::dot(z, hvp.apply(z)).item<double>();
        r.values.push_back(x);
        const double delta = x - mean;
        mean += delta / double(s);
        m2 += delta * (x - mean);
        const double se = s > 1 ? std::sqrt(m2 / double(s - 1) / double(s)) : 0.0;
        r.history.push_back(mean);
        r.historyStandardError.push_back(se);
        r.mean = mean;
        r.standardError = se;
        r.samples = s;
        if (!std::isfinite(x)) {
            r.reason = "stopped: a probe gave a non-finite value";
            return r;
        }
        if (s >= o.minProbes && s > 1 && se <= o.relativeError * std::abs(mean)) {
            r.converged = true;
            std::ostringstream msg;
            msg << "reached relative error " << (mean != 0.0 ? se / std::abs(mean) : 0.0) << " <= " << o.relativeError
                << " after " << s << " probes";
            r.reason = msg.str();
            break;
        }
    }
    if (!r.converged) {
        std::ostringstream msg;
        msg << "hit maxProbes (" << o.maxProbes << ") with relative error "
            << (mean != 0.0 ? r.standardError / std::abs(mean) : INFINITY) << " > " << o.relativeError;
        r.reason = msg.str();
    }
    if (feedback)
        feedback->setProgress(1.0);
    return r;
}

} // namespace ts
