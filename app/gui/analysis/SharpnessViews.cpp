#include "app/gui/analysis/SharpnessViews.h"

#include "widgets/charts/CurveChartView.h"
#include "widgets/charts/HeatmapView.h"

#include <QCoreApplication>

namespace ts::app {

namespace {
ts::widgets::CurveChartView::Curve curve(const QString& id, const QString& label, const QColor& colour, std::vector<double> x,
                                std::vector<double> y)
{
    ts::widgets::CurveChartView::Curve c;
    c.id = id;
    c.label = label;
    c.color = colour;
    c.x = std::move(x);
    c.y = std::move(y);
    return c;
}
} // namespace

QVector<ts::widgets::CurveChartView::Curve> groupSharpnessCurves(const ts::GroupSeries& g, int runs, double learningRate)
{
    QVector<ts::widgets::CurveChartView::Curve> curves;
    auto c = curve("lambda", QCoreApplication::translate("SharpnessViews", "λ_max: mean ± std over %1 runs").arg(runs),
                   QColor("#0072B2"), g.x, g.centre);
    c.lower = g.lower;
    c.upper = g.upper;
    c.count = g.count;
    curves.push_back(c);
    if (learningRate > 0 && !g.x.empty())
        curves.push_back(curve("2/lr", QCoreApplication::translate("SharpnessViews", "2 / lr"), QColor("#D55E00"),
                               {g.x.front(), g.x.back()}, {2.0 / learningRate, 2.0 / learningRate}));
    return curves;
}

std::vector<AnalysisView> makeGroupSharpnessViews(const ts::GroupSeries& g, int runs, double learningRate,
                                                  const QString& title)
{
    auto* chart = new ts::widgets::CurveChartView;
    chart->setStepAxis(true);
    chart->setCurves(groupSharpnessCurves(g, runs, learningRate));
    chart->setAxisTitles(QCoreApplication::translate("SharpnessViews", "step"),
                         QCoreApplication::translate("SharpnessViews", "Hessian eigenvalue"));
    chart->chart()->setTitle(QCoreApplication::translate("SharpnessViews", "%1: sharpness over training, mean ± std over %2 runs")
                                 .arg(title)
                                 .arg(runs));
    return {{"sharpness", QCoreApplication::translate("SharpnessViews", "Sharpness over training"), chart}};
}

std::vector<AnalysisView> makeSharpnessViews(const SharpnessResults& r)
{
    std::vector<AnalysisView> views;
    const auto& cps = r.report.checkpoints;
    if (cps.empty())
        return views;
    std::vector<double> steps, lambda, upper, lower, trace, traceUp, traceDown;
    for (const auto& c : cps) {
        steps.push_back(double(c.step));
        const double l = c.eigen.eigenvalues.front();
        const double e = c.eigen.residuals.empty() ? 0.0 : c.eigen.residuals.front();
        lambda.push_back(l);
        upper.push_back(l + e);
        lower.push_back(l - e);
        if (c.trace) {
            trace.push_back(c.trace->mean);
            traceUp.push_back(c.trace->mean + c.trace->standardError);
            traceDown.push_back(c.trace->mean - c.trace->standardError);
        }
    }
    const QColor blue("#0072B2"), faint(0, 114, 178, 90), red("#D55E00"), green("#009E73"), faintGreen(0, 158, 115, 90);
    QVector<ts::widgets::CurveChartView::Curve> curves;
    curves.push_back(curve("lambda", QCoreApplication::translate("SharpnessViews", "λ_max"), blue, steps, lambda));
    // Error band: a symmetric matrix has an eigenvalue within ‖Hv − λv‖ of λ.
    curves.push_back(curve("lambda+", QCoreApplication::translate("SharpnessViews", "λ_max + residual"), faint, steps, upper));
    curves.push_back(curve("lambda-", QCoreApplication::translate("SharpnessViews", "λ_max − residual"), faint, steps, lower));
    if (r.report.learningRate > 0)
        curves.push_back(curve("2/lr", QCoreApplication::translate("SharpnessViews", "2 / lr"), red,
                               {steps.front(), steps.back()},
                               {2.0 / r.report.learningRate, 2.0 / r.report.learningRate}));
    if (trace.size() == steps.size()) {
        curves.push_back(curve("trace", QCoreApplication::translate("SharpnessViews", "tr H / 100"), green, steps, {}));
        for (double& v : trace)
            v /= 100.0;
        curves.back().y = trace;
        for (double& v : traceUp)
            v /= 100.0;
        for (double& v : traceDown)
            v /= 100.0;
        curves.push_back(curve("trace+", QCoreApplication::translate("SharpnessViews", "tr H / 100 ± standard error"),
                               faintGreen, steps, traceUp));
        curves.push_back(curve("trace-", QString(), faintGreen, steps, traceDown));
    }
    auto* overTraining = new ts::widgets::CurveChartView;
    overTraining->setStepAxis(true); // follows the replay cursor
    overTraining->setCurves(curves);
    overTraining->setAxisTitles(QCoreApplication::translate("SharpnessViews", "step"),
                                QCoreApplication::translate("SharpnessViews", "Hessian eigenvalue"));
    overTraining->chart()->setTitle(QCoreApplication::translate("SharpnessViews", "%1: sharpness over training (%2 Lanczos steps per point)")
                                        .arg(r.title)
                                        .arg(cps.front().eigen.iterations.empty() ? 0 : cps.front().eigen.iterations.front()));
    views.push_back({"sharpness", QCoreApplication::translate("SharpnessViews", "Sharpness over training"), overTraining});

    const auto& last = cps.back();
    if (last.density) {
        auto* density = new ts::widgets::CurveChartView;
        density->setCurves({curve("density", QCoreApplication::translate("SharpnessViews", "density"), blue,
                                  last.density->grid, last.density->density)});
        density->setAxisTitles(QCoreApplication::translate("SharpnessViews", "eigenvalue"),
                               QCoreApplication::translate("SharpnessViews", "density"));
        density->chart()->setTitle(QCoreApplication::translate("SharpnessViews", "Hessian eigenvalue density at step %1 (SLQ, σ = %2)")
                                       .arg(last.step)
                                       .arg(last.density->sigma, 0, 'g', 3));
        views.push_back({"density", QCoreApplication::translate("SharpnessViews", "Eigenvalue density"), density});
    }
    if (!last.layers.empty()) {
        QStringList rows;
        for (const auto& l : last.layers)
            rows << QString::fromStdString(l.layer);
        std::vector<std::vector<double>> values(rows.size());
        for (const auto& c : cps)
            for (std::size_t i = 0; i < c.layers.size() && i < values.size(); ++i)
                values[i].push_back(c.layers[i].lambdaMax);
        auto* heat = new ts::widgets::HeatmapView;
        heat->setData(rows, steps, values);
        heat->setTitles(QCoreApplication::translate("SharpnessViews", "Per-layer λ_max over training"),
                        QCoreApplication::translate("SharpnessViews", "step"), QString("λ_max"));
        views.push_back({"sharpness-layers", QCoreApplication::translate("SharpnessViews", "Per-layer sharpness"), heat});
    }
    return views;
}

} // namespace ts::app
