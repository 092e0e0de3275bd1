#include "core/grokking/ProgressMeasures.h"

#include "core/Error.h"
#include "core/analysis/RunModel.h"
#include "core/grokking/FourierAnalysis.h"
#include "core/grokking/GradientCoherence.h"
#include "core/runfile/RunReader.h"

#include <torch/torch.h>

#include <chrono>
#include <cmath>
#include <limits>

namespace ts {

LogFit fitLogarithm(const std::vector<int64_t>& t, const std::vector<double>& y)
{
    LogFit f;
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    std::vector<std::pair<double, double>> pts;
    for (std::size_t i = 0; i < t.size() && i < y.size(); ++i)
        if (t[i] >= 1 && std::isfinite(y[i]))
            pts.push_back({std::log(double(t[i])), y[i]});
    f.points = int64_t(pts.size());
    const double n = double(pts.size());
    for (auto [x, v] : pts) {
        sx += x;
        sy += v;
        sxx += x * x;
        sxy += x * v;
    }
    const double den = n * sxx - sx * sx;
    if (pts.size() < 2 || !(std::abs(den) > 1e-12 * std::max(1.0, n * sxx))) {
        f.a = f.b = f.r2 = std::numeric_limits<double>::quiet_NaN();
        return f;
    }
    f.b = (n * sxy - sx * sy) / den;
    f.a = (sy - f.b * sx) / n;
    const double mean = sy / n;
    double ssRes = 0, ssTot = 0;
    for (auto [x, v] : pts) {
        const double r = v - (f.a + f.b * x);
        ssRes += r * r;
        ssTot += (v - mean) * (v - mean);
    }
    f.r2 = ssTot > 0 ? 1.0 - ssRes / ssTot : 1.0;
    return f;
}

ProgressMeasures measureProgress(const RunReader& run, const ProgressOptions& o, Feedback* feedback)
{
    const auto t0 = std::chrono::steady_clock::now();
    if (o.stride < 1)
        throw ConfigError("progress measures: stride must be at least 1");
    ProgressMeasures r;
    try {
        r.events = detectGrokking(run, o.thresholds);
        r.hasEvents = true;
    } catch (const ConfigError&) {
        r.hasEvents = false;
    }
    const auto allSteps = run.checkpointSteps();
    if (allSteps.empty())
        throw ConfigError(run.path() + ": the run has no checkpoints");
    std::vector<int64_t> which;
    for (int64_t i = 0; i < int64_t(allSteps.size()); i += o.stride)
        which.push_back(i);
    if (which.back() != int64_t(allSteps.size()) - 1)
        which.push_back(int64_t(allSteps.size()) - 1);

    auto loaded = loadRunModel(run, o.device);
    Model& model = *loaded.model;
    const auto groups = layerGroups(model);
    for (const auto& g : groups)
        r.groupNames.push_back(g.name);
    r.groupNorms.assign(groups.size(), {});

    const bool coherence = o.coherenceSamples > 0;
    const Split* train = loaded.data.hasSplit("train") ? &loaded.data.split("train") : nullptr;
    const Split* test = loaded.data.hasSplit("test") ? &loaded.data.split("test") : nullptr;
    if (coherence) {
        r.coherenceTrainGroups.assign(groups.size(), {});
        r.coherenceTestGroups.assign(groups.size(), {});
    }

    // Fourier: applicable to modular addition; key frequencies for the losses come from the
    // last checkpoint (Nanda et al. use the final model's key frequencies throughout).
    int64_t p = 0;
    r.fourierNote = o.fourier ? modularFourierApplicability(run, &p) : "not requested";
    r.fourierApplicable = r.fourierNote.empty() && train != nullptr;
    if (r.fourierNote.empty() && !train)
        r.fourierNote = "the run has no 'train' split";
    if (r.fourierApplicable) {
        applyCheckpoint(run, int64_t(allSteps.size()) - 1, model);
        auto logits = allPairLogits(model, p);
        if (logits.size(2) != p) {
            r.fourierApplicable = false;
            r.fourierNote = "the model has " + std::to_string(logits.size(2)) + " outputs, not the p = " +
                            std::to_string(p) + " residues";
        } else {
            r.p = p;
            r.lossFrequencies = embeddingSpectrum(modularEmbedding(model, p), o.keyRule).keyFrequencies;
        }
    }

    const auto theta0 = checkpointVector(run, 0).to(torch::kFloat64);
    for (std::size_t n = 0; n < which.size(); ++n) {
        if (feedback) {
            feedback->throwIfCancelled();
            feedback->setMessage("progress measures: checkpoint " + std::to_string(n + 1) + " of " +
                                 std::to_string(which.size()) + " (step " + std::to_string(allSteps[std::size_t(which[n])]) + ")");
        }
        const auto flat = checkpointVector(run, which[n]);
        applyCheckpoint(run, which[n], model);
        r.steps.push_back(allSteps[std::size_t(which[n])]);
        const auto f64 = flat.to(torch::kFloat64);
        r.weightNorm.push_back(f64.norm().item<double>());
        r.distInit.push_back((f64 - theta0).norm().item<double>());
        for (std::size_t g = 0; g < groups.size(); ++g) {
            double s = 0.0;
            for (auto pi : groups[g].params) {
                const double v = model.params()[pi].detach().to(torch::kFloat64).norm().item<double>();
                s += v * v;
            }
            r.groupNorms[g].push_back(std::sqrt(s));
        }
        if (coherence) {
            auto put = [&](const Split* s, std::vector<double>& total, std::vector<std::vector<double>>& per) {
                if (!s) {
                    total.push_back(std::numeric_limits<double>::quiet_NaN());
                    for (auto& v : per)
                        v.push_back(std::numeric_limits<double>::quiet_NaN());
                    return;
                }
                auto c = gradientCoherence(model, *s, loaded.data.loss, o.coherenceSamples, groups);
                r.coherenceSamples = std::max(r.coherenceSamples, c.samples);
                total.push_back(c.total);
                for (std::size_t g = 0; g < groups.size(); ++g)
                    per[g].push_back(c.perGroup[g]);
            };
            put(train, r.coherenceTrain, r.coherenceTrainGroups);
            put(test, r.coherenceTest, r.coherenceTestGroups);
        }
        if (r.fourierApplicable) {
            auto spec = embeddingSpectrum(modularEmbedding(model, p), o.keyRule);
            r.fourierGini.push_back(spec.gini);
            r.keyFrequencies.push_back(spec.keyFrequencies);
            r.frequencyNorms.push_back(spec.norms);
            auto losses = fourierLosses(allPairLogits(model, p), *train, r.lossFrequencies);
            r.trainLoss.push_back(losses.full);
            r.restrictedLoss.push_back(losses.restricted);
            r.excludedLoss.push_back(losses.excluded);
        }
        if (feedback)
            feedback->setProgress(double(n + 1) / double(which.size()));
    }
    r.distInitFit = fitLogarithm(r.steps, r.distInit);
    r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return r;
}

XorAlignment xorAlignment(const Model& model, const Split& data, int64_t bins)
{
    if (model.arch() != "xor_relu" || model.params().size() != 1)
        throw ConfigError("XOR alignment needs an xor_relu model (this one is '" + model.arch() + "')");
    if (bins < 1)
        throw ConfigError("XOR alignment needs at least one bin");
    // On the CPU whatever the model's device: small, and the histograms read the values.
    const auto W = model.params()[0].detach().to(torch::kCPU, torch::kFloat64); // [m, d]
    const auto X = data.inputs.to(torch::kCPU, torch::kFloat64);
    const auto y = data.targets.to(torch::kCPU);
    if (X.dim() != 2 || X.size(1) != W.size(1))
        throw ConfigError("XOR alignment: the data's inputs do not match the model's input dimension");
    auto topDirection = [&](const torch::Tensor& rows) {
        // Top eigenvector of XᵀX via the small Gram matrix X Xᵀ: v ∝ Xᵀu.
        if (rows.size(0) < 2)
            throw ConfigError("XOR alignment: too few samples of a class");
        auto gram = torch::mm(rows, rows.t());
        auto eig = torch::linalg::eigh(gram, "L");
        auto u = std::get<1>(eig).select(1, rows.size(0) - 1);
        auto v = torch::mv(rows.t(), u);
        return v / v.norm();
    };
    const auto mu1 = topDirection(X.index({y > 0}));
    const auto mu2 = topDirection(X.index({y <= 0}));
    XorAlignment a;
    a.muCosine = std::abs(mu1.dot(mu2).item<double>());
    const auto wn = W.norm(2, {1}).clamp_min(1e-300);
    const auto c1 = (torch::mv(W, mu1) / wn).abs();
    const auto c2 = (torch::mv(W, mu2) / wn).abs();
    const int64_t m = W.size(0), nPos = m - m / 2;
    for (int64_t b = 0; b <= bins; ++b)
        a.binEdges.push_back(double(b) / double(bins));
    auto hist = [&](const torch::Tensor& c, int64_t from, int64_t to, std::vector<int64_t>& h, double& mean) {
        h.assign(std::size_t(bins), 0);
        auto acc = c.accessor<double, 1>();
        double s = 0.0;
        for (int64_t j = from; j < to; ++j) {
            const double v = acc[j];
            s += v;
            h[std::size_t(std::min<int64_t>(bins - 1, int64_t(v * double(bins))))] += 1;
        }
        mean = to > from ? s / double(to - from) : 0.0;
    };
    hist(c1, 0, nPos, a.posMu1, a.meanPosMu1);
    hist(c2, 0, nPos, a.posMu2, a.meanPosMu2);
    hist(c1, nPos, m, a.negMu1, a.meanNegMu1);
    hist(c2, nPos, m, a.negMu2, a.meanNegMu2);
    return a;
}

} // namespace ts
