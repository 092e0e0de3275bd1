#include "core/tasks/SparseParity.h"

#include "core/Error.h"

#include <ATen/CPUGeneratorImpl.h>

namespace ts {

TaskData makeSparseParity(const SparseParityOptions& o)
{
    if (o.bits < 1 || o.k < 1 || o.k > o.bits)
        throw ConfigError("parity: need 1 <= k <= bits");
    if (o.nTrain < 1 || o.nTest < 1)
        throw ConfigError("parity: n_train and n_test must be positive");
    auto gen = at::make_generator<at::CPUGeneratorImpl>(o.seed);
    auto hidden = torch::randperm(o.bits, gen, torch::kInt64).slice(0, 0, o.k);
    auto make = [&](int64_t n) {
        auto x = torch::randint(0, 2, {n, o.bits}, gen, torch::kInt64).to(torch::kFloat32) * 2 - 1;
        auto prod = x.index_select(1, hidden).prod(1);
        auto y = (prod < 0).to(torch::kInt64); // class 1 = odd number of −1s
        return std::make_pair(x, y);
    };
    auto [xTr, yTr] = make(o.nTrain);
    auto [xTe, yTe] = make(o.nTest);
    TaskData t;
    t.name = "parity";
    t.description = "sparse parity, " + std::to_string(o.k) + " of " + std::to_string(o.bits) + " bits";
    t.loss = LossKind::CrossEntropy;
    t.inputKind = InputKind::Features;
    t.featureDim = o.bits;
    t.outputDim = 2;
    t.splits.push_back({"train", xTr, yTr});
    t.splits.push_back({"test", xTe, yTe});
    return t;
}

} // namespace ts
