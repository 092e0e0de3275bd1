#include "core/influence/EkfacCurvature.h"

#include "core/analysis/RunModel.h"
#include "core/influence/ExampleGradients.h"
#include "core/models/Model.h"

#include <torch/torch.h>

namespace ts {

namespace {
constexpr int64_t kBatch = 64; // per-example gradients stacked per factor update

std::string lastPart(const std::string& name)
{
    const auto dot = name.rfind('.');
    return dot == std::string::npos ? name : name.substr(dot + 1);
}

// The weight a 1-D parameter is the bias of, by name: "x.bias" → "x.weight", "x.b_in" → "x.W_in".
std::string weightNameOf(const std::string& bias)
{
    const auto last = lastPart(bias);
    const auto prefix = bias.substr(0, bias.size() - last.size());
    if (last == "bias")
        return prefix + "weight";
    if (last.rfind("b_", 0) == 0)
        return prefix + "W_" + last.substr(2);
    return {};
}
} // namespace

torch::Tensor EkfacCurvature::matrix(const Block& b, const std::vector<torch::Tensor>& g) const
{
    auto w = g[b.weight];
    if (b.transposedHeads)
        w = w.permute({1, 0, 2}).reshape({w.size(1), -1});
    else if (w.dim() == 3)
        w = w.reshape({w.size(0) * w.size(1), w.size(2)});
    else if (w.dim() > 3)
        w = w.reshape({w.size(0), -1});
    if (b.bias < 0)
        return w;
    const auto& bias = g[std::size_t(b.bias)];
    return b.biasAsRow ? torch::cat({w, bias.reshape({1, -1})}, 0) : torch::cat({w, bias.reshape({-1, 1})}, 1);
}

void EkfacCurvature::unpack(const Block& b, const torch::Tensor& m, std::vector<torch::Tensor>& out) const
{
    const auto& shape = shapes_[b.weight];
    torch::Tensor w = m;
    if (b.bias >= 0) {
        const auto& biasShape = shapes_[std::size_t(b.bias)];
        if (b.biasAsRow) {
            out[std::size_t(b.bias)] = m.select(0, m.size(0) - 1).reshape(biasShape.sizes()).clone();
            w = m.slice(0, 0, m.size(0) - 1);
        } else {
            out[std::size_t(b.bias)] = m.select(1, m.size(1) - 1).reshape(biasShape.sizes()).clone();
            w = m.slice(1, 0, m.size(1) - 1);
        }
    }
    if (b.transposedHeads)
        out[b.weight] = w.reshape({shape.size(1), shape.size(0), shape.size(2)}).permute({1, 0, 2}).contiguous();
    else
        out[b.weight] = w.reshape(shape.sizes()).contiguous();
}

EkfacCurvature::EkfacCurvature(Model& model, const Split& split, LossKind kind, const torch::Tensor& targets,
                               Feedback* feedback, double from, double to)
{
    const auto& params = model.params();
    const auto& names = model.paramNames();
    for (const auto& p : params)
        shapes_.push_back(torch::zeros_like(p));
    // Blocks: every parameter of two or more dimensions, then the biases paired with them by name.
    std::vector<bool> used(params.size(), false);
    for (std::size_t p = 0; p < params.size(); ++p) {
        if (params[p].dim() < 2)
            continue;
        Block b;
        b.weight = p;
        const auto last = lastPart(names[p]);
        b.transposedHeads = params[p].dim() == 3 && (last == "W_Q" || last == "W_K" || last == "W_V");
        blocks_.push_back(b);
        used[p] = true;
    }
    for (const auto& group : layerGroups(model)) {
        for (const auto p : group.params) {
            if (params[p].dim() != 1)
                continue;
            const auto weight = weightNameOf(names[p]);
            for (auto& b : blocks_) {
                if (b.bias >= 0 || names[b.weight] != weight)
                    continue;
                const auto m = matrix(b, shapes_);
                const int64_t size = params[p].numel();
                // nn.Linear's [out, in] weight takes its bias as a column; our functional x·W
                // weights ([in, out], "W_") take theirs as a row.
                const bool rowFirst = lastPart(weight).rfind("W_", 0) == 0;
                if (rowFirst ? size == m.size(1) : size != m.size(0) && size == m.size(1))
                    b.biasAsRow = true;
                else if (size != m.size(0))
                    continue;
                b.bias = int64_t(p);
                used[p] = true;
            }
        }
    }
    // Too large for dense factors: diagonal instead.
    for (auto it = blocks_.begin(); it != blocks_.end();) {
        const auto m = matrix(*it, shapes_);
        if (m.size(0) > kMaxFactor || m.size(1) > kMaxFactor) {
            used[it->weight] = false;
            if (it->bias >= 0)
                used[std::size_t(it->bias)] = false;
            it = blocks_.erase(it);
        } else {
            ++it;
        }
    }
    for (std::size_t p = 0; p < params.size(); ++p)
        if (!used[p]) {
            diagonal_.push_back(p);
            diagonalValues_.push_back(torch::zeros_like(params[p], torch::kFloat64));
        }

    const int64_t n = split.inputs.size(0);
    const auto dev = params.empty() ? torch::Device(torch::kCPU) : params.front().device();
    const auto f64 = torch::TensorOptions().dtype(torch::kFloat64).device(dev);
    std::vector<torch::Tensor> factorA, factorS;
    for (const auto& b : blocks_) {
        const auto m = matrix(b, shapes_);
        factorA.push_back(torch::zeros({m.size(1), m.size(1)}, f64));
        factorS.push_back(torch::zeros({m.size(0), m.size(0)}, f64));
    }
    // Pending per-example gradient matrices [k, rows, cols] per block, flushed every kBatch rows.
    std::vector<std::vector<torch::Tensor>> pending(blocks_.size());
    bool secondPass = false;
    auto flush = [&] {
        for (std::size_t k = 0; k < blocks_.size(); ++k) {
            if (pending[k].empty())
                continue;
            auto g = torch::stack(pending[k]).to(torch::kFloat32); // [k, r, c]
            pending[k].clear();
            auto& b = blocks_[k];
            if (!secondPass) {
                auto rows = g.permute({1, 0, 2}).reshape({g.size(1), -1}); // [r, k·c]
                auto cols = g.reshape({-1, g.size(2)});                    // [k·r, c]
                factorS[k] += torch::mm(rows, rows.t()).to(torch::kFloat64);
                factorA[k] += torch::mm(cols.t(), cols).to(torch::kFloat64);
            } else {
                auto rotated = torch::matmul(torch::matmul(b.qs.t().unsqueeze(0), g), b.qa.unsqueeze(0));
                b.lambda += rotated.pow(2).sum(0).to(torch::kFloat64);
            }
        }
    };
    auto visit = [&](int64_t i, const std::vector<torch::Tensor>& g) {
        for (std::size_t k = 0; k < blocks_.size(); ++k)
            pending[k].push_back(matrix(blocks_[k], g));
        if (!secondPass)
            for (std::size_t d = 0; d < diagonal_.size(); ++d)
                diagonalValues_[d] += g[diagonal_[d]].to(torch::kFloat64).pow(2);
        if ((i + 1) % kBatch == 0 || i + 1 == n)
            flush();
    };
    const double mid = from + (to - from) * 0.5;
    forEachExampleGradient(model, split, kind, visit, feedback, from, blocks_.empty() ? to : mid, targets);
    const double scale = 1.0 / double(std::max<int64_t>(n, 1));
    for (std::size_t k = 0; k < blocks_.size(); ++k) {
        auto& b = blocks_[k];
        auto [ea, qa] = torch::linalg::eigh(factorA[k] * scale, "L");
        auto [es, qs] = torch::linalg::eigh(factorS[k] * scale, "L");
        b.qa = qa.to(torch::kFloat32);
        b.qs = qs.to(torch::kFloat32);
        b.lambda = torch::zeros({qs.size(0), qa.size(0)}, f64);
    }
    if (!blocks_.empty()) {
        secondPass = true;
        forEachExampleGradient(model, split, kind, visit, feedback, mid, to, targets);
    }
    double sum = 0.0;
    int64_t count = 0;
    for (auto& b : blocks_) {
        b.lambda *= scale;
        sum += b.lambda.sum().item<double>();
        count += b.lambda.numel();
    }
    for (auto& d : diagonalValues_) {
        d *= scale;
        sum += d.sum().item<double>();
        count += d.numel();
    }
    meanEigenvalue_ = count > 0 ? sum / double(count) : 0.0;
}

std::vector<torch::Tensor> EkfacCurvature::inverseProduct(const std::vector<torch::Tensor>& v, double lambda) const
{
    std::vector<torch::Tensor> out(v.size());
    std::vector<torch::Tensor> v64;
    for (const auto& t : v)
        v64.push_back(t.to(torch::kFloat64));
    for (const auto& b : blocks_) {
        auto m = matrix(b, v64);
        auto qa = b.qa.to(torch::kFloat64), qs = b.qs.to(torch::kFloat64);
        auto rotated = torch::mm(torch::mm(qs.t(), m), qa) / (b.lambda + lambda);
        unpack(b, torch::mm(torch::mm(qs, rotated), qa.t()), out);
    }
    for (std::size_t d = 0; d < diagonal_.size(); ++d)
        out[diagonal_[d]] = v64[diagonal_[d]] / (diagonalValues_[d] + lambda);
    for (std::size_t p = 0; p < out.size(); ++p)
        out[p] = out[p].to(v[p].scalar_type());
    return out;
}

std::vector<std::string> EkfacCurvature::describe(const Model& model) const
{
    std::vector<std::string> lines;
    for (const auto& b : blocks_) {
        const auto m = matrix(b, shapes_);
        std::string line = "kronecker " + model.paramNames()[b.weight];
        if (b.bias >= 0)
            line += " + " + model.paramNames()[std::size_t(b.bias)] + (b.biasAsRow ? " (row)" : " (column)");
        lines.push_back(line + " [" + std::to_string(m.size(0)) + " x " + std::to_string(m.size(1)) + "]");
    }
    for (const auto p : diagonal_)
        lines.push_back("diagonal " + model.paramNames()[p]);
    return lines;
}

} // namespace ts
