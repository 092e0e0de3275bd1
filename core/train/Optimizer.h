#pragma once
// Optimizers written out step by step (PyTorch 1.13's formulas, op for op) so that each
// update can be checked against a hand computation and analyses know exactly what ran.
#include "core/Settings.h"

#include <torch/types.h>

#include <memory>
#include <string>
#include <vector>

namespace ts {

class Model;

class Optimizer {
public:
    // lrScales: per-parameter multipliers of the learning rate (empty: all 1).
    Optimizer(std::vector<torch::Tensor> params, std::vector<double> lrScales);
    virtual ~Optimizer() = default;

    // One update from the parameters' .grad() at learning rate lr (scaled per parameter).
    void step(double lr);
    void zeroGrad();
    virtual std::string name() const = 0;

protected:
    virtual void update(std::size_t i, torch::Tensor& param, const torch::Tensor& grad, double lr) = 0;
    int64_t stepCount() const { return steps_; } // 1 on the first update

private:
    std::vector<torch::Tensor> params_;
    std::vector<double> lrScales_;
    int64_t steps_ = 0;
};

// Keys: optimizer (sgd|adam|adamw), momentum, nesterov, beta1, beta2, eps, weight_decay.
std::unique_ptr<Optimizer> makeOptimizer(const Settings& settings, Model& model);

} // namespace ts
