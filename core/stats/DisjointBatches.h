#pragma once
// K disjoint batches of n examples, for the spread of an analysis over its data
// (`landscape --batches K`, `sharpness --batches K`): the examples are shuffled and cut into
// K parts of ⌊n/K⌋ each; the n mod K left over are used by none. torch-free.
#include <cstdint>
#include <vector>

namespace ts {

// Index sets from a Fisher–Yates shuffle of 0..n−1 driven by std::mt19937_64(seed) (the same
// partition on every platform). ConfigError unless 2 ≤ K ≤ n.
std::vector<std::vector<int64_t>> disjointBatches(int64_t n, int64_t K, uint64_t seed);

} // namespace ts
