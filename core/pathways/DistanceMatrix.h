#pragma once
// The pairwise pathway-distance matrix of a sample group and an ordering of its samples by
// hierarchical clustering, so that groups of similar pathways show as blocks on the diagonal.
// Torch-free: the views call it directly.
#include <cstdint>
#include <string>
#include <vector>

namespace ts::pathways {

// Symmetric [n × n] matrix of character-level Levenshtein distances, row-major.
struct DistanceMatrix {
    int64_t n = 0;
    std::vector<uint32_t> values;
    uint32_t at(int64_t i, int64_t j) const { return values[std::size_t(i * n + j)]; }
};

DistanceMatrix pathwayDistanceMatrix(const std::vector<std::string>& pathways);

// Leaf order of an average-linkage (UPGMA) agglomerative clustering of the matrix: at each
// merge the two clusters' leaf lists are concatenated, the left one being the cluster with the
// smaller first index, so the order is deterministic. O(n³) worst case; meant for the few
// hundred samples a heatmap shows.
std::vector<int64_t> clusteredOrder(const DistanceMatrix& matrix);

} // namespace ts::pathways
