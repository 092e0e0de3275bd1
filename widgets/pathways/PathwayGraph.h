#pragma once
// The layered expert graph of one checkpoint for a group of samples: nodes = (layer, expert)
// with their load and specialisation, edges = consecutive-layer expert pairs weighted by the
// number of samples whose pathways use both, and a vertical order of the experts in each
// layer chosen to reduce edge crossings (barycentre sweeps, Sugiyama-style). Pure data: the
// view paints it, tests check it.
#include "widgets/pathways/PathwayViewData.h"

#include <vector>

namespace ts::widgets {

struct PathwayNode {
    int count = 0;          // samples whose pathway keeps this expert at this layer
    double load = 0;        // count / group size
    int majorityLabel = -1; // most common label among those samples (−1: none / unknown)
    double purity = 0;      // fraction of them carrying the majority label
};

struct PathwayEdge {
    int layer = 0; // from `layer` to `layer + 1`
    int from = 0, to = 0;
    int count = 0;
    bool operator==(const PathwayEdge& o) const { return layer == o.layer && from == o.from && to == o.to; }
};

class PathwayGraph {
public:
    PathwayGraph() = default;
    // group: the sample ids to count (all of them when empty is NOT implied: pass them).
    // previousOrder: start from this order (keeps the picture stable across checkpoints).
    static PathwayGraph build(const PathwayViewData& data, int checkpoint, const std::vector<int>& group,
                              const std::vector<std::vector<int>>& previousOrder = {});

    int layers() const { return layers_; }
    int experts() const { return experts_; }
    int groupSize() const { return groupSize_; }
    int labelKinds() const { return labelKinds_; } // distinct labels in the group
    const PathwayNode& node(int layer, int expert) const { return nodes_[std::size_t(layer * experts_ + expert)]; }
    // Edges sorted by decreasing count (ties: layer, from, to).
    const std::vector<PathwayEdge>& edges() const { return edges_; }
    int maxEdgeCount() const { return edges_.empty() ? 0 : edges_.front().count; }
    int maxLayerTotal() const; // Σ_e count over the busiest layer

    // order[layer] = experts from top to bottom; position(layer, expert) its index there.
    const std::vector<std::vector<int>>& order() const { return order_; }
    int position(int layer, int expert) const { return position_[std::size_t(layer * experts_ + expert)]; }

    // Crossing reduction and its count consider the strongest kOrderingEdges edges only.
    static constexpr int kOrderingEdges = 3000;
    // Σ over pairs of crossing edges of the product of their counts, for the current order.
    long long weightedCrossings() const;
    // Re-orders by barycentre sweeps, keeping the best order seen (never worse than the start).
    void reduceCrossings(int sweeps = 6);
    void setOrder(const std::vector<std::vector<int>>& order);

private:
    long long layerCrossings(int layer) const;
    void sortLayerByBarycentre(int layer, bool usePrevious);

    int layers_ = 0, experts_ = 0, groupSize_ = 0, labelKinds_ = 0;
    std::vector<PathwayNode> nodes_;
    std::vector<PathwayEdge> edges_;
    std::vector<std::vector<PathwayEdge>> layerEdges_; // [layer] edges from that layer
    std::vector<std::vector<int>> order_;
    std::vector<int> position_;
};

// The edges of one sample's pathway: every (kept expert at ℓ, kept expert at ℓ+1) pair.
std::vector<PathwayEdge> samplePathwayEdges(const PathwayCheckpoint& checkpoint, int sample);

} // namespace ts::widgets
