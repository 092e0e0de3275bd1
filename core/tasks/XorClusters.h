#pragma once
// XOR-cluster data of Xu et al., "Benign Overfitting and Grokking in ReLU Networks for XOR
// Cluster Data": x ~ ½N(±μ1, I) for label +1 and ½N(±μ2, I) for −1, μ1 ⟂ μ2,
// ‖μ‖ = muScale·sqrt(d/n); training labels flipped with probability η; test labels clean.
#include "core/tasks/TaskData.h"

namespace ts {

struct XorClustersOptions {
    int64_t dim = 10000;
    int64_t nTrain = 200;
    int64_t nTest = 1000;
    double eta = 0.05;      // label-flip probability on the training set
    double muScale = 2.5;
    uint64_t seed = 0;
};

TaskData makeXorClusters(const XorClustersOptions& o);

} // namespace ts
