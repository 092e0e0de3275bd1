#include "core/landscape/NaivePlaneEvaluator.h"

#include "core/analysis/BatchNormPolicy.h"

#include "core/models/Model.h"
#include "core/train/Loss.h"

#include <torch/torch.h>

namespace ts {

NaivePlaneEvaluator::NaivePlaneEvaluator(Model& model, const Split& split, LossKind kind,
                                         const PlaneDirections& directions)
    : model_(model), restore_(model), split_(split), kind_(kind)
{
    torch::NoGradGuard guard;
    directions.validate(model);
    const auto device = model.device();
    const auto c0 = directions.centre.to(device, torch::kFloat64);
    const auto c1 = directions.d1.to(device, torch::kFloat64);
    const auto c2 = directions.is2d() ? directions.d2.to(device, torch::kFloat64) : torch::zeros_like(c1);
    int64_t offset = 0;
    for (const auto& p : model.params()) {
        auto part = [&](const torch::Tensor& v) { return v.slice(0, offset, offset + p.numel()).view(p.sizes()); };
        coeffs_.push_back({part(c0), part(c1), part(c2)});
        offset += p.numel();
    }
}

void NaivePlaneEvaluator::recomputeBuffersFrom(torch::Tensor inputs, int64_t batchSize)
{
    recomputeInputs_ = std::move(inputs);
    recomputeBatch_ = batchSize;
}

void NaivePlaneEvaluator::setPoint(double a, double b)
{
    torch::NoGradGuard guard;
    // The point is formed in float64 and rounded once into the parameters' dtype.
    for (std::size_t i = 0; i < coeffs_.size(); ++i)
        model_.params()[i].copy_(coeffs_[i][0] + a * coeffs_[i][1] + b * coeffs_[i][2]);
}

std::vector<PointValues> NaivePlaneEvaluator::evaluate(const std::vector<double>& a, const std::vector<double>& b)
{
    torch::NoGradGuard guard;
    std::vector<PointValues> out;
    out.reserve(a.size());
    for (std::size_t k = 0; k < a.size(); ++k) {
        setPoint(a[k], b.empty() ? 0.0 : b[k]);
        if (recomputeInputs_.defined()) // resets every running statistic itself
            recomputeBufferStatistics(model_, recomputeInputs_, recomputeBatch_);
        const auto e = ts::evaluate(model_, split_, kind_);
        out.push_back({e.loss, e.accuracy});
    }
    return out;
}

} // namespace ts
