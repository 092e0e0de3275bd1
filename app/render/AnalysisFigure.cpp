#include "app/render/AnalysisFigure.h"

#include "app/gui/analysis/GrokkingViews.h"
#include "app/gui/analysis/InfluenceViews.h"
#include "app/gui/analysis/InterpolationViews.h"
#include "app/gui/analysis/SharpnessViews.h"
#include "widgets/charts/CurveChartView.h"
#include "widgets/export/ChartExport.h"
#include "widgets/export/CsvExportable.h"

#include "core/Error.h"
#include "core/Runtime.h"
#include "core/analysis/RunCheckpoints.h"
#include "core/runfile/RunReader.h"
#include "core/grokking/GroupEvents.h"
#include "core/stats/RunGrouping.h"

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
// Every run analysed on its own, then the group's curves. The runs must be one group.
std::vector<AnalysisView> computeGroupViews(const QStringList& runPaths, const AnalysisFigureOptions& o)
{
    ts::configureRuntime(0);
    std::vector<std::unique_ptr<ts::RunReader>> runs;
    std::vector<ts::ConfigEntries> configs;
    for (const auto& p : runPaths) {
        runs.push_back(std::make_unique<ts::RunReader>(p.toStdString()));
        configs.push_back(runs.back()->config());
    }
    if (ts::groupRuns(configs).size() != 1)
        throw ts::ConfigError("the runs are not one group: their configurations differ in more than the seed");
    const QString title = QCoreApplication::translate("AnalysisFigure", "group of %1 runs").arg(runs.size());
    if (o.view == "grokking") {
        // The first run's dashboard with the group's events as intervals.
        std::vector<ts::GrokkingEvents> events;
        for (const auto& run : runs)
            events.push_back(ts::detectGrokking(*run));
        const auto g = ts::summarizeGroupEvents(events);
        auto data = toGrokkingData(*runs.front(), ts::measureProgress(*runs.front()),
                                   QFileInfo(runPaths.front()).completeBaseName());
        setGroupEvents(data, g);
        return makeGrokkingViews(data);
    }
    if (o.view == "sharpness") {
        ts::SharpnessRequest req;
        req.top = o.top;
        req.iterations = o.iterations;
        std::vector<ts::SharpnessReport> reports;
        for (const auto& run : runs) {
            const std::vector<int64_t> indices =
                o.checkpoint == "all" ? ts::everyKthCheckpoint(run->checkpointCount(), std::max(1, o.every))
                                      : std::vector<int64_t>{ts::checkpointIndex(*run, o.checkpoint.toStdString())};
            reports.push_back(ts::sharpnessOfRun(*run, indices, req));
        }
        return makeGroupSharpnessViews(ts::groupSharpness(reports), int(reports.size()), reports.front().learningRate,
                                       title);
    }
    if (o.to.contains(':'))
        throw ts::ConfigError("a group interpolates each run with itself: --to takes a step, not RUN.h5:STEP");
    std::vector<ts::InterpolationResult> lines;
    int64_t stepA = -1, stepB = -1;
    for (const auto& p : runPaths) {
        ts::CheckpointInterpolationSpec spec;
        spec.runA = p.toStdString();
        spec.stepA = o.from.toStdString();
        spec.stepB = o.to.toStdString();
        spec.alphaMin = o.alphaMin;
        spec.alphaMax = o.alphaMax;
        spec.points = o.points;
        spec.bn = "recompute";
        auto r = ts::interpolateCheckpoints(spec);
        stepA = r.stepA;
        stepB = r.stepB;
        lines.push_back(std::move(r.linear));
    }
    return makeGroupInterpolationViews(ts::groupInterpolation(lines),
                                       QString("%1, %2 → %3").arg(title).arg(stepA).arg(stepB));
}

// The chosen view of `views`, the others deleted; sized and themed for a figure.
std::unique_ptr<QWidget> chooseView(std::vector<AnalysisView>& views, const AnalysisFigureOptions& o, QString* error)
{
    std::unique_ptr<QWidget> chosen;
    for (auto& v : views) {
        if (v.key == o.view && !chosen)
            chosen.reset(v.widget);
        else
            delete v.widget;
    }
    if (!chosen) {
        if (error)
            *error = QCoreApplication::translate("AnalysisFigure", "view '%1' has nothing to show for this run").arg(o.view);
        return nullptr;
    }
    chosen->setAttribute(Qt::WA_DontShowOnScreen);
    chosen->resize(o.size);
    if (auto* chart = qobject_cast<ts::widgets::CurveChartView*>(chosen.get()))
        chart->setTheme(o.theme == "dark" ? ts::widgets::CurveChartView::Theme::Dark
                                          : ts::widgets::CurveChartView::Theme::Light);
    return chosen;
}

QString writeView(QWidget& chosen, const AnalysisFigureOptions& o, const QString& outPath, widgets::FigureFormat format)
{
    QString error;
    bool ok = false;
    if (auto* chart = qobject_cast<ts::widgets::CurveChartView*>(&chosen))
        ok = widgets::exportChart(*chart, outPath, format, o.size, o.dpi, &error);
    else if (auto* csv = dynamic_cast<ts::widgets::CsvExportable*>(&chosen); csv && format == widgets::FigureFormat::Csv)
        ok = csv->writeCsv(outPath, &error);
    else
        ok = widgets::exportWidget(chosen, outPath, format, o.size, o.dpi, &error);
    return ok ? QString() : error;
}
} // namespace

QStringList groupAnalysisViewNames() { return {"grokking", "interpolation", "interpolation-accuracy", "sharpness"}; }

std::unique_ptr<QWidget> makeGroupAnalysisView(const QStringList& runPaths, const AnalysisFigureOptions& o, QString* error)
{
    if (!groupAnalysisViewNames().contains(o.view)) {
        if (error)
            *error = QCoreApplication::translate("AnalysisFigure", "view '%1' takes one run file (a group of runs: %2)")
                         .arg(o.view, groupAnalysisViewNames().join(", "));
        return nullptr;
    }
    std::vector<AnalysisView> views;
    try {
        views = computeGroupViews(runPaths, o);
    } catch (const std::exception& e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return nullptr;
    }
    return chooseView(views, o, error);
}

QString renderGroupAnalysisFigure(const QStringList& runPaths, const AnalysisFigureOptions& o, const QString& outPath)
{
    const auto format = widgets::figureFormatForPath(outPath);
    if (!format)
        return QCoreApplication::translate("AnalysisFigure", "%1: unknown figure format (use .png, .svg, .pdf or .csv)")
            .arg(outPath);
    QString error;
    const auto chosen = makeGroupAnalysisView(runPaths, o, &error);
    if (!chosen)
        return error;
    return writeView(*chosen, o, outPath, *format);
}

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
    return chooseView(views, o, error);
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
    return writeView(*chosen, o, outPath, *format);
}

} // namespace ts::app
