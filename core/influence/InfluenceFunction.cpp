#include "core/influence/InfluenceFunction.h"

#include "core/Error.h"
#include "core/Feedback.h"
#include "core/analysis/HessianVectorProduct.h"
#include "core/analysis/HutchinsonTrace.h"
#include "core/analysis/Objective.h"
#include "core/analysis/RunCheckpoints.h"
#include "core/analysis/RunModel.h"
#include "core/influence/EkfacCurvature.h"
#include "core/influence/ExampleGradients.h"
#include "core/runfile/RunReader.h"

#include <ATen/CPUGeneratorImpl.h>
#include <torch/torch.h>

#include <cmath>
#include <functional>
#include <memory>

namespace ts {

namespace {
using Solve = std::function<std::vector<torch::Tensor>(const std::vector<torch::Tensor>&)>;

// Labels drawn from the model's own predictive distribution (the "true" Fisher's), on the CPU.
torch::Tensor sampledLabels(Model& model, const Split& split, LossKind kind, uint64_t seed)
{
    torch::NoGradGuard guard;
    auto gen = at::make_generator<at::CPUGeneratorImpl>(seed);
    auto out = model.forward(split.inputs).to(torch::kCPU, torch::kFloat32);
    torch::Tensor y;
    switch (kind) {
    case LossKind::CrossEntropy: y = torch::multinomial(torch::softmax(out, 1), 1, true, gen).squeeze(1); break;
    case LossKind::Logistic:
        y = torch::where(torch::rand(out.sizes(), gen) < torch::sigmoid(out), torch::ones_like(out),
                         -torch::ones_like(out));
        break;
    case LossKind::Mse: y = out + torch::randn(out.sizes(), gen); break;
    }
    return y.to(split.targets.device(), split.targets.scalar_type());
}

struct CgState {
    int64_t maxIterations = 0;
    double worstResidual = 0.0;
};

// Conjugate gradients on (H + λI) x = b (flat float64); H·v from Hessian-vector products.
torch::Tensor conjugateGradient(HessianVectorProduct& hvp, const torch::Tensor& b, double lambda, int64_t iterations,
                                double tolerance, CgState& state, Feedback* feedback)
{
    auto x = torch::zeros_like(b);
    auto r = b.clone();
    auto p = r.clone();
    double rs = r.dot(r).item<double>();
    const double bNorm = std::sqrt(rs);
    int64_t it = 0;
    while (it < iterations && std::sqrt(rs) > tolerance * bNorm) {
        if (feedback)
            feedback->throwIfCancelled();
        auto ap = hvp.apply(p) + lambda * p;
        const double curvature = p.dot(ap).item<double>();
        if (!(curvature > 0.0))
            throw ConfigError(
                "CG met non-positive curvature (pᵀ(H + λI)p = " + std::to_string(curvature) +
                "): the damped Hessian is not positive definite here; raise --damping or use --method ekfac");
        const double alpha = rs / curvature;
        x += alpha * p;
        r -= alpha * ap;
        const double next = r.dot(r).item<double>();
        p = r + (next / rs) * p;
        rs = next;
        ++it;
    }
    state.maxIterations = std::max(state.maxIterations, it);
    state.worstResidual = std::max(state.worstResidual, bNorm > 0 ? std::sqrt(rs) / bNorm : 0.0);
    return x;
}
} // namespace

InfluenceScores influenceFunction(const RunReader& run, LoadedRun& loaded, const InfluenceOptions& o,
                                  Feedback* feedback)
{
    if (!(o.damping >= 0.0))
        throw ConfigError("the damping must be >= 0");
    if (o.method == InfluenceMethod::Cg && o.cgIterations < 1)
        throw ConfigError("CG needs at least one iteration");
    auto& model = *loaded.model;
    const auto kind = loaded.data.loss;
    const auto& train = loaded.data.split(o.trainSplit);
    const bool self = o.testIndex < 0;
    const Split* test = self ? nullptr : &loaded.data.split(o.testSplit);
    const int64_t index = checkpointIndex(run, o.checkpoint);
    if (o.method == InfluenceMethod::Exact && model.parameterCount() > kMaxExactParameters)
        throw ConfigError("the exact Hessian needs a model of at most " + std::to_string(kMaxExactParameters) +
                          " parameters; this one has " + std::to_string(model.parameterCount()) +
                          " (use --method cg or ekfac)");
    applyCheckpoint(run, index, model);

    InfluenceScores r;
    r.method = o.method;
    r.trainSplit = o.trainSplit;
    r.testSplit = self ? "" : o.testSplit;
    r.testIndex = self ? -1 : o.testIndex;
    r.checkpointStep = run.checkpointSteps()[std::size_t(index)];
    const double fitShare = 0.5; // progress: curvature, then the scores
    auto lambdaFor = [&](double meanEigenvalue) { return o.absoluteDamping ? o.damping : o.damping * meanEigenvalue; };

    Solve solve;
    std::shared_ptr<EkfacCurvature> ekfac;
    ModelObjective objective(model, train, kind);
    const auto all = resolveSubset(objective, {});
    std::unique_ptr<HessianVectorProduct> hvp;
    torch::Tensor dense; // exact: (H + λI)⁻¹ as a factorisation-free inverse
    CgState cg;
    switch (o.method) {
    case InfluenceMethod::TracIn: throw ConfigError("TracIn is not an influence function");
    case InfluenceMethod::Ekfac: {
        const auto targets = o.sampledFisher ? sampledLabels(model, train, kind, o.projectionSeed) : train.targets;
        ekfac = std::make_shared<EkfacCurvature>(model, train, kind, targets, feedback, 0.0, fitShare);
        r.lambda = lambdaFor(ekfac->meanEigenvalue());
        solve = [&, lambda = r.lambda](const std::vector<torch::Tensor>& v) {
            return ekfac->inverseProduct(v, lambda);
        };
        r.note = std::string("EK-FAC of the ") + (o.sampledFisher ? "Fisher with labels sampled from the model (seed " +
                                                                        std::to_string(o.projectionSeed) + ")"
                                                                  : "empirical Fisher (training labels)");
        break;
    }
    case InfluenceMethod::Exact: {
        hvp = std::make_unique<HessianVectorProduct>(objective);
        const int64_t dim = hvp->dim();
        auto h = torch::zeros({dim, dim}, torch::kFloat64);
        for (int64_t i = 0; i < dim; ++i) {
            if (feedback && i % 16 == 0) {
                feedback->throwIfCancelled();
                feedback->setProgress(fitShare * double(i) / double(dim));
            }
            auto e = torch::zeros({dim}, torch::kFloat64);
            e[i] = 1.0;
            h.select(1, i).copy_(hvp->apply(e).to(torch::kCPU));
        }
        h = (h + h.t()) * 0.5;
        r.lambda = lambdaFor(h.trace().item<double>() / double(std::max<int64_t>(dim, 1)));
        dense = torch::linalg::inv(h + r.lambda * torch::eye(dim, torch::kFloat64));
        solve = [&](const std::vector<torch::Tensor>& v) {
            auto flat = flattenTensors(objective, all, v).to(torch::kCPU);
            return unflattenLike(objective, all, torch::mv(dense, flat));
        };
        r.note = "dense Hessian of the mean training loss (" + std::to_string(dim) + " parameters)";
        break;
    }
    case InfluenceMethod::Cg: {
        double mean = 0.0;
        if (!o.absoluteDamping) {
            TraceOptions to;
            to.minProbes = to.maxProbes = 20;
            to.relativeError = 0.0;
            to.seed = o.projectionSeed;
            mean = hutchinsonTrace(objective, to, nullptr).mean / double(std::max<int64_t>(model.parameterCount(), 1));
        }
        r.lambda = lambdaFor(mean);
        hvp = std::make_unique<HessianVectorProduct>(objective);
        solve = [&](const std::vector<torch::Tensor>& v) {
            auto flat = flattenTensors(objective, all, v);
            return unflattenLike(objective, all,
                                 conjugateGradient(*hvp, flat, r.lambda, o.cgIterations, o.cgTolerance, cg, feedback));
        };
        break;
    }
    }
    if (feedback)
        feedback->setProgress(fitShare);

    const int64_t n = train.inputs.size(0);
    if (self) {
        r.scores.assign(std::size_t(n), 0.0);
        forEachExampleGradient(
            model, train, kind,
            [&](int64_t i, const std::vector<torch::Tensor>& g) { r.scores[std::size_t(i)] = dotAll(g, solve(g)); },
            feedback, fitShare, 1.0);
    } else {
        const auto x = solve(exampleGradient(model, *test, o.testIndex, kind));
        auto dots = gradientDots(model, train, kind, x, o.chunk, feedback, fitShare, 1.0);
        r.scores.assign(dots.data_ptr<double>(), dots.data_ptr<double>() + n);
    }
    if (o.method == InfluenceMethod::Cg) {
        char text[160];
        std::snprintf(text, sizeof text,
                      "CG on Hessian-vector products: at most %lld iterations, relative residual %.2g",
                      (long long)cg.maxIterations, cg.worstResidual);
        r.note = text;
    }
    char text[120];
    if (o.absoluteDamping)
        std::snprintf(text, sizeof text, "; lambda %.4g (absolute)", r.lambda);
    else
        std::snprintf(text, sizeof text, "; lambda %.4g (damping %g x mean eigenvalue)", r.lambda, o.damping);
    r.note += text;
    return r;
}

} // namespace ts
