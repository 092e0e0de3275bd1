#pragma once
// Losses and accuracy for the three loss kinds, and evaluation of a model on a split.
#include "core/tasks/TaskData.h"

#include <torch/types.h>

namespace ts {

class Model;

// Mean loss: cross-entropy on logits [n, C] with int64 targets; logistic
// log(1 + exp(−y·f)) on scores [n] with ±1 targets; mean squared error on scores [n].
torch::Tensor computeLoss(LossKind kind, const torch::Tensor& outputs, const torch::Tensor& targets);
// Number of correct predictions: argmax = target; sign(f) = y (f > 0 ⇒ +1); |f − y| < 0.5.
int64_t countCorrect(LossKind kind, const torch::Tensor& outputs, const torch::Tensor& targets);

struct EvalResult {
    double loss = 0.0;
    double accuracy = 0.0;
    int64_t count = 0;
};

// No-grad evaluation in chunks of batchSize samples (weighted by chunk size).
EvalResult evaluate(Model& model, const Split& split, LossKind kind, int64_t batchSize = 8192);

} // namespace ts
