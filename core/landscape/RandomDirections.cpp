#include "core/landscape/RandomDirections.h"

#include "core/Error.h"
#include "core/Json.h"
#include "core/models/Model.h"

#include <ATen/CPUGeneratorImpl.h>
#include <torch/torch.h>

namespace ts {

const char* directionNormName(DirectionNorm n)
{
    switch (n) {
    case DirectionNorm::Filter: return "filter";
    case DirectionNorm::Layer: return "layer";
    case DirectionNorm::None: return "none";
    }
    return "?";
}

DirectionNorm directionNormFromName(const std::string& name)
{
    if (name == "filter")
        return DirectionNorm::Filter;
    if (name == "layer")
        return DirectionNorm::Layer;
    if (name == "none")
        return DirectionNorm::None;
    throw ConfigError("unknown direction normalisation '" + name + "' (expected filter, layer or none)");
}

void normaliseDirection(const Model& model, const torch::Tensor& weights, torch::Tensor& direction,
                        DirectionNorm norm, bool includeBiases, DirectionIgnore ignore)
{
    torch::NoGradGuard guard;
    if (weights.numel() != model.parameterCount() || direction.numel() != model.parameterCount())
        throw ConfigError("direction and weights must have the model's " + std::to_string(model.parameterCount()) +
                          " values");
    constexpr double eps = 1e-10;
    int64_t offset = 0;
    for (const auto& p : model.params()) {
        const int64_t n = p.numel();
        auto d = direction.slice(0, offset, offset + n).view(p.sizes());
        auto w = weights.slice(0, offset, offset + n).view(p.sizes());
        offset += n;
        if (p.dim() <= 1) {
            if (!includeBiases && ignore == DirectionIgnore::None)
                d.copy_(w);
            else if (!includeBiases)
                d.zero_();
            else if (norm != DirectionNorm::None)
                d.mul_(w.norm() / (d.norm() + eps));
            continue;
        }
        if (norm == DirectionNorm::Layer) {
            d.mul_(w.norm() / (d.norm() + eps));
        } else if (norm == DirectionNorm::Filter) {
            auto d2 = d.reshape({p.size(0), -1});
            auto w2 = w.reshape({p.size(0), -1});
            auto scale = w2.norm(2, {1}, true) / (d2.norm(2, {1}, true) + eps);
            d.copy_((d2 * scale).view(p.sizes()));
        }
    }
}

PlaneDirections randomPlane(const Model& model, const torch::Tensor& centre, const RandomDirectionOptions& options,
                            bool twoD, int64_t centreStep)
{
    torch::NoGradGuard guard;
    auto gen = at::make_generator<at::CPUGeneratorImpl>(options.seed);
    const int64_t n = model.parameterCount();
    PlaneDirections p;
    p.centre = centre.to(torch::kFloat32).contiguous();
    auto draw = [&] {
        auto d = torch::randn({n}, gen, torch::kFloat32);
        normaliseDirection(model, p.centre, d, options.norm, options.includeBiases, options.ignore);
        return d;
    };
    p.d1 = draw();
    if (twoD)
        p.d2 = draw();
    JsonWriter j;
    j.beginObject().key("type").value("random").key("normalisation").value(directionNormName(options.norm));
    j.key("biases").value(options.includeBiases                     ? "included"
                          : options.ignore == DirectionIgnore::None ? "weights"
                                                                    : "zeroed");
    j.key("seed").value(int64_t(options.seed)).key("dimensions").value(twoD ? 2 : 1);
    j.key("centre_step").value(centreStep).endObject();
    p.recipe = j.str();
    p.validate(model);
    return p;
}

} // namespace ts
