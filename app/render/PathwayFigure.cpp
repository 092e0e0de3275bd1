#include "app/render/PathwayFigure.h"

#include "app/gui/analysis/PathwayViews.h"
#include "widgets/charts/HeatmapView.h"
#include "widgets/export/ChartExport.h"
#include "widgets/pathways/PathwayDashboard.h"
#include "widgets/pathways/PathwayGraphView.h"

#include "core/Runtime.h"
#include "core/Settings.h"
#include "core/runfile/RunReader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTabWidget>

#include <memory>

namespace ts::app {

QStringList pathwayViewNames() { return {"pathways", "pathway-graph", "pathway-distances"}; }

std::unique_ptr<QWidget> makePathwayView(const QString& runPath, const PathwayFigureOptions& o, QString* error)
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return nullptr;
    };
    if (!pathwayViewNames().contains(o.view))
        return fail(QCoreApplication::translate("PathwayFigure", "unknown view '%1'").arg(o.view));
    widgets::PathwayViewData data;
    try {
        ts::configureRuntime(0);
        ts::RunReader run(runPath.toStdString());
        PathwayViewOptions vo;
        vo.threshold = o.threshold;
        vo.memorisedOnly = o.memorisedOnly;
        data = toPathwayViewData(run, vo, QFileInfo(runPath).completeBaseName());
    } catch (const std::exception& e) {
        return fail(QString::fromStdString(e.what()));
    }
    auto dashboard = std::make_unique<widgets::PathwayDashboard>();
    dashboard->setAttribute(Qt::WA_DontShowOnScreen);
    dashboard->resize(o.size);
    dashboard->setData(data);
    if (o.step != "last") {
        int64_t step = 0;
        if (!ts::parseInt64(o.step.toStdString(), step) || !dashboard->setCheckpointStep(step)) {
            QStringList steps;
            for (const auto& c : data.checkpoints)
                steps << QString::number(c.step);
            return fail(QCoreApplication::translate("PathwayFigure", "no routing recorded at step '%1' (recorded: %2)")
                            .arg(o.step, steps.join(", ")));
        }
    }
    QWidget* chosen = nullptr;
    if (o.view == "pathway-graph") {
        chosen = dashboard->graphView();
    } else if (o.view == "pathway-distances") {
        dashboard->tabs()->setCurrentWidget(dashboard->distanceHeatmap());
        chosen = dashboard->distanceHeatmap();
    } else {
        return dashboard;
    }
    chosen->setParent(nullptr); // the view alone, at the figure's size
    chosen->setAttribute(Qt::WA_DontShowOnScreen);
    chosen->resize(o.size);
    return std::unique_ptr<QWidget>(chosen);
}

QString renderPathwayFigure(const QString& runPath, const PathwayFigureOptions& o, const QString& outPath)
{
    if (!pathwayViewNames().contains(o.view))
        return QCoreApplication::translate("PathwayFigure", "unknown view '%1'").arg(o.view);
    const auto format = widgets::figureFormatForPath(outPath);
    if (!format)
        return QCoreApplication::translate("PathwayFigure", "%1: unknown figure format (use .png, .svg, .pdf, .csv or .tex)")
            .arg(outPath);
    QString error;
    const auto chosen = makePathwayView(runPath, o, &error);
    if (!chosen)
        return error;
    auto* csv = dynamic_cast<ts::widgets::CsvExportable*>(chosen.get());
    const bool ok = *format == widgets::FigureFormat::Csv
                        ? (csv && csv->writeCsv(outPath, &error))
                        : widgets::exportWidget(*chosen, outPath, *format, o.size, o.dpi, &error);
    return ok ? QString() : error;
}

} // namespace ts::app
