#include "app/render/ViewFactory.h"

#include "app/gui/analysis/SweepViews.h"
#include "app/render/LandscapeFigure.h"
#include "app/render/LandscapeSource.h"
#include "app/render/ViewOptions.h"
#include "widgets/charts/CurveChartView.h"

#include "core/Error.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonValue>

#include <cmath>

namespace ts::app {

std::vector<std::string> panelArguments(const widgets::FigurePanel& panel)
{
    std::vector<std::string> args;
    for (auto it = panel.options.begin(); it != panel.options.end(); ++it) {
        const std::string flag = "--" + it.key().toStdString();
        const QJsonValue v = it.value();
        if (v.isBool()) {
            if (v.toBool())
                args.push_back(flag);
            continue;
        }
        args.push_back(flag);
        if (v.isDouble()) {
            const double d = v.toDouble();
            args.push_back(d == std::floor(d) && std::fabs(d) < 1e15 ? std::to_string(int64_t(d))
                                                                     : QString::number(d, 'g', 17).toStdString());
        } else {
            args.push_back(v.toString().toStdString());
        }
    }
    return args;
}

QString checkPanel(const widgets::FigurePanel& panel, const widgets::FigureSpec& spec)
{
    try {
        checkViewName(panel.view);
        const cli::CommandLine cl(panelArguments(panel), viewOptionSpecs());
        if (!cl.positionals().empty())
            return QCoreApplication::translate("ViewFactory", "options: '%1' is not an option (options are named: {\"points\": 11})")
                .arg(QString::fromStdString(cl.positionals().front()));
    } catch (const std::exception& e) {
        return QString::fromStdString(e.what());
    }
    if (panel.view != "curves" && panel.runs.size() != 1)
        return QCoreApplication::translate("ViewFactory", "view '%1' takes one run file, not %2").arg(panel.view).arg(panel.runs.size());
    for (const QString& r : panel.runs)
        if (!QFileInfo::exists(spec.resolvedRun(r)))
            return QCoreApplication::translate("ViewFactory", "run '%1': no such file or folder (%2)").arg(r, spec.resolvedRun(r));
    return {};
}

std::unique_ptr<QWidget> makeFigureView(const widgets::FigurePanel& panel, const widgets::FigureSpec& spec,
                                        QSize pixels, int dpi, QString* error)
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return nullptr;
    };
    if (const QString e = checkPanel(panel, spec); !e.isEmpty())
        return fail(e);
    try {
        const cli::CommandLine cl(panelArguments(panel), viewOptionSpecs());
        QStringList runs;
        for (const QString& r : panel.runs)
            runs << spec.resolvedRun(r);
        const QString& view = panel.view;
        QString e;
        std::unique_ptr<QWidget> widget;
        if (view == "curves") {
            widget = makeCurvesChart(runs, curvesOptions(cl, pixels, dpi), &e);
        } else if (view == "sweep") {
            widget.reset(makeSweepChart(runs.front(), &e));
        } else if (landscapeViewNames().contains(view)) {
            const auto options = landscapeFigureOptions(cl, view, pixels, dpi);
            widget = makeLandscapeView(landscapeSurfaceForRender(runs.front().toStdString(), cl), options, &e);
        } else if (pathwayViewNames().contains(view)) {
            widget = makePathwayView(runs.front(), pathwayOptions(cl, view, pixels, dpi), &e);
        } else {
            widget = makeAnalysisView(runs.front(), analysisOptions(cl, view, pixels, dpi), &e);
        }
        if (!widget)
            return fail(e);
        return widget;
    } catch (const ts::Cancelled&) {
        throw;
    } catch (const std::exception& e) { // UsageError, ts::Error
        return fail(QString::fromStdString(e.what()));
    }
}

} // namespace ts::app
