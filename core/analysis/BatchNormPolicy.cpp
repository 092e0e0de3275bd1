#include "core/analysis/BatchNormPolicy.h"

#include "core/Error.h"
#include "core/Settings.h"
#include "core/models/Model.h"

#include <torch/torch.h>

#include <cmath>

namespace ts {

BnChoice BnChoice::parse(const std::string& text)
{
    BnChoice c;
    if (text == "keep") {
        c.mode = BnMode::Keep;
    } else if (text == "interpolate") {
        c.mode = BnMode::Interpolate;
    } else if (text == "recompute" || text.rfind("recompute:", 0) == 0) {
        c.mode = BnMode::Recompute;
        if (text.size() > 10) {
            int64_t n = 0;
            if (!parseInt64(text.substr(10), n) || n < 1)
                throw ConfigError("--bn " + text + ": N must be a positive number of training examples");
            c.samples = n;
        }
    } else {
        throw ConfigError("--bn '" + text + "' is not one of keep, interpolate, recompute[:N]");
    }
    return c;
}

std::string BnChoice::toString() const
{
    switch (mode) {
    case BnMode::Keep: return "keep";
    case BnMode::Interpolate: return "interpolate";
    case BnMode::Recompute: return "recompute:" + std::to_string(samples);
    }
    return "keep";
}

void recomputeBufferStatistics(Model& model, const torch::Tensor& inputs, int64_t batchSize)
{
    if (!model.hasBuffers())
        return;
    if (inputs.size(0) == 0)
        throw ConfigError("recomputing BatchNorm statistics needs at least one training example");
    if (batchSize < 1)
        throw ConfigError("the batch size for recomputing BatchNorm statistics must be positive");
    torch::NoGradGuard noGrad;
    const bool wasTraining = model.training();
    auto& buffers = model.buffers();
    // Resets every floating buffer to `value` and every counter to 0, so that one train-mode
    // forward leaves r = (1−m)·value + m·x with the per-forward factor m (BatchNorm without a
    // momentum uses 1/num_batches_tracked = 1 after a reset).
    auto reset = [&](double value) {
        for (auto& b : buffers)
            b.fill_(b.is_floating_point() ? value : 0.0);
    };
    auto forward = [&](const torch::Tensor& x) {
        model.setTraining(true);
        model.forward(x);
    };
    const auto start = model.bufferValues();
    const int64_t n = inputs.size(0);
    const int64_t batches = (n + batchSize - 1) / batchSize;
    std::vector<torch::Tensor> factor(buffers.size()), mean(buffers.size());
    try {
        for (int64_t k = 0; k < batches; ++k) {
            const auto x = inputs.slice(0, k * batchSize, std::min(n, (k + 1) * batchSize));
            reset(0.0);
            forward(x);
            std::vector<torch::Tensor> fromZero;
            for (auto& b : buffers)
                fromZero.push_back(b.to(torch::kFloat64));
            if (k == 0) {
                reset(1.0);
                forward(x);
                for (std::size_t i = 0; i < buffers.size(); ++i)
                    if (buffers[i].is_floating_point()) // from 1: (1−m) + m·x, from 0: m·x
                        // m is one number per buffer; the median over its elements damps
                        // float32 rounding of elements with large statistics.
                        factor[i] = (1.0 - (buffers[i].to(torch::kFloat64) - fromZero[i])).flatten().median();
            }
            for (std::size_t i = 0; i < buffers.size(); ++i) {
                if (!buffers[i].is_floating_point())
                    continue;
                // A buffer no forward changes (m = 0) is not a running statistic: leave it be.
                const double m = factor[i].item<double>();
                const auto x_k = std::abs(m) > 1e-9 ? fromZero[i] / m : start[i].to(torch::kFloat64);
                mean[i] = k == 0 ? x_k : mean[i] + (x_k - mean[i]) / double(k + 1);
            }
        }
    } catch (...) {
        model.setTraining(wasTraining);
        model.setBufferValues(start);
        throw;
    }
    model.setTraining(wasTraining);
    for (std::size_t i = 0; i < buffers.size(); ++i) {
        if (!buffers[i].is_floating_point())
            buffers[i].fill_(batches);
        else
            buffers[i].copy_(mean[i].to(buffers[i].scalar_type()));
    }
}

PointBuffers::PointBuffers(BnChoice choice, std::vector<torch::Tensor> atA, std::vector<torch::Tensor> atB,
                           torch::Tensor trainInputs)
    : choice_(choice), atA_(std::move(atA)), atB_(std::move(atB))
{
    if (atA_.size() != atB_.size())
        throw ConfigError("the two checkpoints have different numbers of buffers");
    if (choice_.mode == BnMode::Recompute && active()) {
        if (!trainInputs.defined() || trainInputs.size(0) == 0)
            throw ConfigError("--bn recompute needs training examples, and this run has no 'train' split");
        const int64_t n = std::min<int64_t>(choice_.samples, trainInputs.size(0));
        recomputeInputs_ = trainInputs.slice(0, 0, n);
    }
}

void PointBuffers::apply(Model& model, double alpha) const
{
    if (!active())
        return;
    if (alpha == 0.0 || alpha == 1.0) {
        model.setBufferValues(alpha == 0.0 ? atA_ : atB_);
        return;
    }
    applyNear(model, alpha, alpha > 0.5);
}

void PointBuffers::applyNear(Model& model, double alpha, bool nearB) const
{
    if (!active())
        return;
    switch (choice_.mode) {
    case BnMode::Keep: model.setBufferValues(nearB ? atB_ : atA_); return;
    case BnMode::Interpolate: {
        std::vector<torch::Tensor> mixed;
        for (std::size_t i = 0; i < atA_.size(); ++i)
            mixed.push_back(atA_[i].is_floating_point() ? atA_[i] * (1.0 - alpha) + atB_[i] * alpha
                                                        : (nearB ? atB_[i] : atA_[i]));
        model.setBufferValues(mixed);
        return;
    }
    case BnMode::Recompute:
        model.setBufferValues(nearB ? atB_ : atA_); // a defined start; every float buffer is recomputed
        recomputeBufferStatistics(model, recomputeInputs_, choice_.batchSize);
        return;
    }
}

} // namespace ts
