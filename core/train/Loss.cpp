#include "core/train/Loss.h"

#include "core/models/Model.h"

#include <torch/torch.h>

namespace ts {

torch::Tensor computeLoss(LossKind kind, const torch::Tensor& outputs, const torch::Tensor& targets)
{
    switch (kind) {
    case LossKind::CrossEntropy: return torch::nn::functional::cross_entropy(outputs, targets);
    case LossKind::Logistic: return torch::nn::functional::softplus(-targets * outputs).mean();
    case LossKind::Mse: return (outputs - targets).pow(2).mean();
    }
    return {};
}

int64_t countCorrect(LossKind kind, const torch::Tensor& outputs, const torch::Tensor& targets)
{
    torch::NoGradGuard guard;
    switch (kind) {
    case LossKind::CrossEntropy: return outputs.argmax(1).eq(targets).sum().item<int64_t>();
    case LossKind::Logistic:
        return torch::where(outputs > 0, torch::ones_like(outputs), -torch::ones_like(outputs))
            .eq(targets)
            .sum()
            .item<int64_t>();
    case LossKind::Mse: return ((outputs - targets).abs() < 0.5).sum().item<int64_t>();
    }
    return 0;
}

EvalResult evaluate(Model& model, const Split& split, LossKind kind, int64_t batchSize)
{
    torch::NoGradGuard guard;
    const int64_t n = split.inputs.size(0);
    EvalResult r;
    r.count = n;
    if (n == 0)
        return r;
    double lossSum = 0.0;
    int64_t correct = 0;
    for (int64_t start = 0; start < n; start += batchSize) {
        const int64_t end = std::min(n, start + batchSize);
        auto x = split.inputs.slice(0, start, end);
        auto y = split.targets.slice(0, start, end);
        auto out = model.forward(x);
        lossSum += computeLoss(kind, out, y).item<double>() * double(end - start);
        correct += countCorrect(kind, out, y);
    }
    r.loss = lossSum / double(n);
    r.accuracy = double(correct) / double(n);
    return r;
}

} // namespace ts
