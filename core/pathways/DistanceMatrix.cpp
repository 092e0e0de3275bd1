#include "core/pathways/DistanceMatrix.h"

#include "core/pathways/EditDistance.h"

#include <limits>

namespace ts::pathways {

DistanceMatrix pathwayDistanceMatrix(const std::vector<std::string>& pathways)
{
    DistanceMatrix m;
    m.n = int64_t(pathways.size());
    m.values.assign(std::size_t(m.n * m.n), 0);
    for (int64_t i = 0; i < m.n; ++i) {
        const LevenshteinPattern pattern(pathways[std::size_t(i)]);
        for (int64_t j = i + 1; j < m.n; ++j) {
            const auto d = uint32_t(pattern.distance(pathways[std::size_t(j)]));
            m.values[std::size_t(i * m.n + j)] = d;
            m.values[std::size_t(j * m.n + i)] = d;
        }
    }
    return m;
}

std::vector<int64_t> clusteredOrder(const DistanceMatrix& matrix)
{
    const int64_t n = matrix.n;
    std::vector<std::vector<int64_t>> leaves(static_cast<std::size_t>(n));
    std::vector<bool> alive(static_cast<std::size_t>(n), true);
    // d[a][b]: average linkage between live clusters a and b (Lance–Williams update).
    std::vector<double> d(std::size_t(n * n));
    for (int64_t i = 0; i < n; ++i) {
        leaves[std::size_t(i)] = {i};
        for (int64_t j = 0; j < n; ++j)
            d[std::size_t(i * n + j)] = matrix.at(i, j);
    }
    for (int64_t merges = 0; merges + 1 < n; ++merges) {
        int64_t bestA = -1, bestB = -1;
        double best = std::numeric_limits<double>::infinity();
        for (int64_t a = 0; a < n; ++a) {
            if (!alive[std::size_t(a)])
                continue;
            for (int64_t b = a + 1; b < n; ++b)
                if (alive[std::size_t(b)] && d[std::size_t(a * n + b)] < best) {
                    best = d[std::size_t(a * n + b)];
                    bestA = a;
                    bestB = b;
                }
        }
        const double na = double(leaves[std::size_t(bestA)].size()), nb = double(leaves[std::size_t(bestB)].size());
        for (int64_t k = 0; k < n; ++k) {
            if (!alive[std::size_t(k)] || k == bestA || k == bestB)
                continue;
            const double v = (na * d[std::size_t(bestA * n + k)] + nb * d[std::size_t(bestB * n + k)]) / (na + nb);
            d[std::size_t(bestA * n + k)] = d[std::size_t(k * n + bestA)] = v;
        }
        auto& into = leaves[std::size_t(bestA)];
        into.insert(into.end(), leaves[std::size_t(bestB)].begin(), leaves[std::size_t(bestB)].end());
        leaves[std::size_t(bestB)].clear();
        alive[std::size_t(bestB)] = false;
    }
    for (int64_t i = 0; i < n; ++i)
        if (alive[std::size_t(i)])
            return leaves[std::size_t(i)];
    return {};
}

} // namespace ts::pathways
