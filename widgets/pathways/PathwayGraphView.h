#pragma once
// The layered expert graph (Sankey-like): one column per MoE layer, one node per expert
// (height = load, colour = specialisation: hue of the majority label, faded by impurity),
// edges between consecutive layers with width = number of samples using both experts.
// Level of detail keeps OLMoE-sized graphs (1,024 nodes, tens of thousands of edges)
// interactive: only the strongest edges above a threshold are drawn, curves become straight
// lines when many are shown, labels appear only where they fit, and the static picture is
// cached so hovering and highlighting repaint only an overlay. Checkpoint changes animate the
// nodes to their new places.
#include "widgets/export/CsvExportable.h"
#include "widgets/pathways/PathwayGraph.h"

#include <QPixmap>
#include <QRectF>
#include <QWidget>

class QVariantAnimation;

namespace ts::widgets {

class PathwayGraphView : public QWidget, public ts::widgets::CsvExportable {
    Q_OBJECT
public:
    explicit PathwayGraphView(QWidget* parent = nullptr);

    void setGraph(const PathwayGraph& graph, bool animate);
    const PathwayGraph& graph() const { return graph_; }
    void setLabelTitle(const QString& title) { labelTitle_ = title; }

    // Specialisation: hue of the majority label, faded to grey as the expert's samples get
    // no purer than chance. Load: one hue, darker = more samples.
    enum class Colouring { Specialisation, Load };
    void setColouring(Colouring colouring);
    Colouring colouring() const { return colouring_; }

    // The edges (and nodes) of one sample's pathway drawn on top; empty clears.
    void setHighlight(const std::vector<PathwayEdge>& edges, const std::vector<std::vector<int>>& keptPerLayer);
    const std::vector<PathwayEdge>& highlightedEdges() const { return highlight_; }

    // Edges used by fewer samples than this are hidden; at most maxEdges are drawn.
    void setEdgeThreshold(int minCount);
    int edgeThreshold() const { return minCount_; }
    void setMaxEdges(int maxEdges);
    int drawnEdgeCount() const; // what the current level of detail draws

    // Node geometry (widget coordinates) and hit testing, for tooltips and tests.
    QRectF nodeRect(int layer, int expert) const;
    bool nodeAt(const QPointF& pos, int* layer, int* expert) const;
    QString nodeText(int layer, int expert) const;
    bool isAnimating() const;
    double lastFrameMs() const { return lastFrameMs_; }

    bool writeCsv(const QString& path, QString* error) const override;
    QSize sizeHint() const override { return {900, 560}; }

Q_SIGNALS:
    void nodeHovered(int layer, int expert);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;

private:
    struct Geometry {
        std::vector<QRectF> nodes; // [layer * experts + expert]
    };
    Geometry layoutFor(const PathwayGraph& graph) const;
    QRectF plotRect() const;
    QColor nodeColour(const PathwayNode& node) const;
    void paintGraph(QPainter& p, const Geometry& g, bool opaqueEdges) const;
    void paintOverlay(QPainter& p, const Geometry& g) const;
    Geometry currentGeometry() const;
    void invalidate();

    PathwayGraph graph_;
    Geometry from_, to_;
    double t_ = 1.0; // transition progress
    QVariantAnimation* animation_;
    std::vector<PathwayEdge> highlight_;
    std::vector<std::vector<int>> highlightNodes_;
    int minCount_ = 1, maxEdges_ = 4000;
    QString labelTitle_;
    Colouring colouring_ = Colouring::Specialisation;
    QPixmap cache_;
    bool cacheValid_ = false;
    int hoverLayer_ = -1, hoverExpert_ = -1;
    double lastFrameMs_ = 0;
};

} // namespace ts::widgets
