#include "app/gui/analysis/InterpolationViews.h"

#include "widgets/charts/CurveChartView.h"
#include "widgets/charts/HeatmapView.h"

#include <QCoreApplication>

namespace ts::app {

namespace {
const QColor kSplitColours[] = {QColor("#0072B2"), QColor("#D55E00"), QColor("#009E73"), QColor("#CC79A7")};

ts::widgets::CurveChartView* chartOf(const std::vector<double>& x, const std::map<std::string, ts::SplitCurve>& splits,
                            bool accuracy, const QString& xTitle, const QString& yTitle, const QString& title)
{
    auto* chart = new ts::widgets::CurveChartView;
    QVector<ts::widgets::CurveChartView::Curve> curves;
    int i = 0;
    for (const auto& [name, c] : splits) {
        ts::widgets::CurveChartView::Curve curve;
        curve.id = QString::fromStdString(name);
        curve.label = QString::fromStdString(name) + (accuracy ? "_acc" : "_loss");
        curve.color = kSplitColours[i++ % 4];
        curve.x = x;
        curve.y = accuracy ? c.accuracy : c.loss;
        curves.push_back(curve);
    }
    chart->setCurves(curves);
    chart->setAxisTitles(xTitle, yTitle);
    chart->chart()->setTitle(title);
    return chart;
}
} // namespace

QVector<ts::widgets::CurveChartView::Curve> groupInterpolationCurves(const ts::GroupInterpolation& g, bool accuracy)
{
    QVector<ts::widgets::CurveChartView::Curve> curves;
    int i = 0;
    for (const auto& [name, split] : g.splits) {
        const ts::GroupSeries& s = accuracy ? split.accuracy : split.loss;
        ts::widgets::CurveChartView::Curve curve;
        curve.id = QString::fromStdString(name);
        curve.label = QCoreApplication::translate("InterpolationViews", "%1: mean ± std over %2 runs")
                          .arg(QString::fromStdString(name) + (accuracy ? "_acc" : "_loss"))
                          .arg(g.runs);
        curve.color = kSplitColours[i++ % 4];
        curve.x = s.x;
        curve.y = s.centre;
        curve.lower = s.lower;
        curve.upper = s.upper;
        curve.count = s.count;
        curves.push_back(curve);
    }
    return curves;
}

std::vector<AnalysisView> makeGroupInterpolationViews(const ts::GroupInterpolation& g, const QString& title)
{
    const QString barrier = g.barrier.n > 0
                                ? QCoreApplication::translate("InterpolationViews", "loss barrier (%1) %2 ± %3 (n = %4)")
                                      .arg(QString::fromStdString(g.barrierSplit))
                                      .arg(g.barrier.mean, 0, 'g', 4)
                                      .arg(g.barrier.std, 0, 'g', 3)
                                      .arg(g.barrier.n)
                                : QString();
    std::vector<AnalysisView> views;
    for (bool accuracy : {false, true}) {
        auto* chart = new ts::widgets::CurveChartView;
        chart->setCurves(groupInterpolationCurves(g, accuracy));
        chart->setAxisTitles("α", accuracy ? QCoreApplication::translate("InterpolationViews", "accuracy")
                                           : QCoreApplication::translate("InterpolationViews", "loss"));
        chart->chart()->setTitle(accuracy ? title : title + "   " + barrier);
        views.push_back({accuracy ? "interpolation-accuracy" : "interpolation",
                         accuracy ? QCoreApplication::translate("InterpolationViews", "Interpolation: accuracy")
                                  : QCoreApplication::translate("InterpolationViews", "Interpolation: loss"),
                         chart});
    }
    return views;
}

std::vector<AnalysisView> makeInterpolationViews(const ts::CheckpointInterpolation& r, const QString& title)
{
    std::vector<AnalysisView> views;
    const auto& lin = r.linear;
    const QString barrier = std::isfinite(lin.barrier)
                                ? QCoreApplication::translate("InterpolationViews", "loss barrier (%1) %2 at α = %3")
                                      .arg(QString::fromStdString(lin.barrierSplit))
                                      .arg(lin.barrier, 0, 'g', 4)
                                      .arg(lin.barrierAlpha, 0, 'g', 3)
                                : QString();
    views.push_back({"interpolation", QCoreApplication::translate("InterpolationViews", "Interpolation: loss"),
                     chartOf(lin.alpha, lin.splits, false, "α", QCoreApplication::translate("InterpolationViews", "loss"), title + "   " + barrier)});
    views.push_back({"interpolation-accuracy", QCoreApplication::translate("InterpolationViews", "Interpolation: accuracy"), chartOf(lin.alpha, lin.splits, true, "α", QCoreApplication::translate("InterpolationViews", "accuracy"), title)});
    if (r.layerwise) {
        const auto& lw = *r.layerwise;
        auto* heat = new ts::widgets::HeatmapView;
        QStringList rows;
        for (const auto& l : lw.layers)
            rows << QString::fromStdString(l);
        heat->setData(rows, lw.alpha, lw.loss);
        QStringList stragglers;
        for (std::size_t k = 0; k < lw.stragglers.size() && k < 3; ++k)
            stragglers << QString::fromStdString(lw.layers[lw.stragglers[k]]);
        heat->setTitles(QCoreApplication::translate("InterpolationViews", "Layer-wise interpolation (%1 loss; stragglers: %2)")
                            .arg(QString::fromStdString(lw.split), stragglers.join(", ")),
                        "α", QCoreApplication::translate("InterpolationViews", "loss"));
        views.push_back({"layerwise", QCoreApplication::translate("InterpolationViews", "Layer-wise"), heat});
    }
    if (r.lines)
        views.push_back({"lines", QCoreApplication::translate("InterpolationViews", "LiNeS"), chartOf(r.lines->alpha, r.lines->splits, true, QCoreApplication::translate("InterpolationViews", "α (β = 1 − α)"), QCoreApplication::translate("InterpolationViews", "accuracy"),
                                               QCoreApplication::translate("InterpolationViews", "LiNeS: λ_ℓ = α + β·ℓ/(L−1)"))});
    if (r.bezier) {
        const auto& b = *r.bezier;
        std::map<std::string, ts::SplitCurve> curves{{"bezier", b.curve}, {"straight", b.straight}};
        views.push_back({"bezier", QCoreApplication::translate("InterpolationViews", "Bézier curve"),
                         chartOf(b.t, curves, false, "t", QCoreApplication::translate("InterpolationViews", "loss"),
                                 QCoreApplication::translate("InterpolationViews", "Bézier barrier %1 vs straight %2")
                                     .arg(b.curveBarrier, 0, 'g', 4)
                                     .arg(b.straightBarrier, 0, 'g', 4))});
    }
    if (r.layerSharpness) {
        const auto& ls = *r.layerSharpness;
        auto* heat = new ts::widgets::HeatmapView;
        QStringList rows;
        for (const auto& l : ls.layers)
            rows << QString::fromStdString(l);
        heat->setData(rows, ls.alpha, ls.lambdaMax);
        heat->setLogScale(true);
        heat->setTitles(QCoreApplication::translate("InterpolationViews", "Layer sharpness along the path (λ_max of each layer's Hessian block, %1)")
                            .arg(QString::fromStdString(ls.split)),
                        "α", QString("λ_max"));
        views.push_back({"layer-sharpness", QCoreApplication::translate("InterpolationViews", "Layer sharpness"), heat});
    }
    return views;
}

} // namespace ts::app
