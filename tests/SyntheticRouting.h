#pragma once
// A run file holding only synthetic top-k MoE routing (no model): OLMoE-shaped data for the
// pathway tests and benchmarks. Each sample routes each layer to k distinct random experts
// with Dirichlet(2) weights.
#include "core/runfile/RunWriter.h"

#include <algorithm>
#include <numeric>
#include <random>
#include <string>
#include <vector>

namespace ts::test {

inline void writeSyntheticRoutingRun(const std::string& path, int64_t samples, int64_t layers, int64_t experts,
                                     int64_t topK, int64_t checkpoints, unsigned seed = 0)
{
    RunHeader h;
    h.config = {{"task", "external"}, {"model", "olmoe-synthetic"}};
    h.modelArch = "external";
    h.lossKind = "cross_entropy";
    h.routing = {samples, layers, experts};
    RunWriter w(path, h);
    std::mt19937 rng(seed);
    std::gamma_distribution<float> gamma(2.0f, 1.0f);
    std::vector<float> weights(std::size_t(samples * layers * experts));
    std::vector<int> ids(static_cast<std::size_t>(experts));
    for (int64_t c = 0; c < checkpoints; ++c) {
        std::fill(weights.begin(), weights.end(), 0.0f);
        for (int64_t s = 0; s < samples; ++s)
            for (int64_t l = 0; l < layers; ++l) {
                std::iota(ids.begin(), ids.end(), 0);
                std::shuffle(ids.begin(), ids.end(), rng);
                float* row = weights.data() + (s * layers + l) * experts;
                float sum = 0;
                for (int64_t k = 0; k < topK; ++k)
                    sum += row[ids[std::size_t(k)]] = gamma(rng);
                for (int64_t k = 0; k < topK; ++k)
                    row[ids[std::size_t(k)]] /= sum;
            }
        w.appendRouting(c * 1000, weights.data());
    }
    w.setStatus(RunStatus::Finished, "synthetic routing");
}

} // namespace ts::test
