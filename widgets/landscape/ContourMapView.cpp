#include "widgets/landscape/ContourMapView.h"

#include "widgets/landscape/AxisTitles.h"
#include "widgets/landscape/ColourMap.h"
#include "widgets/landscape/IsoLines.h"
#include "widgets/landscape/SurfaceExport.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace ts::widgets {

namespace {
QColor stepColour(double t) { return QColor::fromHsvF(float(0.66 * (1 - std::clamp(t, 0.0, 1.0))), 0.9f, 0.9f); }

QString number(double v) { return QString::number(v, 'g', 4); }
} // namespace

ContourMapView::ContourMapView(QWidget* parent) : QWidget(parent)
{
    setAutoFillBackground(true);
    setMinimumSize(320, 260);
}

void ContourMapView::setSurface(const LandscapeSurface& surface)
{
    surface_ = surface;
    refresh();
}

void ContourMapView::setOptions(const SceneOptions& options)
{
    options_ = options;
    refresh();
}

void ContourMapView::setLevels(const std::vector<double>& levels)
{
    userLevels_.clear();
    for (double l : levels)
        if (std::isfinite(l))
            userLevels_.push_back(l);
    std::sort(userLevels_.begin(), userLevels_.end());
    update();
}

void ContourMapView::refresh()
{
    scaled_ = options_.scale.grid(surface_, options_.metric);
    hasData_ = surface_.is2d() && finiteRange(scaled_, lo_, hi_);
    if (hasData_)
        options_.scale.fixRange(lo_, hi_);
    if (hasData_ && hi_ <= lo_)
        hi_ = lo_ + 1;
    update();
}

std::vector<double> ContourMapView::levels() const
{
    return userLevels_.empty() ? evenLevels(lo_, hi_, 10) : userLevels_;
}

bool ContourMapView::showsStd() const { return hasData_ && options_.showStd && surface_.hasStd(options_.metric); }

std::vector<double> ContourMapView::stdLevels() const
{
    double lo = 0, hi = 0;
    if (!showsStd() || !finiteRange(surface_.stds.at(options_.metric), lo, hi) || !(hi > lo))
        return {};
    return evenLevels(lo, hi, 5);
}

QString ContourMapView::title() const
{
    QString text = QString::fromStdString(options_.metric) + (options_.scale.log ? tr(" (log10)") : QString());
    if (surface_.hasStd(options_.metric)) {
        QStringList at; // the std levels, so the dashed lines can be read
        for (double level : stdLevels())
            at << QString::number(level, 'g', 3);
        text += showsStd() ? tr(", mean of %1 batches; dashed: std = %2").arg(surface_.batches).arg(at.join(", "))
                           : tr(", mean of %1 batches").arg(surface_.batches);
    }
    return text;
}

QRectF ContourMapView::plotRect() const
{
    const QFontMetrics fm(font());
    const double left = fm.horizontalAdvance("-0.000") + fm.height() + 14, top = fm.height() * 2 + 6;
    const double right = fm.horizontalAdvance("-0.0000") + 44, bottom = fm.height() * 2 + 14;
    return QRectF(left, top, std::max(10.0, width() - left - right), std::max(10.0, height() - top - bottom));
}

QPointF ContourMapView::positionOf(double x, double y) const
{
    const QRectF r = plotRect();
    if (!surface_.is2d() || surface_.nx() < 2 || surface_.ny() < 2)
        return {};
    const double fx = (x - surface_.xs.front()) / (surface_.xs.back() - surface_.xs.front());
    const double fy = (y - surface_.ys.front()) / (surface_.ys.back() - surface_.ys.front());
    return QPointF(r.left() + fx * r.width(), r.bottom() - fy * r.height());
}

QImage ContourMapView::bands(const QSize& pixels, double lo, double hi) const
{
    // Every pixel takes the colour of the band its interpolated value falls in.
    std::vector<double> edges{lo};
    for (double l : levels())
        if (l > lo && l < hi)
            edges.push_back(l);
    edges.push_back(hi);
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    const double x0 = surface_.xs.front(), x1 = surface_.xs.back();
    const double y0 = surface_.ys.front(), y1 = surface_.ys.back();
    for (int py = 0; py < pixels.height(); ++py) {
        const double y = y1 - (py + 0.5) / pixels.height() * (y1 - y0);
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(py));
        for (int px = 0; px < pixels.width(); ++px) {
            const double x = x0 + (px + 0.5) / pixels.width() * (x1 - x0);
            const double v = interpolateGrid(scaled_, surface_.xs, surface_.ys, x, y);
            if (!std::isfinite(v))
                continue;
            const auto band = std::upper_bound(edges.begin() + 1, edges.end() - 1, v) - edges.begin() - 1;
            const double mid = (edges[size_t(band)] + edges[size_t(band) + 1]) / 2;
            line[px] = viridis((mid - lo) / (hi - lo)).rgb();
        }
    }
    return image;
}

void ContourMapView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm(font());
    const QColor text = palette().color(QPalette::WindowText);
    if (!hasData_) {
        p.setPen(text);
        p.drawText(rect(), Qt::AlignCenter,
                   surface_.is2d() || surface_.xs.empty() ? tr("No surface points computed yet")
                                                          : tr("A 1-D slice has no contour map: see the slice chart"));
        return;
    }
    const QRectF r = plotRect();
    // Fill at the painter's device resolution, so a 300-dpi export is not pixelated.
    const double scale = std::clamp(p.deviceTransform().m11(), 1.0, 8.0);
    const QSize pixels(std::max(2, int(r.width() * scale)), std::max(2, int(r.height() * scale)));
    p.drawImage(r, bands(pixels, lo_, hi_));

    // Iso-lines.
    const std::vector<double> lv = levels();
    p.setPen(QPen(QColor(20, 20, 20, 170), 0.8));
    for (double level : lv)
        for (const IsoSegment& s : isoSegments(scaled_, surface_.xs, surface_.ys, level))
            p.drawLine(positionOf(s.x0, s.y0), positionOf(s.x1, s.y1));

    // The std map: dashed white-on-dark iso-lines over the mean's bands.
    if (showsStd()) {
        const auto& sd = surface_.stds.at(options_.metric);
        for (const auto& pen : {QPen(QColor(0, 0, 0, 150), 2.2), QPen(QColor(255, 255, 255, 230), 1.1, Qt::DashLine)})
            for (double level : stdLevels()) {
                p.setPen(pen);
                for (const IsoSegment& s : isoSegments(sd, surface_.xs, surface_.ys, level))
                    p.drawLine(positionOf(s.x0, s.y0), positionOf(s.x1, s.y1));
            }
    }

    // Trajectory.
    if (options_.trajectory && !surface_.trajectory.empty()) {
        const double first = double(surface_.trajectory.front().step), last = double(surface_.trajectory.back().step);
        QPainterPath path;
        for (size_t k = 0; k < surface_.trajectory.size(); ++k) {
            if (double(surface_.trajectory[k].step) > options_.trajectoryUpTo)
                break; // replay: not reached yet
            const QPointF q = positionOf(surface_.trajectory[k].x, surface_.trajectory[k].y);
            k == 0 ? path.moveTo(q) : path.lineTo(q);
        }
        p.save();
        p.setClipRect(r);
        p.setPen(QPen(QColor(10, 10, 10), 1.6));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        for (const TrajectoryPoint& t : surface_.trajectory) {
            if (double(t.step) > options_.trajectoryUpTo)
                continue;
            const QPointF q = positionOf(t.x, t.y);
            const double f = last > first ? (double(t.step) - first) / (last - first) : 1.0;
            p.setPen(QPen(Qt::black, 0.6));
            p.setBrush(stepColour(f));
            p.drawEllipse(q, 3.5, 3.5);
            if (t.step == options_.currentStep) {
                p.setPen(QPen(QColor(230, 10, 25), 2.2));
                p.setBrush(Qt::NoBrush);
                p.drawEllipse(q, 8, 8);
            }
        }
        p.restore();
    }

    // Frame, axes and colour bar.
    p.setPen(text);
    p.setBrush(Qt::NoBrush);
    p.drawRect(r);
    for (int k = 0; k <= 4; ++k) {
        const double x = surface_.xs.front() + (surface_.xs.back() - surface_.xs.front()) * k / 4;
        const double y = surface_.ys.front() + (surface_.ys.back() - surface_.ys.front()) * k / 4;
        const QPointF px = positionOf(x, surface_.ys.front()), py = positionOf(surface_.xs.front(), y);
        p.drawLine(px, px + QPointF(0, 4));
        p.drawText(QRectF(px.x() - 40, r.bottom() + 5, 80, fm.height()), Qt::AlignHCenter, number(x));
        p.drawLine(py, py - QPointF(4, 0));
        p.drawText(QRectF(0, py.y() - fm.height() / 2.0, r.left() - 6, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
                   number(y));
    }
    p.drawText(QRectF(r.left(), r.bottom() + fm.height() + 6, r.width(), fm.height()), Qt::AlignHCenter,
               surfaceAxisTitle(surface_.directions, 0));
    p.save();
    p.translate(fm.height() * 0.5, r.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-r.height() / 2, -fm.height() / 2.0, r.height(), fm.height()), Qt::AlignHCenter,
               surfaceAxisTitle(surface_.directions, 1));
    p.restore();
    const QString title = this->title();
    p.drawText(QRectF(r.left(), 2, r.width(), fm.height()), Qt::AlignHCenter, picked_.isEmpty() ? title : picked_);

    const QRectF bar(r.right() + 12, r.top(), 16, r.height());
    for (int i = 0; i < int(bar.height()); ++i)
        p.fillRect(QRectF(bar.left(), bar.bottom() - i - 1, bar.width(), 1.0), viridis(i / bar.height()));
    p.drawRect(bar);
    for (double level : lv) {
        const double y = bar.bottom() - (level - lo_) / (hi_ - lo_) * bar.height();
        if (y < bar.top() - 0.5 || y > bar.bottom() + 0.5)
            continue;
        p.drawLine(QPointF(bar.left(), y), QPointF(bar.right() + 3, y));
        p.drawText(QRectF(bar.right() + 5, y - fm.height() / 2.0, 80, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   number(level));
    }
}

GridPick ContourMapView::pickAt(const QPointF& position)
{
    GridPick pick;
    const QRectF r = plotRect();
    if (!hasData_ || !r.adjusted(-2, -2, 2, 2).contains(position))
        return pick;
    // A checkpoint marker under the click selects it (and is what the click reports).
    bool marker = false;
    if (options_.trajectory)
        for (const TrajectoryPoint& t : surface_.trajectory)
            if (double(t.step) <= options_.trajectoryUpTo && QLineF(positionOf(t.x, t.y), position).length() <= 6) {
                Q_EMIT checkpointPicked(t.step);
                marker = true;
                break;
            }
    const double fx = (position.x() - r.left()) / r.width(), fy = (r.bottom() - position.y()) / r.height();
    pick.ix = std::clamp<int64_t>(std::llround(fx * double(surface_.nx() - 1)), 0, surface_.nx() - 1);
    pick.iy = std::clamp<int64_t>(std::llround(fy * double(surface_.ny() - 1)), 0, surface_.ny() - 1);
    // Grids need not be uniform: move to the truly nearest coordinate.
    const double x = surface_.xs.front() + fx * (surface_.xs.back() - surface_.xs.front());
    const double y = surface_.ys.front() + fy * (surface_.ys.back() - surface_.ys.front());
    const auto nearest = [](const std::vector<double>& v, double c) {
        return int64_t(std::min_element(v.begin(), v.end(),
                                        [c](double a, double b) { return std::abs(a - c) < std::abs(b - c); }) -
                       v.begin());
    };
    pick.ix = nearest(surface_.xs, x);
    pick.iy = nearest(surface_.ys, y);
    pick.hit = true;
    pick.x = surface_.xs[size_t(pick.ix)];
    pick.y = surface_.ys[size_t(pick.iy)];
    pick.value = surface_.value(options_.metric, pick.ix, pick.iy);
    picked_ = tr("(%1, %2): %3 = %4")
                  .arg(number(pick.x), number(pick.y), QString::fromStdString(options_.metric), number(pick.value));
    if (surface_.hasStd(options_.metric))
        picked_ += tr(" ± %1 (std over %2 batches)")
                       .arg(number(surface_.stdValue(options_.metric, pick.ix, pick.iy)))
                       .arg(surface_.batches);
    if (!marker)
        Q_EMIT pointPicked(pick.x, pick.y, pick.value);
    update();
    return pick;
}

void ContourMapView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton)
        pickAt(event->position());
}

LatexFigure ContourMapView::latexFigure() const
{
    LatexFigure f;
    LatexAxis a;
    a.title = QString::fromStdString(options_.metric) + (options_.scale.log ? tr(" (log10)") : QString());
    a.xLabel = surfaceAxisTitle(surface_.directions, 0);
    a.yLabel = surfaceAxisTitle(surface_.directions, 1);
    a.legend = false;
    if (!hasData_) {
        f.notes << "No 2-D surface to show.";
        f.axes.push_back(std::move(a));
        return f;
    }
    a.xRange = std::make_pair(surface_.xs.front(), surface_.xs.back());
    a.yRange = std::make_pair(surface_.ys.front(), surface_.ys.back());
    LatexMatrix m;
    m.xs = surface_.xs;
    m.ys = surface_.ys;
    const std::size_t nx = surface_.xs.size();
    for (std::size_t iy = 0; iy < surface_.ys.size(); ++iy)
        m.values.emplace_back(scaled_.begin() + long(iy * nx), scaled_.begin() + long((iy + 1) * nx));
    m.low = lo_;
    m.high = hi_;
    m.colourBarTitle = a.title;
    a.matrix = std::move(m);
    for (double level : levels()) {
        // One broken line per level: a NaN between segments lifts the pen.
        LatexLine iso;
        iso.colour = QColor(20, 20, 20);
        iso.opacity = 0.67;
        iso.widthPt = 0.5;
        iso.decimate = false;
        for (const IsoSegment& s : isoSegments(scaled_, surface_.xs, surface_.ys, level)) {
            iso.x.insert(iso.x.end(), {s.x0, s.x1, NAN});
            iso.y.insert(iso.y.end(), {s.y0, s.y1, NAN});
        }
        if (!iso.x.empty())
            a.lines.push_back(std::move(iso));
    }
    if (options_.trajectory && !surface_.trajectory.empty()) {
        LatexLine path;
        path.colour = QColor(10, 10, 10);
        path.widthPt = 1.2;
        path.marks = true;
        path.decimate = false;
        for (const TrajectoryPoint& t : surface_.trajectory)
            if (double(t.step) <= options_.trajectoryUpTo) {
                path.x.push_back(t.x);
                path.y.push_back(t.y);
            }
        a.lines.push_back(std::move(path));
    }
    f.axes.push_back(std::move(a));
    return f;
}

bool ContourMapView::writeCsv(const QString& path, QString* error) const
{
    const QString e = SurfaceExport::writeCsv(surface_, path);
    if (!e.isEmpty() && error)
        *error = e;
    return e.isEmpty();
}

} // namespace ts::widgets
