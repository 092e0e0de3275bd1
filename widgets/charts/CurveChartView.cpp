#include "widgets/charts/CurveChartView.h"

#include <QChart>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QMouseEvent>
#include <QRubberBand>
#include <QTimer>
#include <QValueAxis>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>
#include <limits>

#include "widgets/charts/CrosshairItem.h"
#include "widgets/charts/Decimator.h"
#include "widgets/charts/EmaSmoother.h"

namespace ts {

namespace {

constexpr int kLiveThrottleMs = 50;   // live appends redraw at most 20 times a second
constexpr double kYMargin = 0.05;     // of the y span, above and below
constexpr double kOutlierQuantile = 0.05;
constexpr double kWheelStep = 0.85;   // range factor per wheel notch
constexpr int kMinBox = 4;            // a smaller rubber band is a click, not a zoom

bool validRange(const CurveChartView::Range& r, bool log) {
    return std::isfinite(r.first) && std::isfinite(r.second) && r.first < r.second &&
           (!log || r.first > 0);
}

// A degenerate range (one point, constant curve) still needs a visible span.
CurveChartView::Range widen(double lo, double hi, bool log) {
    if (!(lo <= hi) || !std::isfinite(lo) || !std::isfinite(hi))
        return log ? CurveChartView::Range{1, 10} : CurveChartView::Range{0, 1};
    if (lo < hi) return {lo, hi};
    if (log) return {lo / 2, hi * 2};
    const double d = lo == 0 ? 0.5 : std::abs(lo) * 0.05;
    return {lo - d, hi + d};
}

QList<QPointF> toPoints(const std::vector<Decimator::Point>& pts) {
    QList<QPointF> out;
    out.reserve(qsizetype(pts.size()));
    for (const auto& p : pts) out.append(QPointF(p.x, p.y));
    return out;
}

// 1, 2 or 5 times a power of ten, near span / ticks: tick labels people can read.
double niceInterval(double span, int ticks) {
    const double raw = span / std::max(1, ticks);
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    const double f = raw / mag;
    return (f < 1.5 ? 1 : f < 3.5 ? 2 : f < 7.5 ? 5 : 10) * mag;
}

void setAxisTicks(QAbstractAxis* axis, const CurveChartView::Range& r, double pixels,
                  double pixelsPerTick) {
    auto* v = qobject_cast<QValueAxis*>(axis);
    if (!v) return; // log axes tick at decades
    const double interval = niceInterval(r.second - r.first, int(pixels / pixelsPerTick));
    if (!(interval > 0) || !std::isfinite(interval)) return;
    v->setTickAnchor(0.0);
    v->setTickInterval(interval);
}

QAbstractAxis* makeAxis(bool log) {
    if (log) {
        auto* a = new QLogValueAxis;
        a->setBase(10);
        a->setLabelFormat(QStringLiteral("%g"));
        a->setMinorTickCount(-1); // Qt picks the 2..9 minor ticks per decade
        return a;
    }
    auto* a = new QValueAxis;
    a->setLabelFormat(QStringLiteral("%.6g"));
    a->setTickType(QValueAxis::TicksDynamic);
    return a;
}

void setAxisRange(QAbstractAxis* axis, const CurveChartView::Range& r) {
    if (auto* v = qobject_cast<QValueAxis*>(axis)) v->setRange(r.first, r.second);
    else if (auto* l = qobject_cast<QLogValueAxis*>(axis)) l->setRange(r.first, r.second);
}

CurveChartView::Range axisRange(const QAbstractAxis* axis) {
    if (auto* v = qobject_cast<const QValueAxis*>(axis)) return {v->min(), v->max()};
    if (auto* l = qobject_cast<const QLogValueAxis*>(axis)) return {l->min(), l->max()};
    return {0, 1};
}

} // namespace

struct CurveChartView::State {
    Curve curve;
    std::vector<double> smoothed;
    EmaSmoother ema;
    QLineSeries* line = nullptr;  // smoothed when smoothing is on, raw otherwise
    QLineSeries* faint = nullptr; // the raw curve behind the smoothed one
    bool visible = true;
};

CurveChartView::CurveChartView(QWidget* parent) : QChartView(new QChart, parent) {
    QChart* c = chart();
    c->legend()->setAlignment(Qt::AlignTop);
    c->layout()->setContentsMargins(0, 0, 0, 0); // the background fills the widget
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(NoRubberBand); // our own: it must re-decimate, not just rescale the axes
    setMouseTracking(true);

    m_rubberBand = new QRubberBand(QRubberBand::Rectangle, viewport());
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    connect(m_refreshTimer, &QTimer::timeout, this, &CurveChartView::refresh);

    m_crosshair = new CrosshairItem(c);
    m_crosshair->hide();
    connect(c, &QChart::plotAreaChanged, this, [this](const QRectF& area) {
        m_crosshair->setPlotArea(area);
        if (columnsFor(area) == m_lastColumns) return;
        // An export renders right after resizing the chart: it cannot wait for the timer.
        if (m_exportScale > 0 && !m_inRefresh) refresh();
        else scheduleRefresh(0);
    });

    rebuildAxes();
    setTheme(Theme::Light);
}

CurveChartView::~CurveChartView() = default;

CurveChartView::State* CurveChartView::find(const QString& id) const {
    for (const auto& s : m_curves)
        if (s->curve.id == id) return s.get();
    return nullptr;
}

void CurveChartView::setCurves(const QVector<Curve>& curves) {
    clear();
    for (const Curve& c : curves) {
        auto s = std::make_unique<State>();
        s->curve = c;
        m_curves.push_back(std::move(s));
    }
    // All faint raw lines first: series added later are drawn on top.
    for (auto& s : m_curves) {
        s->faint = new QLineSeries(this);
        s->faint->setName(s->curve.label);
        chart()->addSeries(s->faint);
    }
    for (auto& s : m_curves) {
        s->line = new QLineSeries(this);
        s->line->setName(s->curve.label);
        chart()->addSeries(s->line);
        const QString id = s->curve.id;
        for (QLegendMarker* m : chart()->legend()->markers(s->line))
            connect(m, &QLegendMarker::clicked, this,
                    [this, id] { setCurveVisible(id, !isCurveVisible(id)); });
    }
    for (auto& s : m_curves) {
        for (QLineSeries* ls : {s->faint, s->line}) {
            ls->attachAxis(m_axisX);
            ls->attachAxis(m_axisY);
        }
        recomputeSmoothing(*s);
        applyStyle(*s);
        applyVisibility(*s);
    }
    refresh();
}

void CurveChartView::appendPoints(const QString& id, const std::vector<double>& x,
                                  const std::vector<double>& y) {
    State* s = find(id);
    if (!s) return;
    const std::size_t n = std::min(x.size(), y.size());
    s->curve.x.insert(s->curve.x.end(), x.begin(), x.begin() + std::ptrdiff_t(n));
    s->curve.y.insert(s->curve.y.end(), y.begin(), y.begin() + std::ptrdiff_t(n));
    if (m_smoothing > 0)
        for (std::size_t i = 0; i < n; ++i) s->smoothed.push_back(s->ema.push(y[i]));
    scheduleRefresh(kLiveThrottleMs);
}

void CurveChartView::clear() {
    chart()->removeAllSeries();
    m_curves.clear();
    m_viewX.reset();
    m_viewY.reset();
    hideCrosshair();
    refresh();
}

void CurveChartView::rebuildAxes() {
    QChart* c = chart();
    for (QAbstractAxis* a : c->axes()) {
        c->removeAxis(a);
        delete a;
    }
    m_axisX = makeAxis(m_logX);
    m_axisY = makeAxis(m_logY);
    m_axisX->setTitleText(m_titleX);
    m_axisY->setTitleText(m_titleY);
    c->addAxis(m_axisX, Qt::AlignBottom);
    c->addAxis(m_axisY, Qt::AlignLeft);
    for (auto& s : m_curves)
        for (QLineSeries* ls : {s->faint, s->line}) {
            ls->clear(); // points <= 0 must not meet a log axis; refresh() refills
            ls->attachAxis(m_axisX);
            ls->attachAxis(m_axisY);
        }
}

void CurveChartView::setLogX(bool on) {
    if (on == m_logX) return;
    m_logX = on;
    if (m_viewX && !validRange(*m_viewX, m_logX)) m_viewX.reset();
    rebuildAxes();
    refresh();
}

void CurveChartView::setLogY(bool on) {
    if (on == m_logY) return;
    m_logY = on;
    if (m_viewY && !validRange(*m_viewY, m_logY)) m_viewY.reset();
    rebuildAxes();
    refresh();
}

void CurveChartView::setSmoothing(double weight) {
    const double w = EmaSmoother(weight).weight();
    if (w == m_smoothing) return;
    m_smoothing = w;
    for (auto& s : m_curves) {
        recomputeSmoothing(*s);
        applyVisibility(*s);
    }
    refresh();
}

void CurveChartView::recomputeSmoothing(State& s) {
    s.ema = EmaSmoother(m_smoothing);
    s.smoothed.clear();
    if (m_smoothing <= 0) return;
    s.smoothed.reserve(s.curve.y.size());
    for (double v : s.curve.y) s.smoothed.push_back(s.ema.push(v));
}

void CurveChartView::setIgnoreOutliers(bool on) {
    m_ignoreOutliers = on;
    refresh();
}

void CurveChartView::setFixedYRange(std::optional<Range> range) {
    m_fixedY = range;
    refresh();
}

void CurveChartView::setTheme(Theme theme) {
    m_theme = theme;
    chart()->setTheme(theme == Theme::Dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart()->setBackgroundRoundness(0); // square corners: exported figures fill the page
    for (auto& s : m_curves) {
        applyStyle(*s);
        applyVisibility(*s);
    }
    const bool dark = theme == Theme::Dark;
    m_crosshair->setColors(dark ? QColor(200, 200, 200) : QColor(110, 110, 110),
                           dark ? QColor(235, 235, 235) : QColor(20, 20, 20),
                           dark ? QColor(30, 30, 36, 225) : QColor(255, 255, 255, 225));
    m_crosshair->setFont(chart()->legend()->font());
}

void CurveChartView::setAxisTitles(const QString& x, const QString& y) {
    m_titleX = x;
    m_titleY = y;
    m_axisX->setTitleText(x);
    m_axisY->setTitleText(y);
}

void CurveChartView::applyStyle(State& s) {
    QPen pen(s.curve.color, 1.6);
    pen.setCosmetic(true);
    s.line->setPen(pen);
    QColor faint = s.curve.color;
    faint.setAlphaF(0.25f);
    QPen faintPen(faint, 1.0);
    faintPen.setCosmetic(true);
    s.faint->setPen(faintPen);
}

void CurveChartView::applyVisibility(State& s) {
    s.line->setVisible(s.visible);
    s.faint->setVisible(s.visible && m_smoothing > 0);
    // Hiding a series hides its marker too: the faint one stays out of the legend, the main
    // one stays in it, dimmed, so that it can be clicked back on.
    for (QLegendMarker* m : chart()->legend()->markers(s.faint)) m->setVisible(false);
    const qreal alpha = s.visible ? 1.0 : 0.3;
    for (QLegendMarker* m : chart()->legend()->markers(s.line)) {
        m->setVisible(true);
        QColor label = chart()->legend()->labelColor();
        label.setAlphaF(float(alpha));
        m->setLabelBrush(label);
        QColor c = s.curve.color;
        c.setAlphaF(float(alpha));
        m->setBrush(c);
        m->setPen(QPen(c));
    }
}

void CurveChartView::setCurveVisible(const QString& id, bool visible) {
    State* s = find(id);
    if (!s || s->visible == visible) return;
    s->visible = visible;
    applyVisibility(*s);
    refresh();
    Q_EMIT curveVisibilityChanged(id, visible);
}

bool CurveChartView::isCurveVisible(const QString& id) const {
    const State* s = find(id);
    return s && s->visible;
}

void CurveChartView::zoomTo(Range x, std::optional<Range> y) {
    if (!validRange(x, m_logX)) return;
    m_viewX = x;
    m_viewY = y && validRange(*y, m_logY) ? y : std::nullopt;
    refresh();
}

void CurveChartView::resetZoom() {
    m_viewX.reset();
    m_viewY.reset();
    refresh();
}

CurveChartView::Range CurveChartView::xRange() const {
    flushPending();
    return axisRange(m_axisX);
}

CurveChartView::Range CurveChartView::yRange() const {
    flushPending();
    return axisRange(m_axisY);
}

QStringList CurveChartView::curveIds() const {
    QStringList ids;
    for (const auto& s : m_curves) ids << s->curve.id;
    return ids;
}

QStringList CurveChartView::visibleCurveIds() const {
    QStringList ids;
    for (const auto& s : m_curves)
        if (s->visible) ids << s->curve.id;
    return ids;
}

QList<QPointF> CurveChartView::plottedPoints(const QString& id) const {
    flushPending();
    const State* s = find(id);
    return s ? s->line->points() : QList<QPointF>{};
}

QList<QPointF> CurveChartView::plottedRawPoints(const QString& id) const {
    flushPending();
    const State* s = find(id);
    return s && m_smoothing > 0 ? s->faint->points() : QList<QPointF>{};
}

std::vector<double> CurveChartView::smoothedValues(const QString& id) const {
    const State* s = find(id);
    return s ? s->smoothed : std::vector<double>{};
}

QLineSeries* CurveChartView::series(const QString& id) const {
    const State* s = find(id);
    return s ? s->line : nullptr;
}

PlotTable CurveChartView::plottedTable() const {
    const Range xr = xRange();
    PlotTable table;
    for (const auto& s : m_curves) {
        if (!s->visible) continue;
        const auto& x = s->curve.x;
        const auto lo = std::size_t(std::lower_bound(x.begin(), x.end(), xr.first) - x.begin());
        const auto hi = std::size_t(std::upper_bound(x.begin(), x.end(), xr.second) - x.begin());
        PlottedCurve pc;
        pc.id = s->curve.id;
        pc.label = s->curve.label;
        const auto slice = [lo, hi](const std::vector<double>& v) {
            return std::vector<double>(v.begin() + std::ptrdiff_t(std::min(lo, v.size())),
                                       v.begin() + std::ptrdiff_t(std::min(hi, v.size())));
        };
        pc.x = slice(x);
        pc.y = slice(s->curve.y);
        if (m_smoothing > 0) pc.smoothed = slice(s->smoothed);
        table.push_back(std::move(pc));
    }
    return table;
}

void CurveChartView::beginExport(double deviceScale) {
    m_exportScale = deviceScale > 0 ? deviceScale : 1.0;
    hideCrosshair();
}

void CurveChartView::endExport() {
    m_exportScale = 0;
    scheduleRefresh(0);
}

int CurveChartView::columnsFor(const QRectF& plotArea) const {
    const double scale = m_exportScale > 0 ? m_exportScale : devicePixelRatioF();
    return std::max(16, int(std::ceil(plotArea.width() * scale)));
}

void CurveChartView::scheduleRefresh(int delayMs) {
    m_dirty = true;
    // Throttle, do not debounce: a steady stream of appends still redraws every delayMs.
    if (!m_refreshTimer->isActive() || m_refreshTimer->remainingTime() > delayMs)
        m_refreshTimer->start(delayMs);
}

void CurveChartView::flushPending() const {
    if (m_dirty) const_cast<CurveChartView*>(this)->refresh();
}

CurveChartView::Range CurveChartView::dataXRange() const {
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    for (const auto& s : m_curves) {
        const auto& x = s->curve.x;
        if (x.empty()) continue;
        // Steps are sorted; on a log axis the range starts at the first positive one.
        const auto first = m_logX ? std::upper_bound(x.begin(), x.end(), 0.0) : x.begin();
        if (first == x.end()) continue;
        lo = std::min(lo, *first);
        hi = std::max(hi, x.back());
    }
    return widen(lo, hi, m_logX);
}

CurveChartView::Range CurveChartView::autoYRange(Range xr) const {
    std::vector<double> values; // only filled to find percentiles
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    for (const auto& s : m_curves) {
        if (!s->visible) continue;
        const auto& x = s->curve.x;
        const auto& y = s->curve.y; // the EMA stays within the raw values' hull
        const auto i0 = std::size_t(std::lower_bound(x.begin(), x.end(), xr.first) - x.begin());
        const auto i1 = std::size_t(std::upper_bound(x.begin(), x.end(), xr.second) - x.begin());
        for (std::size_t i = i0; i < std::min(i1, y.size()); ++i) {
            const double v = y[i];
            if (!std::isfinite(v) || (m_logY && v <= 0)) continue;
            if (m_ignoreOutliers) values.push_back(v);
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    }
    if (m_ignoreOutliers && values.size() > 2) {
        const auto at = [&](double q) {
            auto it = values.begin() + std::ptrdiff_t(q * double(values.size() - 1));
            std::nth_element(values.begin(), it, values.end());
            return *it;
        };
        lo = at(kOutlierQuantile);
        hi = at(1.0 - kOutlierQuantile);
    }
    const Range r = widen(lo, hi, m_logY);
    if (m_logY) {
        const double l0 = std::log10(r.first), l1 = std::log10(r.second);
        const double m = (l1 - l0) * kYMargin;
        return {std::pow(10.0, l0 - m), std::pow(10.0, l1 + m)};
    }
    const double m = (r.second - r.first) * kYMargin;
    return {r.first - m, r.second + m};
}

void CurveChartView::refresh() {
    if (m_inRefresh) return;
    m_inRefresh = true;
    m_refreshTimer->stop();
    m_dirty = false;

    const Range xr = m_viewX && validRange(*m_viewX, m_logX) ? *m_viewX : dataXRange();
    m_lastColumns = columnsFor(chart()->plotArea());
    Decimator::Options o;
    o.xMin = xr.first;
    o.xMax = xr.second;
    o.columns = m_lastColumns;
    o.logX = m_logX;
    o.positiveYOnly = m_logY;
    const bool smooth = m_smoothing > 0;
    for (auto& s : m_curves) {
        if (!s->visible) {
            s->line->clear();
            s->faint->clear();
            continue;
        }
        const auto& x = s->curve.x;
        s->line->replace(toPoints(Decimator::decimate(x, smooth ? s->smoothed : s->curve.y, o)));
        if (smooth) s->faint->replace(toPoints(Decimator::decimate(x, s->curve.y, o)));
        else s->faint->clear();
    }

    Range yr;
    if (m_viewY && validRange(*m_viewY, m_logY)) yr = *m_viewY;
    else if (m_fixedY && validRange(*m_fixedY, m_logY)) yr = *m_fixedY;
    else yr = autoYRange(xr);
    const QRectF area = chart()->plotArea();
    setAxisTicks(m_axisX, xr, area.width(), 110);
    setAxisTicks(m_axisY, yr, area.height(), 60);
    setAxisRange(m_axisX, xr);
    setAxisRange(m_axisY, yr);
    m_inRefresh = false;
    Q_EMIT rangeChanged();
}

double CurveChartView::toValue(double t, Range r, bool log) const {
    if (log) {
        const double l0 = std::log10(r.first), l1 = std::log10(r.second);
        return std::pow(10.0, l0 + t * (l1 - l0));
    }
    return r.first + t * (r.second - r.first);
}

double CurveChartView::toFraction(double v, Range r, bool log) const {
    if (log) {
        const double l0 = std::log10(r.first), l1 = std::log10(r.second);
        return v > 0 ? (std::log10(v) - l0) / (l1 - l0) : 0.0;
    }
    return (v - r.first) / (r.second - r.first);
}

QPointF CurveChartView::chartPos(const QPointF& viewportPos) const {
    return chart()->mapFromScene(mapToScene(viewportPos.toPoint()));
}

QPointF CurveChartView::valueAt(const QPointF& p) const {
    const QRectF a = chart()->plotArea();
    const double tx = (p.x() - a.left()) / a.width();
    const double ty = (a.bottom() - p.y()) / a.height();
    return {toValue(tx, xRange(), m_logX), toValue(ty, yRange(), m_logY)};
}

void CurveChartView::pan(const QPointF& d) {
    const QRectF a = chart()->plotArea();
    if (a.isEmpty()) return;
    const Range xr = xRange(), yr = yRange();
    const double dx = -d.x() / a.width(), dy = d.y() / a.height();
    m_viewX = Range{toValue(dx, xr, m_logX), toValue(1 + dx, xr, m_logX)};
    m_viewY = Range{toValue(dy, yr, m_logY), toValue(1 + dy, yr, m_logY)};
    refresh();
}

void CurveChartView::zoomAround(const QPointF& p, double f, bool zoomX, bool zoomY) {
    const QRectF a = chart()->plotArea();
    if (a.isEmpty()) return;
    const Range xr = xRange(), yr = yRange();
    const double tx = (p.x() - a.left()) / a.width();
    const double ty = (a.bottom() - p.y()) / a.height();
    // The value under the cursor stays put; an x-only zoom leaves y fitting the data.
    if (zoomX) m_viewX = Range{toValue(tx * (1 - f), xr, m_logX), toValue(tx + (1 - tx) * f, xr, m_logX)};
    if (zoomY) m_viewY = Range{toValue(ty * (1 - f), yr, m_logY), toValue(ty + (1 - ty) * f, yr, m_logY)};
    refresh();
}

void CurveChartView::mousePressEvent(QMouseEvent* event) {
    const bool inPlot = chart()->plotArea().contains(chartPos(event->position()));
    if (inPlot && event->button() == Qt::LeftButton) {
        m_drag = Drag::Zoom;
        m_dragOrigin = event->position().toPoint();
        m_rubberBand->setGeometry(QRect(m_dragOrigin, QSize()));
        m_rubberBand->show();
        event->accept();
        return;
    }
    if (inPlot && (event->button() == Qt::RightButton || event->button() == Qt::MiddleButton)) {
        m_drag = Drag::Pan;
        m_panLast = event->position();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event); // the legend markers live in the scene
}

void CurveChartView::mouseMoveEvent(QMouseEvent* event) {
    const QPointF pos = event->position();
    if (m_drag == Drag::Zoom) {
        const QRect plot = mapFromScene(chart()->mapToScene(chart()->plotArea())).boundingRect();
        m_rubberBand->setGeometry(QRect(m_dragOrigin, pos.toPoint()).normalized() & plot);
    } else if (m_drag == Drag::Pan) {
        pan(pos - m_panLast);
        m_panLast = pos;
    } else {
        QChartView::mouseMoveEvent(event);
    }
    updateCrosshair(chartPos(pos));
}

void CurveChartView::mouseReleaseEvent(QMouseEvent* event) {
    if (m_drag == Drag::Zoom && event->button() == Qt::LeftButton) {
        m_drag = Drag::None;
        m_rubberBand->hide();
        const QRect box = m_rubberBand->geometry();
        if (box.width() >= kMinBox && box.height() >= kMinBox) {
            const QPointF a = valueAt(chartPos(box.bottomLeft()));
            const QPointF b = valueAt(chartPos(box.topRight()));
            zoomTo({a.x(), b.x()}, Range{a.y(), b.y()});
        }
        event->accept();
        return;
    }
    if (m_drag == Drag::Pan) {
        m_drag = Drag::None;
        viewport()->unsetCursor();
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void CurveChartView::mouseDoubleClickEvent(QMouseEvent* event) {
    if (chart()->plotArea().contains(chartPos(event->position()))) {
        resetZoom();
        event->accept();
        return;
    }
    QChartView::mouseDoubleClickEvent(event);
}

void CurveChartView::wheelEvent(QWheelEvent* event) {
    const QPointF p = chartPos(event->position());
    if (!chart()->plotArea().contains(p) || event->angleDelta().y() == 0) {
        QChartView::wheelEvent(event);
        return;
    }
    // Ctrl zooms the steps only, Shift the values only.
    const bool onlyX = event->modifiers() & Qt::ControlModifier;
    const bool onlyY = event->modifiers() & Qt::ShiftModifier;
    zoomAround(p, std::pow(kWheelStep, event->angleDelta().y() / 120.0), !onlyY, !onlyX);
    event->accept();
}

void CurveChartView::leaveEvent(QEvent* event) {
    hideCrosshair();
    QChartView::leaveEvent(event);
}

void CurveChartView::hideCrosshair() {
    if (m_crosshair) m_crosshair->hide();
}

void CurveChartView::updateCrosshair(const QPointF& p) {
    const QRectF area = chart()->plotArea();
    if (m_exportScale > 0 || !area.contains(p)) {
        hideCrosshair();
        return;
    }
    const QPointF v = valueAt(p);
    Q_EMIT cursorMoved(v.x(), v.y());

    QStringList lines;
    double lineX = std::numeric_limits<double>::quiet_NaN();
    const QLocale loc = locale();
    for (const auto& s : m_curves) {
        if (!s->visible) continue;
        const auto& x = s->curve.x;
        if (x.empty()) continue;
        // The nearest step to the cursor: binary search, then the closer neighbour.
        auto it = std::lower_bound(x.begin(), x.end(), v.x());
        if (it == x.end() || (it != x.begin() && v.x() - *(it - 1) < *it - v.x())) --it;
        const auto i = std::size_t(it - x.begin());
        const auto& ys = m_smoothing > 0 ? s->smoothed : s->curve.y;
        if (i >= ys.size()) continue;
        if (lines.isEmpty()) {
            lineX = x[i];
            lines << tr("Step %1").arg(loc.toString(x[i], 'g', 10));
        }
        lines << tr("%1: %2").arg(s->curve.label, loc.toString(ys[i], 'g', 6));
    }
    if (lines.isEmpty()) {
        hideCrosshair();
        return;
    }
    const double px = area.left() + toFraction(lineX, xRange(), m_logX) * area.width();
    m_crosshair->setPlotArea(area);
    m_crosshair->setLine(std::clamp(px, area.left(), area.right()), p.y(), lines);
    m_crosshair->show();
}

} // namespace ts
