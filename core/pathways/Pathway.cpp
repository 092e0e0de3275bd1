#include "core/pathways/Pathway.h"

#include "core/Error.h"

#include <torch/torch.h>

#include <algorithm>
#include <numeric>

namespace ts::pathways {

namespace {

template <typename T>
RoutingTable fromRaw(const T* data, const std::vector<int64_t>& shape) {
    RoutingTable r;
    if (shape.size() == 3) {
        r.samples = shape[0];
        r.layers = shape[1];
        r.experts = shape[2];
        r.weights.assign(data, data + r.samples * r.layers * r.experts);
        return r;
    }
    if (shape.size() == 4) {
        const int64_t tokens = shape[1];
        if (tokens <= 0) throw ConfigError("routing: the token axis is empty");
        r.samples = shape[0];
        r.layers = shape[2];
        r.experts = shape[3];
        const int64_t le = r.layers * r.experts;
        r.weights.assign(static_cast<std::size_t>(r.samples * le), 0.0f);
        std::vector<double> acc(static_cast<std::size_t>(le));
        for (int64_t s = 0; s < r.samples; ++s) {
            std::fill(acc.begin(), acc.end(), 0.0);
            for (int64_t t = 0; t < tokens; ++t) {
                const T* row = data + (s * tokens + t) * le;
                for (int64_t k = 0; k < le; ++k) acc[k] += static_cast<double>(row[k]);
            }
            for (int64_t k = 0; k < le; ++k) r.weights[s * le + k] = static_cast<float>(acc[k] / tokens);
        }
        return r;
    }
    throw ConfigError("routing: expected [samples, layers, experts] or [samples, tokens, layers, experts], got " +
                      shapeToString(shape));
}

} // namespace

RoutingTable routingFromHostArray(const HostArray& array) {
    if (array.dtype == DType::Float32) return fromRaw(array.data<float>(), array.shape);
    if (array.dtype == DType::Float64) return fromRaw(array.data<double>(), array.shape);
    throw ConfigError(std::string("routing: expected float32 or float64 weights, got ") + dtypeName(array.dtype));
}

RoutingTable routingFromTensor(const at::Tensor& tensor) {
    if (!tensor.defined() || !tensor.is_floating_point())
        throw ConfigError("routing: expected a floating-point tensor");
    auto t = tensor.detach().to(torch::kCPU, torch::kFloat32).contiguous();
    return fromRaw(t.data_ptr<float>(), t.sizes().vec());
}

std::vector<int32_t> selectExperts(const float* weights, int64_t experts, double threshold) {
    std::vector<int32_t> order(static_cast<std::size_t>(experts));
    std::iota(order.begin(), order.end(), 0);
    // Descending weight, ties by lower id (stable_sort keeps the id order of equal weights).
    std::stable_sort(order.begin(), order.end(), [&](int32_t a, int32_t b) { return weights[a] > weights[b]; });
    std::vector<int32_t> kept;
    double cumulative = 0.0;
    for (int32_t k : order) {
        if (!kept.empty() && !(weights[k] > 0.0f)) break; // threshold never exceeded: stop at zeros
        kept.push_back(k);
        cumulative += static_cast<double>(weights[k]);
        if (cumulative > threshold) break;
    }
    return kept;
}

std::string pathwayString(const std::vector<std::vector<int32_t>>& keptPerLayer) {
    std::string s;
    for (std::size_t l = 0; l < keptPerLayer.size(); ++l) {
        if (l) s += '-';
        for (std::size_t k = 0; k < keptPerLayer[l].size(); ++k) {
            if (k) s += ',';
            s += std::to_string(keptPerLayer[l][k]);
        }
    }
    return s;
}

std::vector<int32_t> Pathways::tokens(int64_t sample) const {
    std::vector<int32_t> t;
    const auto& perLayer = kept.at(static_cast<std::size_t>(sample));
    for (std::size_t l = 0; l < perLayer.size(); ++l) {
        if (l) t.push_back(separatorToken());
        t.insert(t.end(), perLayer[l].begin(), perLayer[l].end());
    }
    return t;
}

Pathways buildPathways(const RoutingTable& routing, const PathwayOptions& options) {
    if (!(options.threshold >= 0.0 && options.threshold <= 1.0))
        throw ConfigError("pathways: the threshold must be in [0, 1] (got " + std::to_string(options.threshold) + ")");
    if (routing.samples < 0 || routing.layers <= 0 || routing.experts <= 0 ||
        static_cast<int64_t>(routing.weights.size()) != routing.samples * routing.layers * routing.experts)
        throw ConfigError("pathways: the routing table's size does not match its shape");
    Pathways p;
    p.samples = routing.samples;
    p.layers = routing.layers;
    p.experts = routing.experts;
    p.kept.resize(static_cast<std::size_t>(p.samples));
    p.strings.resize(static_cast<std::size_t>(p.samples));
    p.layerStrings.assign(static_cast<std::size_t>(p.layers), std::vector<std::string>(static_cast<std::size_t>(p.samples)));
    for (int64_t s = 0; s < p.samples; ++s) {
        auto& perLayer = p.kept[static_cast<std::size_t>(s)];
        perLayer.resize(static_cast<std::size_t>(p.layers));
        for (int64_t l = 0; l < p.layers; ++l) {
            perLayer[l] = selectExperts(routing.at(s, l), routing.experts, options.threshold);
            p.layerStrings[l][s] = pathwayString({perLayer[l]});
        }
        p.strings[s] = pathwayString(perLayer);
    }
    return p;
}

} // namespace ts::pathways
