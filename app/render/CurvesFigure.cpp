#include "app/render/CurvesFigure.h"

#include "app/gui/CurveCollection.h"
#include "app/gui/CurveGroups.h"
#include "app/gui/RunDocument.h"
#include "widgets/charts/CurveChartView.h"
#include "widgets/export/ChartExport.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <memory>

namespace ts::app {

std::unique_ptr<widgets::CurveChartView> makeCurvesChart(const QStringList& runPaths,
                                                         const CurvesFigureOptions& options, QString* error)
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return nullptr;
    };
    std::vector<std::unique_ptr<RunDocument>> docs;
    std::vector<RunDocument*> runs;
    for (const auto& p : runPaths) {
        auto doc = std::make_unique<RunDocument>(p);
        const QString loadError = doc->load();
        if (!loadError.isEmpty())
            return fail(loadError);
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
            return fail(QCoreApplication::translate("CurvesFigure", "no run has a metric named '%1' (available: %2)")
                            .arg(m, runs.front()->metricNames().join(", ")));
    }
    auto chart = std::make_unique<ts::widgets::CurveChartView>();
    chart->setAttribute(Qt::WA_DontShowOnScreen);
    chart->resize(options.size);
    chart->setTheme(options.theme == "dark" ? ts::widgets::CurveChartView::Theme::Dark
                                            : ts::widgets::CurveChartView::Theme::Light);
    chart->setAxisTitles(QCoreApplication::translate("CurvesFigure", "step"),
                         metrics.size() == 1 ? metrics.front() : QCoreApplication::translate("CurvesFigure", "value"));
    if (options.group == "none") {
        chart->setCurves(makeCurves(runs, metrics)); // copies the points: the runs may close
    } else {
        GroupOptions g;
        g.bySeed = options.group == "seed";
        if (options.group == "all") {
            ManualGroup all{QCoreApplication::translate("CurvesFigure", "all runs"), {}};
            for (auto* doc : runs)
                all.paths << doc->path();
            g.manual.push_back(all);
        }
        g.centre = options.centre;
        g.band = options.band;
        chart->setCurves(makeGroupCurves(groupShownRuns(runs, g), metrics, g));
    }
    chart->setLogX(options.logX);
    chart->setLogY(options.logY);
    chart->setSmoothing(options.smoothing);
    chart->resetZoom();
    return chart;
}

QString renderCurvesFigure(const QStringList& runPaths, const CurvesFigureOptions& options, const QString& outPath)
{
    QString error;
    const auto chart = makeCurvesChart(runPaths, options, &error);
    if (!chart)
        return error;
    const auto format = widgets::figureFormatForPath(outPath);
    if (!format)
        return QCoreApplication::translate("CurvesFigure", "%1: unknown figure format (use .png, .svg, .pdf, .csv or .tex)")
            .arg(outPath);
    const bool ok = widgets::exportChart(*chart, outPath, *format, options.size, options.dpi, &error);
    return ok ? QString() : error;
}

} // namespace ts::app
