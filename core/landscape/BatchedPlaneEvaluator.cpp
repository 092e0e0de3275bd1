#include "core/landscape/BatchedPlaneEvaluator.h"

#include "core/Error.h"
#include "core/stats/Bootstrap.h"

#include <torch/torch.h>

#include <cmath>
#include <limits>
#include <numeric>

namespace ts {

BatchedPlaneEvaluator::BatchedPlaneEvaluator(const Split& split, int64_t K, uint64_t seed, const Factory& make)
{
    const auto parts = disjointBatches(split.inputs.size(0), K, seed);
    examples_ = int64_t(parts.front().size());
    for (const auto& part : parts) {
        auto index = torch::tensor(part, torch::kInt64).to(split.inputs.device());
        auto s = std::make_unique<Split>();
        s->name = split.name;
        s->inputs = split.inputs.index_select(0, index);
        s->targets = split.targets.index_select(0, index.to(split.targets.device()));
        evaluators_.push_back(make(*s));
        splits_.push_back(std::move(s));
    }
}

std::vector<PointValues> BatchedPlaneEvaluator::evaluate(const std::vector<double>& a, const std::vector<double>& b)
{
    const std::size_t K = evaluators_.size();
    std::vector<std::vector<PointValues>> per(K);
    for (std::size_t k = 0; k < K; ++k)
        per[k] = evaluators_[k]->evaluate(a, b);
    std::vector<PointValues> out(a.size());
    std::vector<double> loss(K), acc(K);
    for (std::size_t i = 0; i < a.size(); ++i) {
        bool finite = true;
        for (std::size_t k = 0; k < K; ++k) {
            loss[k] = per[k][i].loss;
            acc[k] = per[k][i].accuracy;
            finite = finite && std::isfinite(loss[k]);
        }
        // A diverged batch makes the mean infinite or NaN; its spread is not a number either
        // (sampleStd would quietly leave that batch out).
        auto& p = out[i];
        p.loss = std::accumulate(loss.begin(), loss.end(), 0.0) / double(K);
        p.accuracy = std::accumulate(acc.begin(), acc.end(), 0.0) / double(K);
        p.lossStd = finite ? sampleStd(loss) : std::numeric_limits<double>::quiet_NaN();
        p.accuracyStd = sampleStd(acc);
    }
    return out;
}

int64_t BatchedPlaneEvaluator::batchSize() const { return evaluators_.front()->batchSize(); }

std::string BatchedPlaneEvaluator::method() const
{
    return evaluators_.front()->method() + " over " + std::to_string(evaluators_.size()) + " batches of " +
           std::to_string(examples_);
}

} // namespace ts
