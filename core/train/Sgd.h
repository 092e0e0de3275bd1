#pragma once
// SGD with optional (Nesterov) momentum and L2 weight decay added to the gradient:
//   d = g + wd·θ;  b = d (first step) else μ·b + d;  d = nesterov ? d + μ·b : b;  θ −= lr·d
#include "core/train/Optimizer.h"

namespace ts {

class Sgd : public Optimizer {
public:
    Sgd(std::vector<torch::Tensor> params, std::vector<double> lrScales, double momentum, bool nesterov,
        double weightDecay);
    std::string name() const override { return "sgd"; }

protected:
    void update(std::size_t i, torch::Tensor& param, const torch::Tensor& grad, double lr) override;

private:
    double momentum_, weightDecay_;
    bool nesterov_;
    std::vector<torch::Tensor> buffers_;
};

} // namespace ts
