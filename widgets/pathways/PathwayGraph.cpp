#include "widgets/pathways/PathwayGraph.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>

namespace ts::widgets {

PathwayGraph PathwayGraph::build(const PathwayViewData& data, int checkpoint, const std::vector<int>& group,
                                 const std::vector<std::vector<int>>& previousOrder)
{
    PathwayGraph g;
    g.layers_ = data.layers;
    g.experts_ = data.experts;
    g.groupSize_ = int(group.size());
    const int L = g.layers_, E = g.experts_;
    g.nodes_.assign(std::size_t(L * E), {});
    if (checkpoint < 0 || checkpoint >= int(data.checkpoints.size()) || L == 0 || E == 0)
        return g;
    const auto& cp = data.checkpoints[std::size_t(checkpoint)];
    std::vector<int> pairCounts(std::size_t(std::max(0, L - 1)) * std::size_t(E * E), 0);
    std::vector<std::map<int, int>> labelCounts(std::size_t(L * E));
    for (int s : group) {
        const auto& kept = cp.kept[std::size_t(s)];
        const int label = s < int(data.labels.size()) ? data.labels[std::size_t(s)] : -1;
        for (int l = 0; l < L; ++l) {
            for (int e : kept[std::size_t(l)]) {
                auto& node = g.nodes_[std::size_t(l * E + e)];
                ++node.count;
                if (label >= 0)
                    ++labelCounts[std::size_t(l * E + e)][label];
            }
            if (l + 1 < L)
                for (int a : kept[std::size_t(l)])
                    for (int b : kept[std::size_t(l + 1)])
                        ++pairCounts[std::size_t(l) * std::size_t(E * E) + std::size_t(a * E + b)];
        }
    }
    std::set<int> kinds;
    for (int s : group)
        if (s < int(data.labels.size()) && data.labels[std::size_t(s)] >= 0)
            kinds.insert(data.labels[std::size_t(s)]);
    g.labelKinds_ = int(kinds.size());
    for (std::size_t i = 0; i < g.nodes_.size(); ++i) {
        auto& node = g.nodes_[i];
        node.load = g.groupSize_ > 0 ? double(node.count) / g.groupSize_ : 0.0;
        int best = 0;
        for (const auto& [label, n] : labelCounts[i])
            if (n > best) {
                best = n;
                node.majorityLabel = label;
            }
        node.purity = node.count > 0 ? double(best) / node.count : 0.0;
    }
    for (int l = 0; l + 1 < L; ++l)
        for (int a = 0; a < E; ++a)
            for (int b = 0; b < E; ++b)
                if (int c = pairCounts[std::size_t(l) * std::size_t(E * E) + std::size_t(a * E + b)])
                    g.edges_.push_back({l, a, b, c});
    std::stable_sort(g.edges_.begin(), g.edges_.end(),
                     [](const PathwayEdge& x, const PathwayEdge& y) { return x.count > y.count; });
    // The order is optimised for the strongest edges (what the view draws); at OLMoE scale
    // counting crossings of all ~60k edges on every sweep would dominate a checkpoint change.
    g.layerEdges_.assign(std::size_t(std::max(0, L - 1)), {});
    for (std::size_t i = 0; i < g.edges_.size() && i < std::size_t(kOrderingEdges); ++i)
        g.layerEdges_[std::size_t(g.edges_[i].layer)].push_back(g.edges_[i]);
    if (int(previousOrder.size()) == L) {
        g.setOrder(previousOrder);
    } else {
        std::vector<std::vector<int>> identity(static_cast<std::size_t>(L), std::vector<int>(static_cast<std::size_t>(E)));
        for (auto& o : identity)
            std::iota(o.begin(), o.end(), 0);
        g.setOrder(identity);
    }
    g.reduceCrossings();
    return g;
}

int PathwayGraph::maxLayerTotal() const
{
    int best = 0;
    for (int l = 0; l < layers_; ++l) {
        int total = 0;
        for (int e = 0; e < experts_; ++e)
            total += node(l, e).count;
        best = std::max(best, total);
    }
    return best;
}

void PathwayGraph::setOrder(const std::vector<std::vector<int>>& order)
{
    order_ = order;
    position_.assign(std::size_t(layers_ * experts_), 0);
    for (int l = 0; l < layers_; ++l)
        for (int i = 0; i < experts_; ++i)
            position_[std::size_t(l * experts_ + order_[std::size_t(l)][std::size_t(i)])] = i;
}

long long PathwayGraph::layerCrossings(int layer) const
{
    // Edges sorted by (upper position, lower position); an edge crosses each earlier edge
    // with a smaller upper and a larger lower position, counted with a Fenwick tree.
    const auto& le = layerEdges_[std::size_t(layer)];
    std::vector<std::size_t> idx(le.size());
    std::iota(idx.begin(), idx.end(), 0);
    std::sort(idx.begin(), idx.end(), [&](std::size_t x, std::size_t y) {
        const int ux = position(layer, le[x].from), uy = position(layer, le[y].from);
        if (ux != uy)
            return ux < uy;
        return position(layer + 1, le[x].to) < position(layer + 1, le[y].to);
    });
    std::vector<long long> tree(std::size_t(experts_ + 1), 0);
    long long inserted = 0, crossings = 0;
    auto prefix = [&](int i) { // Σ weights with lower position <= i
        long long s = 0;
        for (++i; i > 0; i -= i & -i)
            s += tree[std::size_t(i)];
        return s;
    };
    std::size_t start = 0;
    while (start < idx.size()) {
        std::size_t end = start;
        const int pu = position(layer, le[idx[start]].from);
        while (end < idx.size() && position(layer, le[idx[end]].from) == pu)
            ++end;
        for (std::size_t k = start; k < end; ++k) {
            const auto& e = le[idx[k]];
            crossings += (long long)e.count * (inserted - prefix(position(layer + 1, e.to)));
        }
        for (std::size_t k = start; k < end; ++k) {
            const auto& e = le[idx[k]];
            for (int i = position(layer + 1, e.to) + 1; i <= experts_; i += i & -i)
                tree[std::size_t(i)] += e.count;
            inserted += e.count;
        }
        start = end;
    }
    return crossings;
}

long long PathwayGraph::weightedCrossings() const
{
    long long total = 0;
    for (int l = 0; l + 1 < layers_; ++l)
        total += layerCrossings(l);
    return total;
}

void PathwayGraph::sortLayerByBarycentre(int layer, bool usePrevious)
{
    // Barycentre of each expert = count-weighted mean position of its neighbours in the
    // adjacent layer; experts without neighbours keep their place.
    std::vector<double> sum(static_cast<std::size_t>(experts_), 0.0), weight(std::size_t(experts_), 0.0);
    if (usePrevious && layer > 0) {
        for (const auto& e : layerEdges_[std::size_t(layer - 1)]) {
            sum[std::size_t(e.to)] += double(e.count) * position(layer - 1, e.from);
            weight[std::size_t(e.to)] += e.count;
        }
    } else if (!usePrevious && layer + 1 < layers_) {
        for (const auto& e : layerEdges_[std::size_t(layer)]) {
            sum[std::size_t(e.from)] += double(e.count) * position(layer + 1, e.to);
            weight[std::size_t(e.from)] += e.count;
        }
    } else {
        return;
    }
    std::vector<double> key(static_cast<std::size_t>(experts_));
    for (int e = 0; e < experts_; ++e)
        key[std::size_t(e)] = weight[std::size_t(e)] > 0 ? sum[std::size_t(e)] / weight[std::size_t(e)] : position(layer, e);
    auto order = order_;
    auto& o = order[std::size_t(layer)];
    std::stable_sort(o.begin(), o.end(), [&](int a, int b) { return key[std::size_t(a)] < key[std::size_t(b)]; });
    setOrder(order);
}

void PathwayGraph::reduceCrossings(int sweeps)
{
    auto best = order_;
    long long bestCrossings = weightedCrossings();
    for (int s = 0; s < sweeps && bestCrossings > 0; ++s) {
        if (s % 2 == 0)
            for (int l = 1; l < layers_; ++l)
                sortLayerByBarycentre(l, true);
        else
            for (int l = layers_ - 2; l >= 0; --l)
                sortLayerByBarycentre(l, false);
        const long long c = weightedCrossings();
        if (c < bestCrossings) {
            bestCrossings = c;
            best = order_;
        }
    }
    setOrder(best);
}

std::vector<PathwayEdge> samplePathwayEdges(const PathwayCheckpoint& checkpoint, int sample)
{
    std::vector<PathwayEdge> edges;
    const auto& kept = checkpoint.kept[std::size_t(sample)];
    for (std::size_t l = 0; l + 1 < kept.size(); ++l)
        for (int a : kept[l])
            for (int b : kept[l + 1])
                edges.push_back({int(l), a, b, 1});
    return edges;
}

} // namespace ts::widgets
