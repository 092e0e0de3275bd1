#include "app/render/AnalysisFigure.h"

#include "app/gui/analysis/GrokkingViews.h"
#include "app/gui/analysis/InterpolationViews.h"
#include "app/gui/analysis/SharpnessViews.h"
#include "widgets/export/ChartExport.h"
#include "widgets/charts/CurveChartView.h"
#include "widgets/export/CsvExportable.h"

#include "core/Runtime.h"
#include "core/analysis/RunModel.h"
#include "core/runfile/RunReader.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <memory>

namespace ts::app {

QStringList analysisViewNames()
{
    return {"grokking", "interpolation", "interpolation-accuracy", "layerwise", "lines", "bezier", "layer-sharpness", "sharpness",
            "density", "sharpness-layers"};
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
    std::unique_ptr<ts::RunReader> other;
    std::string to = o.to.toStdString();
    if (const auto colon = to.rfind(':'); colon != std::string::npos) {
        other = std::make_unique<ts::RunReader>(to.substr(0, colon));
        ts::requireSameArchitecture(run, *other);
        to = to.substr(colon + 1);
    }
    const ts::RunReader& endB = other ? *other : run;
    auto loaded = ts::loadRunModel(run);
    const auto ia = ts::checkpointIndex(run, o.from.toStdString()), ib = ts::checkpointIndex(endB, to);
    const auto a = ts::checkpointVector(run, ia), b = ts::checkpointVector(endB, ib);
    const auto alphas = ts::alphaGrid(o.alphaMin, o.alphaMax, o.points);
    const std::string split = loaded.data.hasSplit("train") ? "train" : loaded.data.splits.front().name;
    InterpolationResults results;
    results.title = QString("%1@%2 → %3@%4")
                        .arg(QFileInfo(runPath).completeBaseName())
                        .arg(run.checkpointSteps()[std::size_t(ia)])
                        .arg(QFileInfo(QString::fromStdString(endB.path())).completeBaseName())
                        .arg(endB.checkpointSteps()[std::size_t(ib)]);
    // BatchNorm models: the CLI's default, statistics recomputed at points between checkpoints.
    const auto buffers = ts::endpointBuffers(run, ia, endB, ib, loaded, ts::BnChoice::parse("recompute"));
    results.linear = ts::interpolateLinear(*loaded.model, loaded.data, a, b, alphas, {}, nullptr, buffers);
    if (v == "layerwise")
        results.layerwise = std::make_unique<ts::LayerwiseResult>(
            ts::interpolateLayerwise(*loaded.model, loaded.data, a, b, alphas, split, false, nullptr, buffers));
    if (v == "lines")
        results.lines = std::make_unique<ts::LinesResult>(
            ts::linesSweep(*loaded.model, loaded.data, a, b, ts::alphaGrid(0, 1, 21), nullptr, buffers));
    if (v == "bezier") {
        ts::BezierOptions bo;
        bo.steps = o.bezierSteps;
        results.bezier = std::make_unique<ts::BezierResult>(ts::trainBezierCurve(*loaded.model, loaded.data, a, b, bo, split, nullptr, buffers));
    }
    if (v == "layer-sharpness")
        results.layerSharpness = std::make_unique<ts::PathSharpnessResult>(
            ts::layerSharpnessAlongPath(*loaded.model, loaded.data, a, b, ts::alphaGrid(0, 1, 11), split));
    return makeInterpolationViews(results);
}
} // namespace

QString renderAnalysisFigure(const QString& runPath, const AnalysisFigureOptions& o, const QString& outPath)
{
    if (!analysisViewNames().contains(o.view))
        return QCoreApplication::translate("AnalysisFigure", "unknown view '%1'").arg(o.view);
    const auto format = widgets::figureFormatForPath(outPath);
    if (!format)
        return QCoreApplication::translate("AnalysisFigure", "%1: unknown figure format (use .png, .svg, .pdf or .csv)").arg(outPath);
    std::vector<AnalysisView> views;
    try {
        views = computeViews(runPath, o);
    } catch (const std::exception& e) {
        return QString::fromStdString(e.what());
    }
    QWidget* chosen = nullptr;
    for (auto& v : views)
        if (v.key == o.view)
            chosen = v.widget;
    QString error;
    bool ok = false;
    if (!chosen) {
        error = QCoreApplication::translate("AnalysisFigure", "view '%1' has nothing to show for this run").arg(o.view);
    } else {
        chosen->setAttribute(Qt::WA_DontShowOnScreen);
        chosen->resize(o.size);
        if (auto* chart = qobject_cast<ts::widgets::CurveChartView*>(chosen)) {
            chart->setTheme(o.theme == "dark" ? ts::widgets::CurveChartView::Theme::Dark : ts::widgets::CurveChartView::Theme::Light);
            ok = widgets::exportChart(*chart, outPath, *format, o.size, o.dpi, &error);
        } else if (auto* csv = dynamic_cast<ts::widgets::CsvExportable*>(chosen); csv && *format == widgets::FigureFormat::Csv) {
            ok = csv->writeCsv(outPath, &error);
        } else {
            ok = widgets::exportWidget(*chosen, outPath, *format, o.size, o.dpi, &error);
        }
    }
    for (auto& v : views)
        delete v.widget;
    return ok ? QString() : error;
}

} // namespace ts::app
