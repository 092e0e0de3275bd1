#include "app/render/CurvesFigure.h"

#include "app/gui/CurveCollection.h"
#include "app/gui/RunDocument.h"
#include "widgets/charts/CurveChartView.h"
#include "widgets/export/ChartExport.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <memory>

namespace ts::app {

QString renderCurvesFigure(const QStringList& runPaths, const CurvesFigureOptions& options, const QString& outPath)
{
    std::vector<std::unique_ptr<RunDocument>> docs;
    std::vector<RunDocument*> runs;
    for (const auto& p : runPaths) {
        auto doc = std::make_unique<RunDocument>(p);
        const QString error = doc->load();
        if (!error.isEmpty())
            return error;
        runs.push_back(doc.get());
        docs.push_back(std::move(doc));
    }
    QStringList metrics = options.metrics;
    if (metrics.isEmpty()) {
        for (const char* m : {"train_acc", "test_acc"})
            if (runs.front()->metric(m))
                metrics << m;
        if (metrics.isEmpty())
            metrics = runs.front()->metricNames();
    }
    for (const auto& m : metrics) {
        bool found = false;
        for (auto* r : runs)
            found = found || r->metric(m);
        if (!found)
            return QCoreApplication::translate("CurvesFigure", "no run has a metric named '%1' (available: %2)").arg(m, runs.front()->metricNames().join(", "));
    }
    ts::widgets::CurveChartView chart;
    chart.setAttribute(Qt::WA_DontShowOnScreen);
    chart.resize(options.size);
    chart.setTheme(options.theme == "dark" ? ts::widgets::CurveChartView::Theme::Dark : ts::widgets::CurveChartView::Theme::Light);
    chart.setAxisTitles(QCoreApplication::translate("CurvesFigure", "step"), metrics.size() == 1 ? metrics.front() : QCoreApplication::translate("CurvesFigure", "value"));
    chart.setCurves(makeCurves(runs, metrics));
    chart.setLogX(options.logX);
    chart.setLogY(options.logY);
    chart.setSmoothing(options.smoothing);
    chart.resetZoom();

    const auto format = widgets::figureFormatForPath(outPath);
    if (!format)
        return QCoreApplication::translate("CurvesFigure", "%1: unknown figure format (use .png, .svg, .pdf or .csv)").arg(outPath);
    QString error;
    const bool ok = widgets::exportChart(chart, outPath, *format, options.size, options.dpi, &error);
    return ok ? QString() : error;
}

} // namespace ts::app
