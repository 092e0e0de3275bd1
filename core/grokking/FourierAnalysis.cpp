#include "core/grokking/FourierAnalysis.h"

#include "core/Error.h"
#include "core/Settings.h"
#include "core/runfile/RunReader.h"

#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ts {

namespace {
constexpr double kPi = 3.14159265358979323846;
}

torch::Tensor fourierBasis(int64_t p)
{
    if (p < 2)
        throw ConfigError("Fourier basis needs p ≥ 2");
    auto x = torch::arange(p, torch::kFloat64);
    std::vector<torch::Tensor> rows{torch::full({p}, 1.0 / std::sqrt(double(p)), torch::kFloat64)};
    for (int64_t k = 1; 2 * k <= p; ++k) {
        auto arg = x * (2.0 * kPi * double(k) / double(p));
        if (2 * k == p) {
            rows.push_back(torch::cos(arg) / std::sqrt(double(p)));
        } else {
            rows.push_back(torch::cos(arg) * std::sqrt(2.0 / double(p)));
            rows.push_back(torch::sin(arg) * std::sqrt(2.0 / double(p)));
        }
    }
    return torch::stack(rows);
}

std::vector<int64_t> fourierRowFrequencies(int64_t p)
{
    std::vector<int64_t> f{0};
    for (int64_t k = 1; 2 * k <= p; ++k) {
        f.push_back(k);
        if (2 * k != p)
            f.push_back(k);
    }
    return f;
}

double giniCoefficient(const std::vector<double>& values)
{
    const std::size_t n = values.size();
    if (n == 0)
        return 0.0;
    std::vector<double> v(values);
    for (double x : v)
        if (x < 0.0 || !std::isfinite(x))
            throw ConfigError("Gini coefficient of a negative or non-finite value");
    std::sort(v.begin(), v.end());
    double total = 0.0, weighted = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        total += v[i];
        weighted += double(i + 1) * v[i];
    }
    if (total == 0.0)
        return 0.0;
    // Σ_i Σ_j |x_i − x_j| / (2 n Σx) = (2 Σ_i i·x_(i)) / (n Σx) − (n + 1)/n for ascending x.
    return 2.0 * weighted / (double(n) * total) - double(n + 1) / double(n);
}

std::vector<int64_t> selectKeyFrequencies(const std::vector<double>& norms, const KeyFrequencyRule& rule)
{
    std::vector<int64_t> ks;
    double total = 0.0;
    for (std::size_t k = 1; k < norms.size(); ++k) {
        ks.push_back(int64_t(k));
        total += norms[k] * norms[k];
    }
    std::stable_sort(ks.begin(), ks.end(), [&](int64_t a, int64_t b) { return norms[std::size_t(a)] > norms[std::size_t(b)]; });
    std::vector<int64_t> out;
    if (total <= 0.0)
        return out;
    double acc = 0.0;
    for (auto k : ks) {
        if (int64_t(out.size()) >= rule.maxCount || acc >= rule.share * total)
            break;
        out.push_back(k);
        acc += norms[std::size_t(k)] * norms[std::size_t(k)];
    }
    return out;
}

EmbeddingSpectrum embeddingSpectrum(const torch::Tensor& embedding, const KeyFrequencyRule& rule)
{
    if (embedding.dim() != 2 || embedding.size(1) < 2)
        throw ConfigError("embedding spectrum: expected an embedding [d, p]");
    const int64_t p = embedding.size(1);
    auto basis = fourierBasis(p);                                          // [p, p]
    auto coef = torch::mm(embedding.detach().to(torch::kCPU, torch::kFloat64), basis.t()); // [d, rows], on the CPU
    auto sq = (coef * coef).sum(0);                                        // [rows]
    const auto freqs = fourierRowFrequencies(p);
    EmbeddingSpectrum s;
    s.p = p;
    s.norms.assign(std::size_t(p / 2 + 1), 0.0);
    auto acc = sq.accessor<double, 1>();
    for (std::size_t r = 0; r < freqs.size(); ++r)
        s.norms[std::size_t(freqs[r])] += acc[int64_t(r)];
    for (auto& v : s.norms)
        v = std::sqrt(v);
    s.gini = giniCoefficient(std::vector<double>(s.norms.begin() + 1, s.norms.end()));
    s.keyFrequencies = selectKeyFrequencies(s.norms, rule);
    return s;
}

torch::Tensor modularEmbedding(const Model& model, int64_t p)
{
    const auto& names = model.paramNames();
    auto find = [&](const std::string& n) -> const torch::Tensor* {
        for (std::size_t i = 0; i < names.size(); ++i)
            if (names[i] == n)
                return &model.params()[i];
        return nullptr;
    };
    if (model.arch() == "tickets_mlp" || model.arch() == "moe_mlp") {
        const auto* w = find("W_E");
        if (w && w->dim() == 2 && w->size(1) >= p)
            return w->detach().slice(1, 0, p);
    } else if (model.arch() == "transformer") {
        const auto* w = find("embed.W_E");
        if (w && w->dim() == 2 && w->size(0) >= p)
            return w->detach().slice(0, 0, p).t();
    }
    throw ConfigError("no token embedding over Z_" + std::to_string(p) + " known for model '" + model.arch() +
                      "' (Fourier analysis supports tickets_mlp, moe_mlp and transformer)");
}

LogitDecomposition decomposeLogits(const torch::Tensor& logits, const std::vector<int64_t>& keyFrequencies)
{
    if (logits.dim() != 3 || logits.size(0) != logits.size(1) || logits.size(2) != logits.size(0))
        throw ConfigError("logit decomposition: expected logits [p, p, p]");
    const int64_t p = logits.size(0);
    auto L = logits.detach().to(torch::kFloat64);
    LogitDecomposition d;
    d.mean = L.mean(std::vector<int64_t>{0, 1}, /*keepdim=*/true);
    auto R = torch::zeros_like(L);
    auto x = torch::arange(p, L.options());       // where the logits are
    auto sumAB = x.unsqueeze(1) + x.unsqueeze(0); // [p, p]
    for (auto k : keyFrequencies) {
        if (k < 1 || 2 * k > p)
            throw ConfigError("logit decomposition: frequency " + std::to_string(k) + " outside 1.." + std::to_string(p / 2));
        const double w = 2.0 * kPi * double(k) / double(p);
        std::vector<torch::Tensor> us{torch::cos(sumAB * w), torch::sin(sumAB * w)};
        std::vector<torch::Tensor> vs{torch::cos(x * w), torch::sin(x * w)};
        for (auto* set : {&us, &vs}) {
            std::vector<torch::Tensor> kept;
            for (auto& t : *set) {
                const double n = t.norm().item<double>();
                if (n > 1e-9 * double(t.numel()))
                    kept.push_back(t / n);
            }
            *set = kept;
        }
        for (const auto& u : us) {
            auto a = torch::tensordot(u, L, {0, 1}, {0, 1}); // [p]: ⟨L[:, :, c], u⟩
            for (const auto& v : vs) {
                const double coef = a.dot(v).item<double>();
                R.add_(u.unsqueeze(2) * v.view({1, 1, p}) * coef);
            }
        }
    }
    d.restricted = d.mean + R;
    d.excluded = L - R;
    return d;
}

torch::Tensor allPairLogits(Model& model, int64_t p)
{
    torch::NoGradGuard ng;
    const auto options = torch::TensorOptions(torch::kInt64).device(model.device());
    auto a = torch::arange(p, options).repeat_interleave(p);
    auto b = torch::arange(p, options).repeat({p});
    auto out = model.forward(torch::stack({a, b}, 1));
    if (out.dim() != 2)
        throw ConfigError("Fourier analysis needs a model with logits [n, classes]");
    return out.detach().view({p, p, out.size(1)});
}

FourierLosses fourierLosses(const torch::Tensor& logits, const Split& split, const std::vector<int64_t>& keyFrequencies)
{
    const int64_t p = logits.size(0);
    auto d = decomposeLogits(logits, keyFrequencies);
    auto idx = split.inputs.select(1, 0) * p + split.inputs.select(1, 1);
    auto ce = [&](const torch::Tensor& t) {
        auto flat = t.reshape({p * p, p}).index_select(0, idx);
        return torch::nn::functional::cross_entropy(flat, split.targets).item<double>();
    };
    FourierLosses r;
    r.full = ce(logits.detach().to(torch::kFloat64));
    r.restricted = ce(d.restricted.expand({p, p, p}));
    r.excluded = ce(d.excluded);
    return r;
}

std::string modularFourierApplicability(const RunReader& run, int64_t* pOut)
{
    if (run.configValue("task") != "modular")
        return "the Fourier measures apply to the 'modular' task only (this run: '" + run.configValue("task", "?") + "')";
    const auto op = run.configValue("op", "+");
    if (op != "+")
        return "the Fourier measures apply to modular addition only (this run: op '" + op + "')";
    int64_t p = 0;
    if (!parseInt64(run.configValue("p", "67"), p) || p < 3)
        return "the run's modulus p is not a number ≥ 3";
    const auto& arch = run.modelArch();
    if (arch != "tickets_mlp" && arch != "moe_mlp" && arch != "transformer")
        return "no token embedding known for model '" + arch + "'";
    if (pOut)
        *pOut = p;
    return {};
}

} // namespace ts
