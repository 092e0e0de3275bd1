#include "widgets/export/LatexFigures.h"

#include "widgets/charts/CurveChartView.h"
#include "widgets/charts/HeatmapView.h"
#include "widgets/export/LatexExportable.h"
#include "widgets/grokking/GrokkingDashboard.h"
#include "widgets/landscape/ContourMapView.h"
#include "widgets/landscape/LandscapeComparison.h"
#include "widgets/landscape/LandscapePanel.h"
#include "widgets/landscape/SliceChartView.h"
#include "widgets/pathways/PathwayDashboard.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QLegend>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QValueAxis>

#include <cmath>

namespace ts::widgets {

namespace {
std::pair<double, double> axisRange(const QAbstractAxis* axis)
{
    if (auto* v = qobject_cast<const QValueAxis*>(axis))
        return {v->min(), v->max()};
    if (auto* l = qobject_cast<const QLogValueAxis*>(axis))
        return {l->min(), l->max()};
    return {NAN, NAN};
}
} // namespace

std::vector<LatexLine> latexLinesOf(const PlottedCurve& pc, const QColor& colour)
{
    std::vector<LatexLine> out;
    LatexLine l;
    l.x = pc.x;
    l.legend = pc.label;
    l.colour = colour;
    if (!pc.smoothed.empty()) {
        // The raw data faint under the smoothed curve, as on screen.
        LatexLine raw = l;
        raw.y = pc.y;
        raw.legend.clear();
        raw.opacity = 0.3;
        out.push_back(std::move(raw));
        l.y = pc.smoothed;
    } else {
        l.y = pc.y;
    }
    l.lower = pc.lower;
    l.upper = pc.upper;
    l.errorBars = pc.errorBars;
    out.push_back(std::move(l));
    return out;
}

LatexAxis latexAxisOf(const CurveChartView& chart)
{
    LatexAxis a;
    a.title = chart.chart()->title();
    a.xLabel = chart.axisX() ? chart.axisX()->titleText() : QString();
    a.yLabel = chart.axisY() ? chart.axisY()->titleText() : QString();
    a.logX = chart.isLogX();
    a.logY = chart.isLogY();
    a.xRange = chart.xRange();
    a.yRange = chart.yRange();
    a.legend = chart.chart()->legend()->isVisible();
    for (const PlottedCurve& pc : chart.plottedTable()) {
        const QLineSeries* s = chart.series(pc.id);
        auto lines = latexLinesOf(pc, s ? s->color() : QColor(31, 119, 180));
        for (LatexLine& l : lines) {
            if (s) {
                l.dashed = s->pen().style() == Qt::DashLine;
                l.marks = s->pointsVisible();
            }
            a.lines.push_back(std::move(l));
        }
    }
    return a;
}

LatexAxis latexAxisOf(const QChartView& view)
{
    LatexAxis a;
    const QChart* c = view.chart();
    a.title = c->title();
    a.legend = c->legend()->isVisible();
    const QAbstractAxis* x = nullptr;
    const QAbstractAxis* y = nullptr;
    const QAbstractAxis* y2 = nullptr;
    for (QAbstractAxis* axis : c->axes()) {
        if (axis->alignment() == Qt::AlignBottom && !x)
            x = axis;
        else if (axis->alignment() == Qt::AlignLeft && !y)
            y = axis;
        else if (axis->alignment() == Qt::AlignRight && !y2)
            y2 = axis;
    }
    if (x) {
        a.xLabel = x->titleText();
        a.logX = qobject_cast<const QLogValueAxis*>(x) != nullptr;
        a.xRange = axisRange(x);
    }
    if (y) {
        a.yLabel = y->titleText();
        a.logY = qobject_cast<const QLogValueAxis*>(y) != nullptr;
        a.yRange = axisRange(y);
    }
    if (y2) {
        a.secondYLabel = y2->titleText();
        a.secondYRange = axisRange(y2);
    }
    for (QAbstractSeries* series : c->series()) {
        auto* xy = qobject_cast<QXYSeries*>(series);
        if (!xy || !xy->isVisible())
            continue;
        LatexLine l;
        l.legend = xy->name();
        l.colour = xy->color();
        l.dashed = xy->pen().style() == Qt::DashLine;
        l.marks = qobject_cast<QScatterSeries*>(xy) || xy->pointsVisible();
        if (qobject_cast<QScatterSeries*>(xy))
            l.widthPt = 0; // markers only
        for (const QAbstractAxis* attached : xy->attachedAxes())
            l.secondY = l.secondY || attached == y2;
        for (const QPointF& p : xy->points()) {
            l.x.push_back(p.x());
            l.y.push_back(p.y());
        }
        l.decimate = std::is_sorted(l.x.begin(), l.x.end());
        a.lines.push_back(std::move(l));
    }
    return a;
}

LatexFigure stackedFigure(const std::vector<std::vector<LatexAxis>>& rows)
{
    LatexFigure f;
    for (std::size_t r = 0; r < rows.size(); ++r)
        for (std::size_t k = 0; k < rows[r].size(); ++k) {
            LatexAxis a = rows[r][k];
            const double w = 1.0 / double(rows[r].size()), h = 1.0 / double(rows.size());
            a.place = QRectF(double(k) * w, double(r) * h, w, h);
            f.axes.push_back(std::move(a));
        }
    return f;
}

namespace {
LatexAxis heatmapAxis(const HeatmapView& heatmap)
{
    const LatexFigure f = heatmap.latexFigure();
    return f.axes.empty() ? LatexAxis{} : f.axes.front();
}

// A landscape panel's 2-D chart: the contour map of a 2-D surface, else the slice (its 3-D
// view has no pgfplots form).
LatexAxis landscapeAxis(const LandscapePanel& panel)
{
    if (panel.surface().is2d() && panel.contourView()) {
        const LatexFigure f = panel.contourView()->latexFigure();
        if (!f.axes.empty())
            return f.axes.front();
    }
    return panel.sliceView() ? latexAxisOf(*panel.sliceView()) : LatexAxis{};
}
} // namespace

std::optional<LatexFigure> latexFigureOf(const QWidget& view, QString* error)
{
    if (auto* e = dynamic_cast<const LatexExportable*>(&view))
        return e->latexFigure();
    if (auto* chart = qobject_cast<const CurveChartView*>(&view))
        return stackedFigure({{latexAxisOf(*chart)}});
    if (auto* chart = qobject_cast<const QChartView*>(&view))
        return stackedFigure({{latexAxisOf(*chart)}});
    if (auto* panel = qobject_cast<const LandscapePanel*>(&view)) {
        LatexFigure f = stackedFigure({{landscapeAxis(*panel)}});
        f.notes << "The landscape's contour map (a 2-D surface) or slice; its 3-D view has no pgfplots form.";
        return f;
    }
    if (auto* comparison = qobject_cast<const LandscapeComparison*>(&view)) {
        std::vector<LatexAxis> row;
        for (const LandscapePanel* panel : comparison->panels())
            row.push_back(landscapeAxis(*panel));
        return stackedFigure({row});
    }
    if (auto* g = qobject_cast<const GrokkingDashboard*>(&view)) {
        // Accuracy over the whole width, the measures in rows of three, the spectrum's heatmap
        // and the spectrum at the chosen checkpoint side by side.
        std::vector<std::vector<LatexAxis>> rows{{latexAxisOf(*g->accuracyChart())}};
        for (std::size_t i = 0; i < g->measureCharts().size(); ++i) {
            if (i % 3 == 0)
                rows.emplace_back();
            rows.back().push_back(latexAxisOf(*g->measureCharts()[i]));
        }
        rows.push_back({heatmapAxis(*g->spectrumHeatmap()), latexAxisOf(*g->spectrumChart())});
        return stackedFigure(rows);
    }
    if (auto* p = qobject_cast<const PathwayDashboard*>(&view)) {
        std::vector<std::vector<LatexAxis>> rows;
        for (std::size_t i = 0; i < p->metricCharts().size(); ++i) {
            if (i % 3 == 0)
                rows.emplace_back();
            rows.back().push_back(latexAxisOf(*p->metricCharts()[i]));
        }
        rows.push_back({heatmapAxis(*p->distanceHeatmap())});
        LatexFigure f = stackedFigure(rows);
        f.notes << "The pathway graph is not a 2-D chart and is not part of this figure (export it as PDF or SVG).";
        return f;
    }
    QString what = view.objectName().isEmpty() ? QString(view.metaObject()->className()) : view.objectName();
    if (view.inherits("ts::widgets::Surface3DView"))
        what = QCoreApplication::translate("LatexExport", "the 3-D surface");
    else if (view.inherits("ts::widgets::PathwayGraphView"))
        what = QCoreApplication::translate("LatexExport", "the pathway graph");
    if (error)
        *error = QCoreApplication::translate(
                     "LatexExport",
                     "LaTeX (pgfplots) export is not available for this view (%1): it is not a 2-D chart. Export it as "
                     "PNG, SVG or PDF instead.")
                     .arg(what);
    return std::nullopt;
}

bool writeLatexFigure(const LatexFigure& figure, const QString& path, const LatexOptions& options, double widthCm,
                      double heightCm, int columns, QString* error)
{
    PgfplotsWriter writer(options);
    writer.setSize(widthCm, heightCm);
    writer.setColumns(columns);
    return writer.write(figure, path, error);
}

bool exportLatex(const QWidget& view, const QString& path, const LatexOptions& options, QSize pixels, int dpi,
                 QString* error)
{
    const auto figure = latexFigureOf(view, error);
    if (!figure)
        return false;
    const double perInch = dpi > 0 ? dpi : 96;
    return writeLatexFigure(*figure, path, options, pixels.width() / perInch * 2.54, pixels.height() / perInch * 2.54,
                            pixels.width(), error);
}

} // namespace ts::widgets
