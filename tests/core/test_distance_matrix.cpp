// The pathway-distance matrix equals the plain DP distance pair by pair, and the clustered
// order is a permutation that keeps obvious clusters contiguous.
#include "core/pathways/DistanceMatrix.h"
#include "core/pathways/EditDistance.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

using namespace ts::pathways;

TEST(DistanceMatrix, EqualsDynamicProgrammingPairByPair)
{
    std::mt19937 rng(11);
    std::vector<std::string> s;
    for (int i = 0; i < 40; ++i) {
        std::string p;
        const int layers = 1 + int(rng() % 6);
        for (int l = 0; l < layers; ++l) {
            if (l)
                p += '-';
            p += std::to_string(rng() % 12);
            if (rng() % 2)
                p += "," + std::to_string(rng() % 12);
        }
        s.push_back(p);
    }
    const auto m = pathwayDistanceMatrix(s);
    ASSERT_EQ(m.n, 40);
    for (int i = 0; i < 40; ++i)
        for (int j = 0; j < 40; ++j)
            EXPECT_EQ(m.at(i, j), levenshteinDP(s[std::size_t(i)], s[std::size_t(j)])) << i << "," << j;
}

TEST(DistanceMatrix, ClusteredOrderKeepsClustersTogether)
{
    // Three clusters interleaved in input order: members differ by one edit inside a cluster
    // and by many across clusters.
    const std::vector<std::string> base = {"1,2-3-4,5-6", "9-9,8-7-7,1", "0,0-0,0-5-5"};
    std::vector<std::string> s;
    std::vector<int> cluster;
    for (int i = 0; i < 15; ++i) {
        std::string p = base[std::size_t(i % 3)];
        p[p.size() - 1] = char('0' + i / 3);
        s.push_back(p);
        cluster.push_back(i % 3);
    }
    const auto order = clusteredOrder(pathwayDistanceMatrix(s));
    ASSERT_EQ(order.size(), std::size_t(15));
    auto sorted = order;
    std::sort(sorted.begin(), sorted.end());
    for (int64_t i = 0; i < 15; ++i)
        EXPECT_EQ(sorted[std::size_t(i)], i);
    int changes = 0;
    for (std::size_t i = 1; i < order.size(); ++i)
        changes += cluster[std::size_t(order[i])] != cluster[std::size_t(order[i - 1])] ? 1 : 0;
    EXPECT_EQ(changes, 2); // three contiguous blocks
    EXPECT_TRUE(clusteredOrder(pathwayDistanceMatrix({})).empty());
    EXPECT_EQ(clusteredOrder(pathwayDistanceMatrix({"3"})), (std::vector<int64_t>{0}));
}
