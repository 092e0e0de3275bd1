#include "widgets/figure/FigureComposer.h"

#include "widgets/charts/CurveChartView.h"
#include "widgets/export/FigureExporter.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGuiApplication>
#include <QLegend>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QScreen>
#include <QSvgGenerator>
#include <QWidget>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace ts::widgets {

namespace {

constexpr double kMetersPerInch = 0.0254;
constexpr double kMarginPt = 2; // around the page
constexpr double kGapPt = 6;    // between panels

// The DPI that widgets lay out and size their point-sized fonts at (FigureExporter paints at it).
double screenDpi()
{
    const QScreen* s = QGuiApplication::primaryScreen();
    return s ? s->logicalDotsPerInchY() : 96.0;
}

QFont baseFont(const FigureSpec& spec)
{
    QFont f(spec.fontFamily);
    f.setPointSizeF(spec.fontSize);
    return f;
}

QFont boldFont(const FigureSpec& spec)
{
    QFont f = baseFont(spec);
    f.setBold(true);
    return f;
}

void styleChart(QChart* chart, const QFont& font, const QFont& bold)
{
    chart->setTitleFont(bold);
    chart->legend()->setFont(font);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsFont(font);
        axis->setTitleFont(font);
    }
    // The page is small: the default 20-pixel margins would eat the plots.
    chart->setMargins(QMargins(2, 2, 2, 2));
}

// One font for every text of the panel: the widget's (custom-painted views use it) and every
// chart's title, legend, tick labels and axis titles.
void applyFont(QWidget* panel, const FigureSpec& spec)
{
    const QFont font = baseFont(spec), bold = boldFont(spec);
    panel->setFont(font);
    QList<QChartView*> views = panel->findChildren<QChartView*>();
    if (auto* v = qobject_cast<QChartView*>(panel))
        views << v;
    for (QChartView* v : views)
        styleChart(v->chart(), font, bold);
}

QString groupKey(const QString& mode, const QString& view, int row, int column)
{
    if (mode == "rows")
        return view + "|r" + QString::number(row);
    if (mode == "columns")
        return view + "|c" + QString::number(column);
    return view;
}

} // namespace

FigureComposer::FigureComposer(const FigureSpec& spec, std::vector<QWidget*> panels)
    : spec_(spec), panels_(std::move(panels))
{}

QSizeF FigureComposer::logicalSize() const { return spec_.sizeInPoints() * (screenDpi() / 72.0); }

QSize FigureComposer::pixelSize(double dpi) const
{
    const QSizeF pt = spec_.sizeInPoints();
    return QSize(int(std::lround(pt.width() / 72.0 * dpi)), int(std::lround(pt.height() / 72.0 * dpi)));
}

bool FigureComposer::fail(const QString& message)
{
    error_ = message;
    return false;
}

double FigureComposer::bandHeight() const
{
    bool titles = false;
    for (const auto& p : spec_.panels)
        titles = titles || !p.title.isEmpty();
    if (!spec_.letters && !titles)
        return 0;
    return QFontMetricsF(boldFont(spec_)).height() * 1.15;
}

QRectF FigureComposer::cellRect(int index, const QSizeF& page) const
{
    const int columns = std::max(1, spec_.columns), rows = std::max(1, spec_.rows());
    const double unit = screenDpi() / 72.0, margin = kMarginPt * unit, gap = kGapPt * unit;
    const double w = (page.width() - 2 * margin - (columns - 1) * gap) / columns;
    const double h = (page.height() - 2 * margin - (rows - 1) * gap) / rows;
    const int r = index / columns, c = index % columns;
    return QRectF(margin + c * (w + gap), margin + r * (h + gap), std::max(1.0, w), std::max(1.0, h));
}

QRectF FigureComposer::panelRect(int index) const
{
    const QRectF cell = cellRect(index, logicalSize());
    return cell.adjusted(0, std::min(bandHeight(), cell.height() - 1), 0, 0);
}

void FigureComposer::prepare(const QSizeF& page)
{
    if (prepared_ == page)
        return;
    prepared_ = page;
    const double band = bandHeight();
    for (std::size_t i = 0; i < panels_.size() && int(i) < spec_.panels.size(); ++i) {
        QWidget* w = panels_[i];
        if (!w)
            continue;
        const QRectF cell = cellRect(int(i), page);
        const QSizeF size(cell.width(), std::max(1.0, cell.height() - band));
        w->setAttribute(Qt::WA_DontShowOnScreen);
        applyFont(w, spec_);
        // A dashboard that cannot shrink to its panel is laid out larger, by one factor along
        // both axes, and painted scaled down (FigureExporter stretches it to the panel): its
        // text comes out smaller than the spec's, but nothing is cut off or distorted.
        double grow = 1;
        if (!qobject_cast<QChartView*>(w)) {
            const QSize least = w->minimumSizeHint().expandedTo(w->minimumSize());
            grow = std::max({1.0, least.width() / size.width(), least.height() / size.height()});
        }
        w->resize((size * grow).toSize());
        if (!spec_.panels[int(i)].title.isEmpty())
            if (auto* v = qobject_cast<QChartView*>(w))
                v->chart()->setTitle(QString()); // drawn in the band, with the letter
        if (auto* chart = qobject_cast<CurveChartView*>(w)) {
            // Lay the chart out at its panel's size now, so that ticks suit its plot area.
            chart->chart()->setGeometry(QRectF(QPointF(), size));
            if (QGraphicsLayout* l = chart->chart()->layout()) {
                l->invalidate();
                l->activate();
            }
            // Ticks a few lines of text apart: a small panel still gets three to five.
            const double line = QFontMetricsF(baseFont(spec_)).height();
            chart->setTickSpacing(std::max(60.0, 7 * line), std::max(24.0, 2.4 * line));
            chart->resetZoom();
        }
    }
    shareAxes();
}

void FigureComposer::shareAxes()
{
    const int columns = std::max(1, spec_.columns);
    struct Member {
        CurveChartView* chart;
        int row, column;
    };
    for (const bool xAxis : {true, false}) {
        const QString mode = xAxis ? spec_.sharedX : spec_.sharedY;
        if (mode == "none")
            continue;
        std::map<QString, std::vector<Member>> groups;
        for (std::size_t i = 0; i < panels_.size() && int(i) < spec_.panels.size(); ++i)
            if (auto* chart = qobject_cast<CurveChartView*>(panels_[i])) {
                const int row = int(i) / columns, column = int(i) % columns;
                groups[groupKey(mode, spec_.panels[int(i)].view, row, column)].push_back({chart, row, column});
            }
        for (auto& [key, members] : groups) {
            if (members.size() < 2)
                continue;
            CurveChartView::Range all{std::numeric_limits<double>::infinity(),
                                      -std::numeric_limits<double>::infinity()};
            for (const auto& m : members) {
                const auto r = xAxis ? m.chart->xRange() : m.chart->yRange();
                all = {std::min(all.first, r.first), std::max(all.second, r.second)};
            }
            for (const auto& m : members) {
                if (xAxis)
                    m.chart->zoomTo(all);
                else
                    m.chart->zoomTo(m.chart->xRange(), all);
                // One axis title per shared axis: x under the lowest panel of a column, y left of
                // the first panel of a row.
                bool repeated = false;
                for (const auto& o : members)
                    repeated = repeated ||
                               (xAxis ? o.column == m.column && o.row > m.row : o.row == m.row && o.column < m.column);
                if (QAbstractAxis* axis = xAxis ? m.chart->axisX() : m.chart->axisY())
                    axis->setTitleVisible(!repeated);
            }
        }
    }
}

void FigureComposer::paint(QPainter& p, const QSizeF& page, double dpi)
{
    prepare(page);
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    p.fillRect(QRectF(QPointF(), page), Qt::white);
    const double band = bandHeight();
    const QFont bold = boldFont(spec_);
    for (std::size_t i = 0; i < panels_.size() && int(i) < spec_.panels.size(); ++i) {
        const QRectF cell = cellRect(int(i), page);
        const QRectF panel = cell.adjusted(0, std::min(band, cell.height() - 1), 0, 0);
        if (panels_[i]) {
            p.save();
            p.translate(panel.topLeft());
            p.setClipRect(QRectF(QPointF(), panel.size()));
            FigureExporter exporter(panels_[i]);
            exporter.setDpi(dpi);
            exporter.paint(p, panel.size());
            p.restore();
        }
        if (band <= 0)
            continue;
        const QRectF strip(cell.left(), cell.top(), cell.width(), band);
        p.setFont(bold);
        p.setPen(Qt::black);
        if (spec_.letters)
            p.drawText(strip, Qt::AlignLeft | Qt::AlignVCenter, QString("(%1)").arg(QChar('a' + int(i) % 26)));
        if (!spec_.panels[int(i)].title.isEmpty()) {
            // Centred beside the letter, never over it; elided where the panel is too narrow.
            const QFontMetricsF metrics(bold, p.device());
            const double letter = spec_.letters ? metrics.horizontalAdvance("(m) ") : 0;
            const QRectF room = strip.adjusted(letter, 0, -letter, 0);
            const QString title = metrics.elidedText(spec_.panels[int(i)].title, Qt::ElideRight, room.width());
            p.drawText(room, Qt::AlignHCenter | Qt::AlignVCenter, title);
        }
    }
}

QImage FigureComposer::toImage(double dpi)
{
    const QSize pixels = pixelSize(dpi);
    if (pixels.isEmpty())
        return {};
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    // Paint at the screen's DPI (fonts and layout in step), scaled to the figure's pixels.
    const int screenDpm = int(std::lround(screenDpi() / kMetersPerInch));
    image.setDotsPerMeterX(screenDpm);
    image.setDotsPerMeterY(screenDpm);
    {
        QPainter p(&image);
        const double scale = dpi / screenDpi();
        p.scale(scale, scale);
        paint(p, QSizeF(pixels) / scale, dpi);
    }
    const int dpm = int(std::lround(dpi / kMetersPerInch));
    image.setDotsPerMeterX(dpm);
    image.setDotsPerMeterY(dpm);
    return image;
}

bool FigureComposer::savePng(const QString& path)
{
    const QImage image = toImage(spec_.dpi);
    if (image.isNull())
        return fail(QCoreApplication::translate("FigureComposer", "The figure size is empty."));
    if (!image.save(path, "PNG"))
        return fail(QCoreApplication::translate("FigureComposer", "Cannot write %1.").arg(path));
    return true;
}

bool FigureComposer::saveSvg(const QString& path)
{
    const QSizeF page = logicalSize();
    if (page.isEmpty())
        return fail(QCoreApplication::translate("FigureComposer", "The figure size is empty."));
    // width and height in mm from the size at the screen's resolution: the physical page.
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setTitle(QFileInfo(path).completeBaseName());
    svg.setDescription(QCoreApplication::translate("FigureComposer", "Created by TrainScope"));
    svg.setResolution(int(std::lround(screenDpi())));
    svg.setSize(page.toSize());
    svg.setViewBox(QRectF(QPointF(), page));
    QPainter p;
    if (!p.begin(&svg))
        return fail(QCoreApplication::translate("FigureComposer", "Cannot write %1.").arg(path));
    paint(p, page, spec_.dpi);
    if (!p.end())
        return fail(QCoreApplication::translate("FigureComposer", "Cannot write %1.").arg(path));
    return true;
}

bool FigureComposer::savePdf(const QString& path)
{
    const QSizeF points = spec_.sizeInPoints();
    if (points.isEmpty())
        return fail(QCoreApplication::translate("FigureComposer", "The figure size is empty."));
    QPdfWriter pdf(path);
    pdf.setTitle(QFileInfo(path).completeBaseName());
    pdf.setCreator(QCoreApplication::translate("FigureComposer", "TrainScope"));
    // Vector text and lines (fonts embedded as subsets): the resolution is only the unit of
    // the painter's coordinates, the screen's, so fonts and layout stay in step.
    pdf.setResolution(int(std::lround(screenDpi())));
    if (!pdf.setPageLayout(QPageLayout(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch),
                                       QPageLayout::Portrait, QMarginsF())))
        return fail(QCoreApplication::translate("FigureComposer", "Cannot set the page size of %1.").arg(path));
    QPainter p;
    if (!p.begin(&pdf))
        return fail(QCoreApplication::translate("FigureComposer", "Cannot write %1.").arg(path));
    const QRect page = pdf.pageLayout().paintRectPixels(pdf.resolution());
    paint(p, QSizeF(page.size()), spec_.dpi);
    if (!p.end())
        return fail(QCoreApplication::translate("FigureComposer", "Cannot write %1.").arg(path));
    return true;
}

bool FigureComposer::save(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == "pdf")
        return savePdf(path);
    if (suffix == "svg")
        return saveSvg(path);
    if (suffix == "png")
        return savePng(path);
    return fail(QCoreApplication::translate("FigureComposer", "%1: unknown figure format (use .pdf, .svg or .png)").arg(path));
}

} // namespace ts::widgets
