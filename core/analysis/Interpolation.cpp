#include "core/analysis/Interpolation.h"

#include "core/Error.h"
#include "core/analysis/BarrierBootstrap.h"
#include "core/analysis/ModelStateGuard.h"
#include "core/influence/ExampleGradients.h"
#include "core/parallel/TaskBuffer.h"
#include "core/parallel/TaskDistributor.h"
#include "core/train/Loss.h"

#include <ATen/CPUGeneratorImpl.h>
#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <numeric>

namespace ts {

namespace {
void checkVectors(const Model& model, const torch::Tensor& a, const torch::Tensor& b)
{
    const int64_t n = model.parameterCount();
    if (a.dim() != 1 || b.dim() != 1 || a.numel() != n || b.numel() != n)
        throw ConfigError("parameter vectors of " + std::to_string(a.numel()) + " and " + std::to_string(b.numel()) +
                          " values do not match the model's " + std::to_string(n) + " parameters");
}

std::vector<std::string> resolveSplits(const TaskData& data, std::vector<std::string> splits)
{
    if (splits.empty())
        for (const auto& s : data.splits)
            splits.push_back(s.name);
    for (const auto& s : splits)
        data.split(s); // throws ConfigError for unknown names
    return splits;
}

void progress(Feedback* f, std::size_t done, std::size_t total)
{
    if (!f)
        return;
    f->throwIfCancelled();
    f->setProgress(total ? double(done) / double(total) : 1.0);
}

// Points 0..n-1 of a sweep, evaluated across the distributor's processes: point(i) sets the
// model and returns its numbers (loss and accuracy per split). On the root, the numbers of
// every point in order; on the other ranks NaNs of the same shape (they only help compute).
std::vector<std::vector<double>> sweep(std::size_t n, std::size_t width, const std::function<std::vector<double>(std::size_t)>& point,
                                       TaskDistributor& distributor, Feedback* feedback)
{
    std::vector<std::vector<double>> out(n, std::vector<double>(width, std::numeric_limits<double>::quiet_NaN()));
    std::size_t done = 0;
    DistributedTasks tasks;
    tasks.count = int64_t(n);
    tasks.describe = [](int64_t) { return std::string(); };
    tasks.compute = [&](int64_t i, const std::string&) { return TaskWriter().numbers(point(std::size_t(i))).bytes(); };
    tasks.deliver = [&](int64_t i, const std::string& bytes) {
        out[std::size_t(i)] = TaskReader(bytes).numbers();
        progress(feedback, ++done, n);
    };
    progress(feedback, 0, n);
    distributor.run(tasks, feedback);
    return out;
}

// Loss and accuracy of each split, as a sweep point's numbers.
std::vector<double> evaluateSplits(Model& model, const TaskData& data, const std::vector<std::string>& splits)
{
    std::vector<double> v;
    for (const auto& s : splits) {
        auto e = evaluate(model, data.split(s), data.loss);
        v.push_back(e.loss);
        v.push_back(e.accuracy);
    }
    return v;
}

void appendCurves(std::map<std::string, SplitCurve>& curves, const std::vector<std::string>& splits,
                  const std::vector<std::vector<double>>& points)
{
    for (const auto& p : points)
        for (std::size_t k = 0; k < splits.size(); ++k) {
            curves[splits[k]].loss.push_back(p[2 * k]);
            curves[splits[k]].accuracy.push_back(p[2 * k + 1]);
        }
}

// Parameter-vector offsets of each parameter tensor.
std::vector<std::pair<int64_t, int64_t>> paramRanges(const Model& model)
{
    std::vector<std::pair<int64_t, int64_t>> r;
    int64_t offset = 0;
    for (const auto& p : model.params()) {
        r.push_back({offset, offset + p.numel()});
        offset += p.numel();
    }
    return r;
}
} // namespace

std::vector<double> alphaGrid(double lo, double hi, int points)
{
    if (!std::isfinite(lo) || !std::isfinite(hi))
        throw ConfigError("the α range must be finite");
    if (!(lo < hi))
        throw ConfigError("the α range " + formatDouble(lo) + ":" + formatDouble(hi) + " is reversed or empty (need lo < hi)");
    if (points < 2 || points > 100000)
        throw ConfigError("the number of points must be between 2 and 100000");
    std::vector<double> a(points);
    for (int i = 0; i < points; ++i)
        a[i] = lo + (hi - lo) * double(i) / double(points - 1);
    // Snap values within rounding of 0 and 1 so the barrier's end points are exact.
    for (double& v : a) {
        if (std::fabs(v) < 1e-12)
            v = 0.0;
        if (std::fabs(v - 1.0) < 1e-12)
            v = 1.0;
    }
    return a;
}

void lossBarrier(const std::vector<double>& alphas, const std::vector<double>& loss, double& barrier, double& at)
{
    auto find = [&](double v) -> std::size_t {
        for (std::size_t i = 0; i < alphas.size(); ++i)
            if (alphas[i] == v)
                return i;
        throw ConfigError("the α grid must contain 0 and 1 to measure the loss barrier");
    };
    const double l0 = loss[find(0.0)], l1 = loss[find(1.0)];
    barrier = -std::numeric_limits<double>::infinity();
    at = 0.0;
    for (std::size_t i = 0; i < alphas.size(); ++i) {
        const double a = alphas[i];
        if (a < 0.0 || a > 1.0)
            continue;
        const double excess = loss[i] - ((1.0 - a) * l0 + a * l1);
        if (excess > barrier) {
            barrier = excess;
            at = a;
        }
    }
}

InterpolationResult interpolateLinear(Model& model, const TaskData& data, const torch::Tensor& endA,
                                      const torch::Tensor& endB, const std::vector<double>& alphas,
                                      std::vector<std::string> splits, Feedback* feedback, const PointBuffers& buffers,
                                      TaskDistributor& distributor)
{
    checkVectors(model, endA, endB);
    const auto thetaA = endA.to(model.device()), thetaB = endB.to(model.device());
    splits = resolveSplits(data, splits);
    ModelStateGuard guard(model);
    InterpolationResult r;
    r.alpha = alphas;
    const auto points = sweep(alphas.size(), 2 * splits.size(), [&](std::size_t i) {
        model.setFlatParameters(thetaA * (1.0 - alphas[i]) + thetaB * alphas[i]);
        buffers.apply(model, alphas[i]);
        return evaluateSplits(model, data, splits);
    }, distributor, feedback);
    appendCurves(r.splits, splits, points);
    progress(feedback, 1, 1);
    r.barrierSplit = std::find(splits.begin(), splits.end(), "train") != splits.end() ? "train" : splits.front();
    // The barrier needs L at α = 0 and α = 1 exactly; evaluate the ends when the grid misses them.
    std::vector<double> a = alphas, l = r.splits[r.barrierSplit].loss;
    for (double end : {0.0, 1.0}) {
        if (std::find(a.begin(), a.end(), end) != a.end())
            continue;
        model.setFlatParameters(end == 0.0 ? thetaA : thetaB);
        buffers.apply(model, end);
        a.push_back(end);
        l.push_back(evaluate(model, data.split(r.barrierSplit), data.loss).loss);
    }
    lossBarrier(a, l, r.barrier, r.barrierAlpha);
    return r;
}

void addBarrierInterval(InterpolationResult& r, Model& model, const TaskData& data, const torch::Tensor& endA,
                        const torch::Tensor& endB, const PointBuffers& buffers, int resamples, uint64_t seed,
                        Feedback* feedback)
{
    if (resamples < 1)
        throw ConfigError("the barrier's bootstrap needs at least one resample");
    checkVectors(model, endA, endB);
    const auto thetaA = endA.to(model.device()), thetaB = endB.to(model.device());
    const auto& split = data.split(r.barrierSplit);
    ModelStateGuard guard(model);
    torch::NoGradGuard noGrad;
    std::vector<double> alphas;
    for (double a : r.alpha)
        if (a >= 0.0 && a <= 1.0)
            alphas.push_back(a);
    for (double end : {0.0, 1.0})
        if (std::find(alphas.begin(), alphas.end(), end) == alphas.end())
            alphas.push_back(end);
    const int64_t n = split.inputs.size(0), chunk = 8192;
    std::vector<std::vector<double>> losses;
    for (std::size_t k = 0; k < alphas.size(); ++k) {
        progress(feedback, k, alphas.size() + 1);
        model.setFlatParameters(thetaA * (1.0 - alphas[k]) + thetaB * alphas[k]);
        buffers.apply(model, alphas[k]);
        std::vector<double> perExample;
        perExample.reserve(std::size_t(n));
        for (int64_t start = 0; start < n; start += chunk) {
            const int64_t end = std::min(n, start + chunk);
            const auto out = model.forward(split.inputs.slice(0, start, end));
            const auto l = perExampleLosses(data.loss, out, split.targets.slice(0, start, end))
                               .to(torch::kCPU, torch::kFloat64)
                               .contiguous();
            perExample.insert(perExample.end(), l.data_ptr<double>(), l.data_ptr<double>() + l.numel());
        }
        losses.push_back(std::move(perExample));
    }
    r.barrierInterval = barrierBootstrapInterval(alphas, losses, resamples, seed);
    r.barrierResamples = resamples;
    r.barrierExamples = n;
    progress(feedback, 1, 1);
}

LayerwiseResult interpolateLayerwise(Model& model, const TaskData& data, const torch::Tensor& endA,
                                     const torch::Tensor& endB, const std::vector<double>& alphas,
                                     const std::string& split, bool holdAtB, Feedback* feedback,
                                     const PointBuffers& buffers, TaskDistributor& distributor)
{
    checkVectors(model, endA, endB);
    const auto thetaA = endA.to(model.device()), thetaB = endB.to(model.device());
    const auto& evalSplit = data.split(split);
    ModelStateGuard guard(model);
    const auto groups = layerGroups(model);
    const auto ranges = paramRanges(model);
    LayerwiseResult r;
    r.alpha = alphas;
    r.split = split;
    r.heldAtB = holdAtB;
    const torch::Tensor& base = holdAtB ? thetaB : thetaA;
    model.setFlatParameters(base);
    buffers.apply(model, holdAtB ? 1.0 : 0.0);
    const double baseLoss = evaluate(model, evalSplit, data.loss).loss;
    // One sweep over every (layer group, α) pair.
    const std::size_t na = alphas.size();
    const auto points = sweep(groups.size() * na, 2, [&](std::size_t k) {
        const auto& g = groups[k / na];
        const double a = alphas[k % na];
        auto theta = base.clone();
        for (auto pi : g.params) {
            const auto [lo, hi] = ranges[pi];
            theta.slice(0, lo, hi).copy_(thetaA.slice(0, lo, hi) * (1.0 - a) + thetaB.slice(0, lo, hi) * a);
        }
        model.setFlatParameters(theta);
        // Only one layer group moves: the held end's statistics, unless recomputed.
        buffers.applyNear(model, holdAtB ? 1.0 : 0.0, holdAtB);
        auto e = evaluate(model, evalSplit, data.loss);
        return std::vector<double>{e.loss, e.accuracy};
    }, distributor, feedback);
    for (std::size_t gi = 0; gi < groups.size(); ++gi) {
        r.layers.push_back(groups[gi].name);
        std::vector<double> loss, acc;
        double cost = -std::numeric_limits<double>::infinity();
        for (std::size_t ai = 0; ai < na; ++ai) {
            const auto& p = points[gi * na + ai];
            loss.push_back(p[0]);
            acc.push_back(p[1]);
            if (alphas[ai] >= 0.0 && alphas[ai] <= 1.0)
                cost = std::max(cost, p[0] - baseLoss);
        }
        r.loss.push_back(loss);
        r.accuracy.push_back(acc);
        r.cost.push_back(cost);
    }
    r.stragglers.resize(groups.size());
    std::iota(r.stragglers.begin(), r.stragglers.end(), 0);
    std::stable_sort(r.stragglers.begin(), r.stragglers.end(),
                     [&](std::size_t x, std::size_t y) { return r.cost[x] > r.cost[y]; });
    return r;
}

torch::Tensor linesPoint(const Model& model, const torch::Tensor& thetaA, const torch::Tensor& thetaB, double alpha,
                         double beta, std::vector<std::string>* blocksOut)
{
    checkVectors(model, thetaA, thetaB);
    const auto groups = layerGroups(model);
    const auto ranges = paramRanges(model);
    // Blocks are "blocks.<i>…" groups when the model has them (transformers); otherwise every
    // layer group in depth order is a block. Parameters outside the blocks are scaled by α.
    std::vector<int> depth(groups.size(), -1);
    int blocks = 0;
    bool named = false;
    for (const auto& g : groups)
        named = named || g.name.rfind("blocks.", 0) == 0;
    std::vector<std::string> blockNames;
    if (named) {
        std::map<std::string, int> index;
        for (std::size_t i = 0; i < groups.size(); ++i) {
            const auto& n = groups[i].name;
            if (n.rfind("blocks.", 0) != 0)
                continue;
            const std::string block = n.substr(0, n.find('.', 7));
            if (!index.count(block)) {
                index[block] = blocks++;
                blockNames.push_back(block);
            }
            depth[i] = index[block];
        }
    } else {
        for (std::size_t i = 0; i < groups.size(); ++i) {
            depth[i] = blocks++;
            blockNames.push_back(groups[i].name);
        }
    }
    if (blocksOut)
        *blocksOut = blockNames;
    auto tau = thetaB - thetaA;
    auto theta = thetaA.clone();
    for (std::size_t i = 0; i < groups.size(); ++i) {
        const double lambda =
            depth[i] < 0 ? alpha : alpha + beta * (blocks > 1 ? double(depth[i]) / double(blocks - 1) : 0.0);
        for (auto pi : groups[i].params) {
            const auto [lo, hi] = ranges[pi];
            theta.slice(0, lo, hi).add_(tau.slice(0, lo, hi) * lambda);
        }
    }
    return theta;
}

LinesResult linesSweep(Model& model, const TaskData& data, const torch::Tensor& endA, const torch::Tensor& endB,
                       const std::vector<double>& alphas, Feedback* feedback, const PointBuffers& buffers,
                       TaskDistributor& distributor)
{
    checkVectors(model, endA, endB);
    const auto thetaA = endA.to(model.device()), thetaB = endB.to(model.device());
    ModelStateGuard guard(model);
    LinesResult r;
    r.alpha = alphas;
    linesPoint(model, thetaA, thetaB, 0.0, 1.0, &r.blocks);
    std::vector<std::string> splits;
    for (const auto& s : data.splits)
        splits.push_back(s.name);
    const auto points = sweep(alphas.size(), 2 * splits.size(), [&](std::size_t i) {
        model.setFlatParameters(linesPoint(model, thetaA, thetaB, alphas[i], 1.0 - alphas[i]));
        buffers.applyNear(model, alphas[i], alphas[i] > 0.5);
        return evaluateSplits(model, data, splits);
    }, distributor, feedback);
    appendCurves(r.splits, splits, points);
    return r;
}

torch::Tensor bezierPoint(const torch::Tensor& a, const torch::Tensor& bend, const torch::Tensor& b, double t)
{
    return a * ((1 - t) * (1 - t)) + bend * (2 * t * (1 - t)) + b * (t * t);
}

BezierResult trainBezierCurve(Model& model, const TaskData& data, const torch::Tensor& endA, const torch::Tensor& endB,
                              const BezierOptions& o, const std::string& evalSplit, Feedback* feedback,
                              const PointBuffers& buffers)
{
    checkVectors(model, endA, endB);
    const auto thetaA = endA.to(model.device()), thetaB = endB.to(model.device());
    if (o.steps < 0 || !(o.lr > 0.0) || o.points < 2 || o.batchSize < 0)
        throw ConfigError("Bézier curve: steps >= 0, lr > 0, batch size >= 0 and at least 2 points are needed");
    const auto& train = data.split("train");
    const auto& eval = data.split(evalSplit);
    ModelStateGuard guard(model);
    auto gen = at::make_generator<at::CPUGeneratorImpl>(o.seed);
    // The bend is trained through the model's parameters: θ(t) is set into them, the loss
    // gradient g = ∂L/∂θ(t) is read back, and ∂L/∂C = 2t(1−t)·g (chain rule, ends fixed).
    auto bend = ((thetaA + thetaB) * 0.5).clone();
    auto m = torch::zeros_like(bend), v = torch::zeros_like(bend);
    const double b1 = 0.9, b2 = 0.999, eps = 1e-8;
    const int64_t n = train.inputs.size(0);
    // Like Garipov et al., the curve is trained with BatchNorm on batch statistics (the guard
    // puts the running statistics back afterwards).
    model.setTraining(model.hasBuffers());
    for (int64_t step = 1; step <= o.steps; ++step) {
        progress(feedback, std::size_t(step), std::size_t(o.steps + o.points));
        const double t = torch::rand({1}, gen).item<double>();
        model.setFlatParameters(bezierPoint(thetaA, bend, thetaB, t));
        torch::Tensor x = train.inputs, y = train.targets;
        if (o.batchSize > 0 && o.batchSize < n) {
            auto idx = torch::randperm(n, gen, torch::kInt64).slice(0, 0, o.batchSize).to(x.device());
            x = x.index_select(0, idx);
            y = y.index_select(0, idx);
        }
        for (auto& p : model.params())
            p.mutable_grad() = torch::Tensor();
        computeLoss(data.loss, model.forward(x), y).backward();
        std::vector<torch::Tensor> grads;
        for (auto& p : model.params())
            grads.push_back(p.grad().defined() ? p.grad().reshape({-1}) : torch::zeros({p.numel()}, p.options()));
        auto g = torch::cat(grads) * (2 * t * (1 - t));
        m.mul_(b1).add_(g, 1 - b1);
        v.mul_(b2).addcmul_(g, g, 1 - b2);
        const double bc1 = 1 - std::pow(b1, double(step)), bc2 = 1 - std::pow(b2, double(step));
        bend.addcdiv_(m, (v.sqrt() / std::sqrt(bc2)).add_(eps), -o.lr / bc1);
    }
    model.setTraining(false);
    BezierResult r;
    r.split = evalSplit;
    for (int i = 0; i < o.points; ++i) {
        progress(feedback, std::size_t(o.steps + i), std::size_t(o.steps + o.points));
        const double t = double(i) / double(o.points - 1);
        r.t.push_back(t);
        model.setFlatParameters(bezierPoint(thetaA, bend, thetaB, t));
        buffers.applyNear(model, t, t > 0.5);
        auto c = evaluate(model, eval, data.loss);
        r.curve.loss.push_back(c.loss);
        r.curve.accuracy.push_back(c.accuracy);
        model.setFlatParameters(thetaA * (1 - t) + thetaB * t);
        buffers.apply(model, t);
        auto s = evaluate(model, eval, data.loss);
        r.straight.loss.push_back(s.loss);
        r.straight.accuracy.push_back(s.accuracy);
    }
    progress(feedback, 1, 1);
    double peak = 0; // where each barrier peaks is not reported for curves
    lossBarrier(r.t, r.curve.loss, r.curveBarrier, peak);
    lossBarrier(r.t, r.straight.loss, r.straightBarrier, peak);
    return r;
}

} // namespace ts
