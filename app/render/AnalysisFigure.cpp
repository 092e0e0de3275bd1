#include "app/render/AnalysisFigure.h"

#include "app/gui/analysis/GrokkingViews.h"
#include "app/gui/analysis/InfluenceViews.h"
#include "app/gui/analysis/InterpolationViews.h"
#include "app/gui/analysis/SharpnessViews.h"
#include "widgets/charts/CurveChartView.h"
#include "widgets/export/ChartExport.h"
#include "widgets/export/CsvExportable.h"

#include "core/Runtime.h"
#include "core/analysis/RunCheckpoints.h"
#include "core/runfile/RunReader.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <memory>

namespace ts::app {

QStringList analysisViewNames()
{
    return {"grokking",
            "interpolation",
            "interpolation-accuracy",
            "layerwise",
            "lines",
            "bezier",
            "layer-sharpness",
            "sharpness",
            "density",
            "sharpness-layers",
            "influence",
            "influence-pairs",
            "influence-checkpoints"};
}

namespace {
std::vector<AnalysisView> computeViews(const QString& runPath, const AnalysisFigureOptions& o)
{
    ts::configureRuntime(0);
    ts::RunReader run(runPath.toStdString());
    const QString v = o.view;
    if (v == "grokking") {
        const auto measures = ts::measureProgress(run);
        return makeGrokkingViews(toGrokkingData(run, measures, QFileInfo(runPath).completeBaseName()));
    }
    if (v.startsWith("influence")) {
        ts::InfluenceOptions options;
        options.method = ts::influenceMethodFromName(o.method.toStdString());
        options.testSplit = o.testSplit.toStdString();
        options.testIndex = o.testIndex;
        options.checkpoint = o.checkpoint == "all" ? "last" : o.checkpoint.toStdString();
        options.projection = o.projection;
        options.damping = o.damping;
        return makeInfluenceViews(computeInfluenceResults(runPath, options, o.listed, nullptr));
    }
    if (v == "sharpness" || v == "density" || v == "sharpness-layers") {
        ts::SharpnessRequest req;
        req.top = o.top;
        req.iterations = o.iterations;
        req.trace = o.probes > 0;
        req.probes = std::max(1, o.probes);
        req.density = v == "density";
        req.perLayer = v == "sharpness-layers";
        const std::vector<int64_t> indices =
            o.checkpoint == "all" ? ts::everyKthCheckpoint(run.checkpointCount(), std::max(1, o.every))
                                  : std::vector<int64_t>{ts::checkpointIndex(run, o.checkpoint.toStdString())};
        SharpnessResults results;
        results.title = QFileInfo(runPath).completeBaseName();
        results.report = ts::sharpnessOfRun(run, indices, req);
        return makeSharpnessViews(results);
    }
    ts::CheckpointInterpolationSpec spec;
    spec.runA = runPath.toStdString();
    spec.stepA = o.from.toStdString();
    spec.stepB = o.to.toStdString();
    if (const auto colon = spec.stepB.rfind(':'); colon != std::string::npos) {
        spec.runB = spec.stepB.substr(0, colon);
        spec.stepB = spec.stepB.substr(colon + 1);
    }
    spec.alphaMin = o.alphaMin;
    spec.alphaMax = o.alphaMax;
    spec.points = o.points;
    spec.layerwise = v == "layerwise";
    spec.lines = v == "lines";
    spec.layerSharpness = v == "layer-sharpness";
    if (v == "bezier")
        spec.bezierSteps = o.bezierSteps;
    // BatchNorm models: the CLI's default, statistics recomputed at points between checkpoints.
    spec.bn = "recompute";
    const auto results = ts::interpolateCheckpoints(spec);
    const QString title = QString("%1@%2 → %3@%4")
                              .arg(QFileInfo(runPath).completeBaseName())
                              .arg(results.stepA)
                              .arg(QFileInfo(QString::fromStdString(results.pathB)).completeBaseName())
                              .arg(results.stepB);
    return makeInterpolationViews(results, title);
}
} // namespace

std::unique_ptr<QWidget> makeAnalysisView(const QString& runPath, const AnalysisFigureOptions& o, QString* error)
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return nullptr;
    };
    if (!analysisViewNames().contains(o.view))
        return fail(QCoreApplication::translate("AnalysisFigure", "unknown view '%1'").arg(o.view));
    std::vector<AnalysisView> views;
    try {
        views = computeViews(runPath, o);
    } catch (const std::exception& e) {
        return fail(QString::fromStdString(e.what()));
    }
    std::unique_ptr<QWidget> chosen;
    for (auto& v : views) {
        if (v.key == o.view && !chosen)
            chosen.reset(v.widget);
        else
            delete v.widget;
    }
    if (!chosen)
        return fail(
            QCoreApplication::translate("AnalysisFigure", "view '%1' has nothing to show for this run").arg(o.view));
    chosen->setAttribute(Qt::WA_DontShowOnScreen);
    chosen->resize(o.size);
    if (auto* chart = qobject_cast<ts::widgets::CurveChartView*>(chosen.get()))
        chart->setTheme(o.theme == "dark" ? ts::widgets::CurveChartView::Theme::Dark
                                          : ts::widgets::CurveChartView::Theme::Light);
    return chosen;
}

QString renderAnalysisFigure(const QString& runPath, const AnalysisFigureOptions& o, const QString& outPath)
{
    if (!analysisViewNames().contains(o.view))
        return QCoreApplication::translate("AnalysisFigure", "unknown view '%1'").arg(o.view);
    const auto format = widgets::figureFormatForPath(outPath);
    if (!format)
        return QCoreApplication::translate("AnalysisFigure", "%1: unknown figure format (use .png, .svg, .pdf, .csv or .tex)")
            .arg(outPath);
    QString error;
    const auto chosen = makeAnalysisView(runPath, o, &error);
    if (!chosen)
        return error;
    bool ok = false;
    if (auto* chart = qobject_cast<ts::widgets::CurveChartView*>(chosen.get()))
        ok = widgets::exportChart(*chart, outPath, *format, o.size, o.dpi, &error);
    else if (auto* csv = dynamic_cast<ts::widgets::CsvExportable*>(chosen.get());
             csv && *format == widgets::FigureFormat::Csv)
        ok = csv->writeCsv(outPath, &error);
    else
        ok = widgets::exportWidget(*chosen, outPath, *format, o.size, o.dpi, &error);
    return ok ? QString() : error;
}

} // namespace ts::app
