#include "widgets/pathways/PathwayGraphView.h"

#include "widgets/export/CsvWriter.h"

#include <QElapsedTimer>
#include <QMouseEvent>
#include <QFontMetricsF>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QTextStream>
#include <QToolTip>
#include <QVariantAnimation>

#include <algorithm>
#include <cmath>

namespace ts::widgets {

namespace {
// Okabe–Ito, then golden-ratio hues for labels beyond eight.
QColor labelColour(int label)
{
    static const QColor palette[] = {QColor("#0072B2"), QColor("#D55E00"), QColor("#009E73"), QColor("#CC79A7"),
                                     QColor("#E69F00"), QColor("#56B4E9"), QColor("#F0E442"), QColor("#000000")};
    if (label < 8)
        return palette[label];
    return QColor::fromHsvF(std::fmod(label * 0.6180339887, 1.0), 0.65, 0.85);
}

QColor mix(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * t, a.greenF() + (b.greenF() - a.greenF()) * t,
                            a.blueF() + (b.blueF() - a.blueF()) * t);
}

constexpr int kCurveLimit = 1500; // more drawn edges than this: straight lines
} // namespace

PathwayGraphView::PathwayGraphView(QWidget* parent) : QWidget(parent)
{
    setObjectName("pathwayGraph");
    setMouseTracking(true);
    setMinimumSize(320, 240);
    animation_ = new QVariantAnimation(this);
    animation_->setStartValue(0.0);
    animation_->setEndValue(1.0);
    animation_->setDuration(350);
    animation_->setEasingCurve(QEasingCurve::InOutCubic);
    connect(animation_, &QVariantAnimation::valueChanged, this, [this](const QVariant& v) {
        t_ = v.toDouble();
        update();
    });
    connect(animation_, &QVariantAnimation::finished, this, [this] {
        t_ = 1.0;
        invalidate();
    });
}

void PathwayGraphView::setGraph(const PathwayGraph& graph, bool animate)
{
    const bool sameShape = graph.layers() == graph_.layers() && graph.experts() == graph_.experts();
    from_ = sameShape ? currentGeometry() : Geometry{};
    graph_ = graph;
    to_ = layoutFor(graph_);
    animation_->stop();
    if (animate && sameShape && !from_.nodes.empty() && isVisible()) {
        t_ = 0.0;
        animation_->start();
    } else {
        t_ = 1.0;
    }
    invalidate();
}

void PathwayGraphView::setHighlight(const std::vector<PathwayEdge>& edges, const std::vector<std::vector<int>>& keptPerLayer)
{
    highlight_ = edges;
    highlightNodes_ = keptPerLayer;
    update();
}

void PathwayGraphView::setColouring(Colouring colouring)
{
    colouring_ = colouring;
    invalidate();
}

void PathwayGraphView::setEdgeThreshold(int minCount)
{
    minCount_ = std::max(1, minCount);
    invalidate();
}

void PathwayGraphView::setMaxEdges(int maxEdges)
{
    maxEdges_ = std::max(1, maxEdges);
    invalidate();
}

int PathwayGraphView::drawnEdgeCount() const
{
    int n = 0;
    for (const auto& e : graph_.edges()) {
        if (e.count < minCount_ || n >= maxEdges_)
            break; // sorted by decreasing count
        ++n;
    }
    return n;
}

bool PathwayGraphView::isAnimating() const { return animation_->state() == QAbstractAnimation::Running; }

void PathwayGraphView::invalidate()
{
    cacheValid_ = false;
    update();
}

QRectF PathwayGraphView::plotRect() const
{
    // Room above for the layer labels, whatever the font (presenter mode's is large).
    const double top = std::max(34.0, QFontMetricsF(font()).height() + 12);
    return QRectF(rect()).adjusted(46, top, -46, -16);
}

PathwayGraphView::Geometry PathwayGraphView::layoutFor(const PathwayGraph& graph) const
{
    Geometry g;
    const int L = graph.layers(), E = graph.experts();
    if (L == 0 || E == 0)
        return g;
    const QRectF r = plotRect();
    const double nodeW = std::clamp(r.width() / (L * 5.0), 5.0, 18.0);
    const double gap = std::clamp(r.height() * 0.25 / E, 0.5, 8.0);
    const double minH = E > 32 ? 1.0 : 2.0;
    const double free = std::max(1.0, r.height() - gap * (E - 1) - minH * E);
    const double scale = free / std::max(1, graph.maxLayerTotal());
    g.nodes.assign(std::size_t(L * E), {});
    for (int l = 0; l < L; ++l) {
        const double x = L == 1 ? r.center().x() - nodeW / 2 : r.left() + l * (r.width() - nodeW) / (L - 1);
        double y = r.top();
        for (int e : graph.order()[std::size_t(l)]) {
            const double h = minH + graph.node(l, e).count * scale;
            g.nodes[std::size_t(l * E + e)] = QRectF(x, y, nodeW, h);
            y += h + gap;
        }
    }
    return g;
}

PathwayGraphView::Geometry PathwayGraphView::currentGeometry() const
{
    if (t_ >= 1.0 || from_.nodes.size() != to_.nodes.size())
        return to_;
    Geometry g = to_;
    for (std::size_t i = 0; i < g.nodes.size(); ++i) {
        const QRectF &a = from_.nodes[i], &b = to_.nodes[i];
        g.nodes[i] = QRectF(a.x() + (b.x() - a.x()) * t_, a.y() + (b.y() - a.y()) * t_,
                            a.width() + (b.width() - a.width()) * t_, a.height() + (b.height() - a.height()) * t_);
    }
    return g;
}

QRectF PathwayGraphView::nodeRect(int layer, int expert) const
{
    const auto g = currentGeometry();
    const std::size_t i = std::size_t(layer * graph_.experts() + expert);
    return i < g.nodes.size() ? g.nodes[i] : QRectF();
}

bool PathwayGraphView::nodeAt(const QPointF& pos, int* layer, int* expert) const
{
    const auto g = currentGeometry();
    for (int l = 0; l < graph_.layers(); ++l)
        for (int e = 0; e < graph_.experts(); ++e)
            if (g.nodes[std::size_t(l * graph_.experts() + e)].adjusted(-2, -1, 2, 1).contains(pos)) {
                *layer = l;
                *expert = e;
                return true;
            }
    return false;
}

QString PathwayGraphView::nodeText(int layer, int expert) const
{
    const auto& n = graph_.node(layer, expert);
    QString text = tr("Layer %1, expert %2: %3 of %4 samples (%5%)")
                       .arg(layer)
                       .arg(expert)
                       .arg(n.count)
                       .arg(graph_.groupSize())
                       .arg(100.0 * n.load, 0, 'f', 1);
    if (n.majorityLabel >= 0)
        text += "\n" + tr("mostly %1 %2 (%3% of them)")
                           .arg(labelTitle_.isEmpty() ? tr("label") : labelTitle_)
                           .arg(n.majorityLabel)
                           .arg(100.0 * n.purity, 0, 'f', 0);
    return text;
}

QColor PathwayGraphView::nodeColour(const PathwayNode& node) const
{
    static const QColor grey(190, 190, 190);
    if (node.count == 0)
        return QColor(225, 225, 225);
    if (colouring_ == Colouring::Load || node.majorityLabel < 0)
        return mix(QColor("#c6dbef"), QColor("#08519c"), std::min(1.0, node.load));
    // Purity above chance (1/labels) → colour; halfway from chance to pure is full colour.
    const double chance = 1.0 / std::max(1, graph_.labelKinds());
    const double lift = chance < 1.0 ? (node.purity - chance) / (1.0 - chance) : 1.0;
    return mix(grey, labelColour(node.majorityLabel), std::clamp(2.0 * lift, 0.0, 1.0));
}

void PathwayGraphView::paintGraph(QPainter& p, const Geometry& g, bool opaqueEdges) const
{
    const int L = graph_.layers(), E = graph_.experts();
    p.fillRect(rect(), Qt::white);
    if (L == 0 || E == 0 || g.nodes.empty()) {
        p.setPen(Qt::darkGray);
        p.drawText(rect(), Qt::AlignCenter, tr("No routing to show"));
        return;
    }
    const QRectF r = plotRect();
    // Pixel height of one sample in a node: the largest node's height over its count.
    double perSample = 0;
    for (int l = 0; l < L; ++l)
        for (int e = 0; e < E; ++e)
            if (const int c = graph_.node(l, e).count)
                perSample = std::max(perSample, (g.nodes[std::size_t(l * E + e)].height() - 1.0) / c);

    const int drawn = drawnEdgeCount();
    const bool curves = drawn <= kCurveLimit;
    p.setRenderHint(QPainter::Antialiasing, drawn <= 8000);
    for (int i = drawn - 1; i >= 0; --i) { // weakest first, strongest on top
        const auto& e = graph_.edges()[std::size_t(i)];
        const QRectF& a = g.nodes[std::size_t(e.layer * E + e.from)];
        const QRectF& b = g.nodes[std::size_t((e.layer + 1) * E + e.to)];
        // Translucent edges show where many overlap; transition frames (not cached) draw the
        // same colour pre-blended on white, opaque, which the raster engine fills ~8x faster.
        QColor c = nodeColour(graph_.node(e.layer, e.from));
        if (opaqueEdges)
            c = mix(Qt::white, c, 0.35);
        else
            c.setAlphaF(0.35);
        QPen pen(c, std::clamp(e.count * perSample, 0.6, std::min(a.height(), b.height()) + 0.6));
        pen.setCapStyle(Qt::FlatCap);
        p.setPen(pen);
        const QPointF p0(a.right(), a.center().y()), p1(b.left(), b.center().y());
        if (curves) {
            QPainterPath path(p0);
            const double mx = (p0.x() + p1.x()) / 2;
            path.cubicTo(QPointF(mx, p0.y()), QPointF(mx, p1.y()), p1);
            p.drawPath(path);
        } else {
            p.drawLine(p0, p1);
        }
    }
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setPen(Qt::NoPen);
    for (int l = 0; l < L; ++l)
        for (int e = 0; e < E; ++e) {
            p.setBrush(nodeColour(graph_.node(l, e)));
            p.drawRect(g.nodes[std::size_t(l * E + e)]);
        }
    p.setPen(Qt::black);
    QFont f = font();
    f.setPointSizeF(std::max(6.0, f.pointSizeF() - 1));
    p.setFont(f);
    const double columnGap = L > 1 ? (r.width() / (L - 1)) : r.width();
    const QFontMetricsF metrics(f);
    const double labelWidth = metrics.horizontalAdvance(tr("Layer %1").arg(L - 1)) + 12;
    const int labelStep = std::max(1, int(std::ceil(labelWidth / std::max(1.0, columnGap))));
    for (int l = 0; l < L; l += labelStep) {
        const QRectF& n0 = g.nodes[std::size_t(l * E)];
        const QString label = tr("Layer %1").arg(l);
        // As wide as the text, centred on the column but kept inside the view (the first and
        // last columns sit near its edges).
        const double w = metrics.horizontalAdvance(label) + 8;
        const double x = std::clamp(n0.center().x() - w / 2, 0.0, std::max(0.0, width() - w));
        p.drawText(QRectF(x, 4, w, std::max(24.0, metrics.height() + 4)), Qt::AlignCenter, label);
    }
    if (columnGap >= 40) // expert ids where they fit
        for (int l = 0; l < L; ++l)
            for (int e = 0; e < E; ++e) {
                const QRectF& n = g.nodes[std::size_t(l * E + e)];
                if (n.height() >= 11)
                    p.drawText(QRectF(n.left() - 30, n.top(), 27, n.height()), Qt::AlignRight | Qt::AlignVCenter,
                               QString::number(e));
            }
}

void PathwayGraphView::paintOverlay(QPainter& p, const Geometry& g) const
{
    const int E = graph_.experts();
    if (g.nodes.empty())
        return;
    p.setRenderHint(QPainter::Antialiasing, true);
    QPen pen(QColor(20, 20, 20), 2.5); // opaque: translucent wide lines are ~8x slower to fill
    pen.setCapStyle(Qt::FlatCap);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    // Straight segments when the pathway is large (top-k routing at scale): stroking hundreds
    // of wide antialiased curves costs more than the whole cached graph.
    const bool curves = highlight_.size() <= 120;
    for (const auto& e : highlight_) {
        const QRectF& a = g.nodes[std::size_t(e.layer * E + e.from)];
        const QRectF& b = g.nodes[std::size_t((e.layer + 1) * E + e.to)];
        const QPointF p0(a.right(), a.center().y()), p1(b.left(), b.center().y());
        if (curves) {
            QPainterPath path(p0);
            const double mx = (p0.x() + p1.x()) / 2;
            path.cubicTo(QPointF(mx, p0.y()), QPointF(mx, p1.y()), p1);
            p.drawPath(path);
        } else {
            p.drawLine(p0, p1);
        }
    }
    p.setPen(QPen(QColor(20, 20, 20), 2));
    for (std::size_t l = 0; l < highlightNodes_.size(); ++l)
        for (int e : highlightNodes_[l])
            p.drawRect(g.nodes[l * std::size_t(E) + std::size_t(e)].adjusted(-2, -2, 2, 2));
    if (hoverLayer_ >= 0) {
        p.setPen(QPen(QColor("#D55E00"), 2));
        p.drawRect(g.nodes[std::size_t(hoverLayer_ * E + hoverExpert_)].adjusted(-3, -3, 3, 3));
    }
}

void PathwayGraphView::paintEvent(QPaintEvent*)
{
    QElapsedTimer timer;
    timer.start();
    QPainter p(this);
    const auto g = currentGeometry();
    // The cache serves the screen only: exports (scaled painters, SVG/PDF engines) draw vectors.
    const bool screen = p.paintEngine()->type() == QPaintEngine::Raster && !p.worldTransform().isScaling() && t_ >= 1.0;
    if (screen) {
        const qreal dpr = devicePixelRatioF();
        if (!cacheValid_ || cache_.size() != size() * dpr) {
            cache_ = QPixmap(size() * dpr);
            cache_.setDevicePixelRatio(dpr);
            QPainter cp(&cache_);
            paintGraph(cp, g, false);
            cacheValid_ = true;
        }
        p.drawPixmap(0, 0, cache_);
    } else {
        paintGraph(p, g, t_ < 1.0);
    }
    paintOverlay(p, g);
    lastFrameMs_ = timer.nsecsElapsed() / 1e6;
}

void PathwayGraphView::resizeEvent(QResizeEvent*)
{
    to_ = layoutFor(graph_);
    from_ = {};
    t_ = 1.0;
    animation_->stop();
    invalidate();
}

void PathwayGraphView::mouseMoveEvent(QMouseEvent* event)
{
    int l = -1, e = -1;
    if (nodeAt(event->position(), &l, &e)) {
        if (l != hoverLayer_ || e != hoverExpert_) {
            hoverLayer_ = l;
            hoverExpert_ = e;
            QToolTip::showText(event->globalPosition().toPoint(), nodeText(l, e), this);
            Q_EMIT nodeHovered(l, e);
            update();
        }
    } else if (hoverLayer_ >= 0) {
        hoverLayer_ = hoverExpert_ = -1;
        QToolTip::hideText();
        update();
    }
}

bool PathwayGraphView::writeCsv(const QString& path, QString* error) const
{
    return CsvWriter::writeFile(path, [&](QTextStream& out) {
        out << "kind,layer,expert,to_expert,count,load,majority_label,purity,position\n";
        for (int l = 0; l < graph_.layers(); ++l)
            for (int e = 0; e < graph_.experts(); ++e) {
                const auto& n = graph_.node(l, e);
                out << "node," << l << ',' << e << ",," << n.count << ',' << CsvWriter::formatNumber(n.load) << ','
                    << n.majorityLabel << ',' << CsvWriter::formatNumber(n.purity) << ','
                    << graph_.position(l, e) << '\n';
            }
        for (const auto& e : graph_.edges())
            out << "edge," << e.layer << ',' << e.from << ',' << e.to << ',' << e.count << ",,,,\n";
    }, error);
}

} // namespace ts::widgets
