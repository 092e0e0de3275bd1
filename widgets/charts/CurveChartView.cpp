#include "widgets/charts/CurveChartView.h"

#include <QAreaSeries>
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

namespace ts::widgets {

namespace {

constexpr int kLiveThrottleMs = 50;   // live appends redraw at most 20 times a second
constexpr double kYMargin = 0.05;     // of the y span, above and below (and of the x span beside error bars)
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
    // A group's band: a shaded area between two boundary lines, or one small polyline per
    // point (a vertical bar with caps) for error bars.
    QAreaSeries* band = nullptr;
    std::vector<QLineSeries*> bars;
    bool visible = true;
    std::vector<QAbstractSeries*> allSeries() const {
        std::vector<QAbstractSeries*> all{faint, line};
        if (band) all.push_back(band);
        all.insert(all.end(), bars.begin(), bars.end());
        return all;
    }
    bool hasBand() const { return !curve.lower.empty() && curve.lower.size() == curve.x.size() &&
                                  curve.upper.size() == curve.x.size(); }
};

CurveChartView::CurveChartView(QWidget* parent) : QChartView(new QChart, parent) {
    QChart* c = chart();
    c->legend()->setAlignment(Qt::AlignTop);
    c->layout()->setContentsMargins(0, 0, 0, 0); // the background fills the widget
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(NoRubberBand); // our own: it must re-decimate, not just rescale the axes
    setMouseTracking(true);

    rubberBand_ = new QRubberBand(QRubberBand::Rectangle, viewport());
    refreshTimer_ = new QTimer(this);
    refreshTimer_->setSingleShot(true);
    connect(refreshTimer_, &QTimer::timeout, this, &CurveChartView::refresh);

    crosshair_ = new CrosshairItem(c);
    crosshair_->hide();
    connect(c, &QChart::plotAreaChanged, this, [this](const QRectF& area) {
        crosshair_->setPlotArea(area);
        if (columnsFor(area) == lastColumns_) return;
        // An export renders right after resizing the chart: it cannot wait for the timer.
        if (exportScale_ > 0 && !inRefresh_) refresh();
        else scheduleRefresh(0);
    });

    rebuildAxes();
    setTheme(Theme::Light);
}

CurveChartView::~CurveChartView() = default;

CurveChartView::State* CurveChartView::find(const QString& id) const {
    for (const auto& s : curves_)
        if (s->curve.id == id) return s.get();
    return nullptr;
}

void CurveChartView::setCurves(const QVector<Curve>& curves) {
    clear();
    for (const Curve& c : curves) {
        auto s = std::make_unique<State>();
        s->curve = c;
        curves_.push_back(std::move(s));
    }
    // Bands first, then the faint raw lines: series added later are drawn on top.
    for (auto& s : curves_) {
        if (!s->hasBand()) continue;
        if (s->curve.errorBars) {
            for (std::size_t i = 0; i < s->curve.x.size(); ++i) {
                auto* bar = new QLineSeries(this);
                chart()->addSeries(bar);
                s->bars.push_back(bar);
            }
        } else {
            auto* upper = new QLineSeries;
            auto* lower = new QLineSeries;
            s->band = new QAreaSeries(upper, lower);
            upper->setParent(s->band); // the area does not own its boundaries
            lower->setParent(s->band);
            chart()->addSeries(s->band);
        }
    }
    for (auto& s : curves_) {
        s->faint = new QLineSeries(this);
        s->faint->setName(s->curve.label);
        chart()->addSeries(s->faint);
    }
    for (auto& s : curves_) {
        s->line = new QLineSeries(this);
        s->line->setName(s->curve.label);
        chart()->addSeries(s->line);
        const QString id = s->curve.id;
        for (QLegendMarker* m : chart()->legend()->markers(s->line))
            connect(m, &QLegendMarker::clicked, this,
                    [this, id] { setCurveVisible(id, !isCurveVisible(id)); });
    }
    for (auto& s : curves_) {
        for (QAbstractSeries* ls : s->allSeries()) {
            ls->attachAxis(axisX_);
            ls->attachAxis(axisY_);
        }
        if (s->curve.errorBars && s->hasBand())
            s->line->setPointsVisible(true);
        recomputeSmoothing(*s);
        applyStyle(*s);
        applyVisibility(*s);
    }
    if (compact_)
        chart()->legend()->setVisible(curves_.size() > 1);
    refresh();
}

void CurveChartView::appendPoints(const QString& id, const std::vector<double>& x,
                                  const std::vector<double>& y) {
    State* s = find(id);
    if (!s) return;
    const std::size_t n = std::min(x.size(), y.size());
    s->curve.x.insert(s->curve.x.end(), x.begin(), x.begin() + std::ptrdiff_t(n));
    s->curve.y.insert(s->curve.y.end(), y.begin(), y.begin() + std::ptrdiff_t(n));
    if (smoothing_ > 0)
        for (std::size_t i = 0; i < n; ++i) s->smoothed.push_back(s->ema.push(y[i]));
    scheduleRefresh(kLiveThrottleMs);
}

void CurveChartView::clear() {
    chart()->removeAllSeries();
    curves_.clear();
    viewX_.reset();
    viewY_.reset();
    hideCrosshair();
    refresh();
}

void CurveChartView::rebuildAxes() {
    QChart* c = chart();
    for (QAbstractAxis* a : c->axes()) {
        c->removeAxis(a);
        delete a;
    }
    axisX_ = makeAxis(logX_);
    axisY_ = makeAxis(logY_);
    axisX_->setTitleText(titleX_);
    axisY_->setTitleText(titleY_);
    c->addAxis(axisX_, Qt::AlignBottom);
    c->addAxis(axisY_, Qt::AlignLeft);
    applyChartText(c, presentation_); // new axes take the theme's fonts
    for (auto& s : curves_) {
        clearSeries(*s); // points <= 0 must not meet a log axis; refresh() refills
        for (QAbstractSeries* ls : s->allSeries()) {
            ls->attachAxis(axisX_);
            ls->attachAxis(axisY_);
        }
    }
}

void CurveChartView::setLogX(bool on) {
    if (on == logX_) return;
    logX_ = on;
    if (viewX_ && !validRange(*viewX_, logX_)) viewX_.reset();
    rebuildAxes();
    refresh();
}

void CurveChartView::setLogY(bool on) {
    if (on == logY_) return;
    logY_ = on;
    if (viewY_ && !validRange(*viewY_, logY_)) viewY_.reset();
    rebuildAxes();
    refresh();
}

void CurveChartView::setSmoothing(double weight) {
    const double w = EmaSmoother(weight).weight();
    if (w == smoothing_) return;
    smoothing_ = w;
    for (auto& s : curves_) {
        recomputeSmoothing(*s);
        applyVisibility(*s);
    }
    refresh();
}

void CurveChartView::recomputeSmoothing(State& s) {
    s.ema = EmaSmoother(smoothing_);
    s.smoothed.clear();
    if (smoothing_ <= 0) return;
    s.smoothed.reserve(s.curve.y.size());
    for (double v : s.curve.y) s.smoothed.push_back(s.ema.push(v));
}

void CurveChartView::setIgnoreOutliers(bool on) {
    ignoreOutliers_ = on;
    refresh();
}

void CurveChartView::setReplayStep(double step) {
    if (!stepAxis_) return;
    if (std::isnan(step)) step = kEverything;
    if (step == replayStep_) return;
    replayStep_ = step;
    refresh();
}

void CurveChartView::setFixedYRange(std::optional<Range> range) {
    fixedY_ = range;
    refresh();
}

void CurveChartView::setTheme(Theme theme) {
    theme_ = theme;
    chart()->setTheme(theme == Theme::Dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart()->setBackgroundRoundness(0); // square corners: exported figures fill the page
    for (auto& s : curves_) {
        applyStyle(*s);
        applyVisibility(*s);
    }
    const bool dark = theme == Theme::Dark;
    crosshair_->setColors(dark ? QColor(200, 200, 200) : QColor(110, 110, 110),
                           dark ? QColor(235, 235, 235) : QColor(20, 20, 20),
                           dark ? QColor(30, 30, 36, 225) : QColor(255, 255, 255, 225));
    applyChartText(chart(), presentation_);
    crosshair_->setFont(chart()->legend()->font());
}

void CurveChartView::setCompact(bool on)
{
    if (on && !compact_)
        normalMargins_ = chart()->margins();
    if (on != compact_)
        chart()->setMargins(on ? QMargins(4, 2, 8, 2) : normalMargins_);
    compact_ = on;
    chart()->legend()->setVisible(!(on && curves_.size() <= 1));
}

void CurveChartView::setPresentation(const Presentation& presentation)
{
    presentation_ = presentation;
    setTheme(theme_); // the theme restores its own fonts and pens, then the presentation applies
}

void CurveChartView::setTickSpacing(double xPixels, double yPixels) {
    tickSpacingX_ = std::max(8.0, xPixels);
    tickSpacingY_ = std::max(8.0, yPixels);
    refresh();
}

void CurveChartView::setAxisTitles(const QString& x, const QString& y) {
    titleX_ = x;
    titleY_ = y;
    axisX_->setTitleText(x);
    axisY_->setTitleText(y);
}

void CurveChartView::applyStyle(State& s) {
    QPen pen(s.curve.color, presentation_.lineWidth > 0 ? presentation_.lineWidth : 1.6);
    pen.setCosmetic(true);
    s.line->setPen(pen);
    QColor faint = s.curve.color;
    faint.setAlphaF(0.25f);
    QPen faintPen(faint, 1.0);
    faintPen.setCosmetic(true);
    s.faint->setPen(faintPen);
    if (s.band) {
        QColor fill = s.curve.color;
        fill.setAlphaF(0.22f);
        s.band->setBrush(fill);
        s.band->setPen(Qt::NoPen);
    }
    QPen barPen(s.curve.color, presentation_.lineWidth > 0 ? presentation_.lineWidth * 0.7 : 1.2);
    barPen.setCosmetic(true);
    for (QLineSeries* bar : s.bars)
        bar->setPen(barPen);
}

void CurveChartView::applyVisibility(State& s) {
    s.line->setVisible(s.visible);
    s.faint->setVisible(s.visible && smoothing_ > 0);
    // Hiding a series hides its marker too: the faint one stays out of the legend, the main
    // one stays in it, dimmed, so that it can be clicked back on.
    for (QLegendMarker* m : chart()->legend()->markers(s.faint)) m->setVisible(false);
    if (s.band) {
        s.band->setVisible(s.visible);
        for (QLegendMarker* m : chart()->legend()->markers(s.band)) m->setVisible(false);
    }
    for (QLineSeries* bar : s.bars) {
        bar->setVisible(s.visible);
        for (QLegendMarker* m : chart()->legend()->markers(bar)) m->setVisible(false);
    }
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
    if (!validRange(x, logX_)) return;
    viewX_ = x;
    viewY_ = y && validRange(*y, logY_) ? y : std::nullopt;
    refresh();
}

void CurveChartView::resetZoom() {
    viewX_.reset();
    viewY_.reset();
    refresh();
}

CurveChartView::Range CurveChartView::xRange() const {
    flushPending();
    return axisRange(axisX_);
}

CurveChartView::Range CurveChartView::yRange() const {
    flushPending();
    return axisRange(axisY_);
}

QStringList CurveChartView::curveIds() const {
    QStringList ids;
    for (const auto& s : curves_) ids << s->curve.id;
    return ids;
}

QStringList CurveChartView::visibleCurveIds() const {
    QStringList ids;
    for (const auto& s : curves_)
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
    return s && smoothing_ > 0 ? s->faint->points() : QList<QPointF>{};
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
    for (const auto& s : curves_) {
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
        if (smoothing_ > 0) pc.smoothed = slice(s->smoothed);
        if (s->hasBand()) {
            pc.lower = slice(s->curve.lower);
            pc.upper = slice(s->curve.upper);
            pc.errorBars = s->curve.errorBars;
        }
        if (s->curve.count.size() == x.size())
            pc.count = std::vector<int>(s->curve.count.begin() + std::ptrdiff_t(lo),
                                        s->curve.count.begin() + std::ptrdiff_t(hi));
        table.push_back(std::move(pc));
    }
    return table;
}

void CurveChartView::beginExport(double deviceScale) {
    exportScale_ = deviceScale > 0 ? deviceScale : 1.0;
    hideCrosshair();
}

void CurveChartView::endExport() {
    exportScale_ = 0;
    scheduleRefresh(0);
}

int CurveChartView::columnsFor(const QRectF& plotArea) const {
    const double scale = exportScale_ > 0 ? exportScale_ : devicePixelRatioF();
    return std::max(16, int(std::ceil(plotArea.width() * scale)));
}

void CurveChartView::scheduleRefresh(int delayMs) {
    dirty_ = true;
    // Throttle, do not debounce: a steady stream of appends still redraws every delayMs.
    if (!refreshTimer_->isActive() || refreshTimer_->remainingTime() > delayMs)
        refreshTimer_->start(delayMs);
}

void CurveChartView::flushPending() const {
    if (dirty_) const_cast<CurveChartView*>(this)->refresh();
}

CurveChartView::Range CurveChartView::dataXRange() const {
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    for (const auto& s : curves_) {
        const auto& x = s->curve.x;
        if (x.empty()) continue;
        // Steps are sorted; on a log axis the range starts at the first positive one.
        const auto first = logX_ ? std::upper_bound(x.begin(), x.end(), 0.0) : x.begin();
        if (first == x.end()) continue;
        lo = std::min(lo, *first);
        hi = std::max(hi, x.back());
    }
    const Range r = widen(lo, hi, logX_);
    // Error bars at the first and last point would be cut in half by the plot's edge.
    const bool bars = std::any_of(curves_.begin(), curves_.end(),
                                  [](const auto& s) { return s->curve.errorBars && s->hasBand(); });
    if (!bars)
        return r;
    if (logX_) {
        const double l0 = std::log10(r.first), l1 = std::log10(r.second), m = (l1 - l0) * kYMargin;
        return {std::pow(10.0, l0 - m), std::pow(10.0, l1 + m)};
    }
    const double m = (r.second - r.first) * kYMargin;
    return {r.first - m, r.second + m};
}

CurveChartView::Range CurveChartView::autoYRange(Range xr) const {
    std::vector<double> values; // only filled to find percentiles
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    for (const auto& s : curves_) {
        if (!s->visible) continue;
        const auto& x = s->curve.x;
        const auto& y = s->curve.y; // the EMA stays within the raw values' hull
        const auto i0 = std::size_t(std::lower_bound(x.begin(), x.end(), xr.first) - x.begin());
        const auto i1 = std::size_t(std::upper_bound(x.begin(), x.end(), xr.second) - x.begin());
        const bool band = s->hasBand();
        for (std::size_t i = i0; i < std::min(i1, y.size()); ++i) {
            for (double v : {y[i], band ? s->curve.lower[i] : y[i], band ? s->curve.upper[i] : y[i]}) {
                if (!std::isfinite(v) || (logY_ && v <= 0)) continue;
                if (ignoreOutliers_) values.push_back(v);
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
        }
    }
    if (ignoreOutliers_ && values.size() > 2) {
        const auto at = [&](double q) {
            auto it = values.begin() + std::ptrdiff_t(q * double(values.size() - 1));
            std::nth_element(values.begin(), it, values.end());
            return *it;
        };
        lo = at(kOutlierQuantile);
        hi = at(1.0 - kOutlierQuantile);
    }
    const Range r = widen(lo, hi, logY_);
    if (logY_) {
        const double l0 = std::log10(r.first), l1 = std::log10(r.second);
        const double m = (l1 - l0) * kYMargin;
        return {std::pow(10.0, l0 - m), std::pow(10.0, l1 + m)};
    }
    const double m = (r.second - r.first) * kYMargin;
    return {r.first - m, r.second + m};
}

void CurveChartView::clearSeries(State& s) {
    s.line->clear();
    s.faint->clear();
    if (s.band) {
        s.band->upperSeries()->clear();
        s.band->lowerSeries()->clear();
    }
    for (QLineSeries* bar : s.bars) bar->clear();
}

void CurveChartView::refreshBand(State& s, const Decimator::Options& o, Range xr) {
    if (!s.hasBand()) return;
    const auto& x = s.curve.x;
    // Up to the replay step, like the line (the band of a step not reached is not drawn).
    const std::size_t n = std::isinf(replayStep_) && replayStep_ > 0
        ? x.size()
        : std::size_t(std::upper_bound(x.begin(), x.end(), replayStep_) - x.begin());
    if (s.band) {
        s.band->upperSeries()->replace(toPoints(Decimator::decimate(x.data(), s.curve.upper.data(), n, o)));
        s.band->lowerSeries()->replace(toPoints(Decimator::decimate(x.data(), s.curve.lower.data(), n, o)));
        return;
    }
    // Error bars: a vertical line with caps 1/150 of the visible x-range wide.
    const double cap = (logX_ ? std::log10(xr.second / xr.first) : xr.second - xr.first) / 150.0;
    const auto shift = [&](double v, double by) { return logX_ ? v * std::pow(10.0, by) : v + by; };
    for (std::size_t i = 0; i < s.bars.size(); ++i) {
        QLineSeries* bar = s.bars[i];
        const double lo = s.curve.lower[i], hi = s.curve.upper[i], xi = x[i];
        if (i >= n || !std::isfinite(lo) || !std::isfinite(hi) || (logY_ && lo <= 0) || (logX_ && xi <= 0)) {
            bar->clear();
            continue;
        }
        bar->replace({QPointF(shift(xi, -cap), lo), QPointF(shift(xi, cap), lo), QPointF(xi, lo), QPointF(xi, hi),
                      QPointF(shift(xi, -cap), hi), QPointF(shift(xi, cap), hi)});
    }
}

void CurveChartView::refresh() {
    if (inRefresh_) return;
    inRefresh_ = true;
    refreshTimer_->stop();
    dirty_ = false;

    const Range xr = viewX_ && validRange(*viewX_, logX_) ? *viewX_ : dataXRange();
    lastColumns_ = columnsFor(chart()->plotArea());
    Decimator::Options o;
    o.xMin = xr.first;
    o.xMax = xr.second;
    o.columns = lastColumns_;
    o.logX = logX_;
    o.positiveYOnly = logY_;
    const bool smooth = smoothing_ > 0;
    for (auto& s : curves_) {
        if (!s->visible) {
            clearSeries(*s);
            continue;
        }
        const auto& x = s->curve.x;
        const auto& shown = smooth ? s->smoothed : s->curve.y;
        refreshBand(*s, o, xr);
        if (std::isinf(replayStep_) && replayStep_ > 0) {
            s->line->replace(toPoints(Decimator::decimate(x, shown, o)));
            if (smooth) s->faint->replace(toPoints(Decimator::decimate(x, s->curve.y, o)));
            else s->faint->clear();
            continue;
        }
        // Replay: the points up to the step, then one interpolated at the step itself.
        const std::size_t n = std::min(
            std::size_t(std::upper_bound(x.begin(), x.end(), replayStep_) - x.begin()),
            std::min(shown.size(), s->curve.y.size()));
        const auto upTo = [&](const std::vector<double>& y) {
            QList<QPointF> pts = toPoints(Decimator::decimate(x.data(), y.data(), n, o));
            if (n > 0 && n < x.size() && n < y.size() && x[n] > x[n - 1] && replayStep_ > x[n - 1]) {
                const double f = (replayStep_ - x[n - 1]) / (x[n] - x[n - 1]);
                const double v = y[n - 1] + f * (y[n] - y[n - 1]);
                if (std::isfinite(v) && (!logY_ || v > 0) && (!logX_ || replayStep_ > 0))
                    pts.append(QPointF(replayStep_, v));
            }
            return pts;
        };
        s->line->replace(upTo(shown));
        if (smooth) s->faint->replace(upTo(s->curve.y));
        else s->faint->clear();
    }

    Range yr;
    if (viewY_ && validRange(*viewY_, logY_)) yr = *viewY_;
    else if (fixedY_ && validRange(*fixedY_, logY_)) yr = *fixedY_;
    else yr = autoYRange(xr);
    const QRectF area = chart()->plotArea();
    setAxisTicks(axisX_, xr, area.width(), tickSpacingX_);
    setAxisTicks(axisY_, yr, area.height(), tickSpacingY_);
    setAxisRange(axisX_, xr);
    setAxisRange(axisY_, yr);
    inRefresh_ = false;
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
    return {toValue(tx, xRange(), logX_), toValue(ty, yRange(), logY_)};
}

void CurveChartView::pan(const QPointF& d) {
    const QRectF a = chart()->plotArea();
    if (a.isEmpty()) return;
    const Range xr = xRange(), yr = yRange();
    const double dx = -d.x() / a.width(), dy = d.y() / a.height();
    viewX_ = Range{toValue(dx, xr, logX_), toValue(1 + dx, xr, logX_)};
    viewY_ = Range{toValue(dy, yr, logY_), toValue(1 + dy, yr, logY_)};
    refresh();
}

void CurveChartView::zoomAround(const QPointF& p, double f, bool zoomX, bool zoomY) {
    const QRectF a = chart()->plotArea();
    if (a.isEmpty()) return;
    const Range xr = xRange(), yr = yRange();
    const double tx = (p.x() - a.left()) / a.width();
    const double ty = (a.bottom() - p.y()) / a.height();
    // The value under the cursor stays put; an x-only zoom leaves y fitting the data.
    if (zoomX) viewX_ = Range{toValue(tx * (1 - f), xr, logX_), toValue(tx + (1 - tx) * f, xr, logX_)};
    if (zoomY) viewY_ = Range{toValue(ty * (1 - f), yr, logY_), toValue(ty + (1 - ty) * f, yr, logY_)};
    refresh();
}

void CurveChartView::mousePressEvent(QMouseEvent* event) {
    const bool inPlot = chart()->plotArea().contains(chartPos(event->position()));
    if (inPlot && event->button() == Qt::LeftButton) {
        drag_ = Drag::Zoom;
        dragOrigin_ = event->position().toPoint();
        rubberBand_->setGeometry(QRect(dragOrigin_, QSize()));
        rubberBand_->show();
        event->accept();
        return;
    }
    if (inPlot && (event->button() == Qt::RightButton || event->button() == Qt::MiddleButton)) {
        drag_ = Drag::Pan;
        panLast_ = event->position();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event); // the legend markers live in the scene
}

void CurveChartView::mouseMoveEvent(QMouseEvent* event) {
    const QPointF pos = event->position();
    if (drag_ == Drag::Zoom) {
        const QRect plot = mapFromScene(chart()->mapToScene(chart()->plotArea())).boundingRect();
        rubberBand_->setGeometry(QRect(dragOrigin_, pos.toPoint()).normalized() & plot);
    } else if (drag_ == Drag::Pan) {
        pan(pos - panLast_);
        panLast_ = pos;
    } else {
        QChartView::mouseMoveEvent(event);
    }
    updateCrosshair(chartPos(pos));
}

void CurveChartView::mouseReleaseEvent(QMouseEvent* event) {
    if (drag_ == Drag::Zoom && event->button() == Qt::LeftButton) {
        drag_ = Drag::None;
        rubberBand_->hide();
        const QRect box = rubberBand_->geometry();
        if (box.width() >= kMinBox && box.height() >= kMinBox) {
            const QPointF a = valueAt(chartPos(box.bottomLeft()));
            const QPointF b = valueAt(chartPos(box.topRight()));
            zoomTo({a.x(), b.x()}, Range{a.y(), b.y()});
        }
        event->accept();
        return;
    }
    if (drag_ == Drag::Pan) {
        drag_ = Drag::None;
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
    if (crosshair_) crosshair_->hide();
}

void CurveChartView::updateCrosshair(const QPointF& p) {
    const QRectF area = chart()->plotArea();
    if (exportScale_ > 0 || !area.contains(p)) {
        hideCrosshair();
        return;
    }
    const QPointF v = valueAt(p);
    Q_EMIT cursorMoved(v.x(), v.y());

    QStringList lines;
    double lineX = std::numeric_limits<double>::quiet_NaN();
    const QLocale loc = locale();
    for (const auto& s : curves_) {
        if (!s->visible) continue;
        const auto& x = s->curve.x;
        if (x.empty()) continue;
        // The nearest step to the cursor: binary search, then the closer neighbour.
        auto it = std::lower_bound(x.begin(), x.end(), v.x());
        if (it == x.end() || (it != x.begin() && v.x() - *(it - 1) < *it - v.x())) --it;
        const auto i = std::size_t(it - x.begin());
        const auto& ys = smoothing_ > 0 ? s->smoothed : s->curve.y;
        if (i >= ys.size()) continue;
        if (lines.isEmpty()) {
            lineX = x[i];
            lines << tr("Step %1").arg(loc.toString(x[i], 'g', 10));
        }
        QString line = tr("%1: %2").arg(s->curve.label, loc.toString(ys[i], 'g', 6));
        if (s->hasBand() && smoothing_ <= 0)
            line += tr(" [%1, %2]").arg(loc.toString(s->curve.lower[i], 'g', 4), loc.toString(s->curve.upper[i], 'g', 4));
        if (i < s->curve.count.size())
            line += tr(" (n = %1)").arg(s->curve.count[i]);
        lines << line;
    }
    if (lines.isEmpty()) {
        hideCrosshair();
        return;
    }
    const double px = area.left() + toFraction(lineX, xRange(), logX_) * area.width();
    crosshair_->setPlotArea(area);
    crosshair_->setLine(std::clamp(px, area.left(), area.right()), p.y(), lines);
    crosshair_->show();
}

} // namespace ts::widgets
