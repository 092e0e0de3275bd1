#include "core/stats/DisjointBatches.h"

#include "core/Error.h"

#include <limits>
#include <numeric>
#include <random>
#include <string>

namespace ts {

std::vector<std::vector<int64_t>> disjointBatches(int64_t n, int64_t K, uint64_t seed)
{
    if (K < 2)
        throw ConfigError("--batches " + std::to_string(K) + ": a spread needs at least 2 batches");
    if (K > n)
        throw ConfigError("--batches " + std::to_string(K) + ": the split has only " + std::to_string(n) +
                          " examples, so at most " + std::to_string(n) + " batches");
    std::vector<int64_t> order(static_cast<std::size_t>(n));
    std::iota(order.begin(), order.end(), int64_t(0));
    // Fisher–Yates with our own index draw: std::shuffle and the standard distributions are
    // implementation-defined, the raw mt19937_64 stream is not.
    std::mt19937_64 gen(seed);
    for (int64_t i = n - 1; i > 0; --i) {
        const uint64_t range = uint64_t(i) + 1;
        const uint64_t limit = std::numeric_limits<uint64_t>::max() - std::numeric_limits<uint64_t>::max() % range;
        uint64_t r;
        do
            r = gen();
        while (r >= limit); // rejection keeps every j equally likely
        std::swap(order[std::size_t(i)], order[std::size_t(r % range)]);
    }
    const int64_t m = n / K;
    std::vector<std::vector<int64_t>> parts(static_cast<std::size_t>(K));
    for (int64_t k = 0; k < K; ++k)
        parts[std::size_t(k)].assign(order.begin() + k * m, order.begin() + (k + 1) * m);
    return parts;
}

} // namespace ts
