#include "app/render/LandscapeFigure.h"

#include "core/Settings.h"
#include "widgets/export/ChartExport.h"
#include "widgets/export/CsvExportable.h"
#include "widgets/landscape/ContourMapView.h"
#include "widgets/landscape/OffscreenLandscape.h"
#include "widgets/landscape/SliceChartView.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QPixmap>
#include <QRegularExpression>
#include <QScreen>

#include <cmath>

namespace ts::app {

namespace {

// The widget size that FigureExporter lays a figure of this many pixels out at.
QSize logicalSize(const QSize& pixels, int dpi)
{
    const QScreen* s = QGuiApplication::primaryScreen();
    const double screenDpi = s ? s->logicalDotsPerInchY() : 96.0;
    const double f = screenDpi / std::max(1, dpi);
    return QSize(std::max(64, int(pixels.width() * f)), std::max(64, int(pixels.height() * f)));
}
} // namespace

QStringList landscapeViewNames() { return {"landscape3d", "contour", "slice"}; }

std::vector<cli::OptionSpec> landscapeRenderOptions()
{
    return {{"metric"}, {"log", false}, {"zclip"}, {"levels"}, {"wireframe", false}, {"checkpoint"}, {"vrange"},
            {"std", false}};
}

LandscapeFigureOptions landscapeFigureOptions(const cli::CommandLine& cl, const QString& view, QSize size, int dpi)
{
    LandscapeFigureOptions o;
    o.view = view;
    o.size = size;
    o.dpi = dpi;
    o.metric = QString::fromStdString(cl.value("metric"));
    o.log = cl.has("log");
    o.wireframe = cl.has("wireframe");
    o.showStd = cl.has("std");
    if (cl.has("zclip") && (!ts::parseDouble(cl.value("zclip"), o.zClip) || !std::isfinite(o.zClip)))
        throw cli::UsageError("--zclip must be a number");
    if (cl.has("vrange")) {
        const std::string text = cl.value("vrange");
        const auto colon = text.find(':', 1); // a leading '-' is a sign
        if (colon == std::string::npos || !ts::parseDouble(text.substr(0, colon), o.rangeLo) ||
            !ts::parseDouble(text.substr(colon + 1), o.rangeHi) || !(o.rangeLo < o.rangeHi))
            throw cli::UsageError("--vrange '" + text + "' is not LO:HI with LO < HI");
    }
    // "first" / "last" (a run's centre when rendering from a run) mark the surface's centre.
    const std::string checkpoint = cl.value("checkpoint");
    if (cl.has("checkpoint") && checkpoint != "first" && checkpoint != "last" &&
        (!ts::parseInt64(checkpoint, o.currentStep) || o.currentStep < 0))
        throw cli::UsageError("--checkpoint must be a step (a whole number >= 0) for the landscape views");
    o.levels = QString::fromStdString(cl.value("levels"));
    for (const QString& part : o.levels.split(QRegularExpression("[,;\\s]+"), Qt::SkipEmptyParts)) {
        bool ok = false;
        const double v = part.toDouble(&ok);
        if (!ok || !std::isfinite(v))
            throw cli::UsageError("--levels '" + cl.value("levels") + "' is not a list of numbers");
    }
    return o;
}

namespace {
// The scene of the options (the metric checked against the surface); "" or the error.
QString sceneFor(const LandscapeSurface& surface, const LandscapeFigureOptions& o, widgets::SceneOptions& scene)
{
    if (surface.xs.empty() || surface.values.empty())
        return QCoreApplication::translate("LandscapeFigure", "the surface has no grid points");
    scene.metric = o.metric.toStdString();
    if (scene.metric.empty()) {
        const auto names = surface.metricNames();
        scene.metric = names.front();
        for (const auto& n : names)
            if (n.find("loss") != std::string::npos) {
                scene.metric = n;
                break;
            }
    }
    if (!surface.values.count(scene.metric))
        return QCoreApplication::translate("LandscapeFigure", "the surface has no metric '%1' (it has: %2)")
            .arg(QString::fromStdString(scene.metric), QString::fromStdString([&] {
                     std::string all;
                     for (const auto& n : surface.metricNames())
                         all += (all.empty() ? "" : ", ") + n;
                     return all;
                 }()));
    scene.scale.log = o.log;
    scene.scale.zClip = o.zClip;
    scene.scale.rangeLo = o.rangeLo;
    scene.scale.rangeHi = o.rangeHi;
    scene.wireframe = o.wireframe;
    scene.showStd = o.showStd;
    if (o.showStd && !surface.hasStd(scene.metric))
        return QCoreApplication::translate("LandscapeFigure",
                                           "the surface has no std map of '%1' (compute one with trainscope "
                                           "landscape --batches K)")
            .arg(QString::fromStdString(scene.metric));
    scene.currentStep = o.currentStep >= 0 ? o.currentStep : surface.checkpointStep;
    return {};
}
} // namespace

std::unique_ptr<QWidget> makeLandscapeView(const LandscapeSurface& surface, const LandscapeFigureOptions& o,
                                           QString* error)
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return nullptr;
    };
    widgets::SceneOptions scene;
    if (const QString e = sceneFor(surface, o, scene); !e.isEmpty())
        return fail(e);
    if (o.view == "landscape3d") {
        QString e;
        const QImage image = widgets::renderLandscapeImage(surface, scene, o.size, nullptr, &e);
        if (image.isNull())
            return fail(e);
        auto label = std::make_unique<QLabel>();
        label->setScaledContents(true);
        label->setPixmap(QPixmap::fromImage(image));
        label->setAttribute(Qt::WA_DontShowOnScreen);
        label->resize(logicalSize(o.size, o.dpi));
        return label;
    }
    if (o.view == "contour") {
        if (!surface.is2d())
            return fail(QCoreApplication::translate("LandscapeFigure", "a 1-D slice has no contour map: use --view slice"));
        auto view = std::make_unique<widgets::ContourMapView>();
        view->setOptions(scene);
        view->setSurface(surface);
        std::vector<double> levels;
        for (const QString& part : o.levels.split(QRegularExpression("[,;\\s]+"), Qt::SkipEmptyParts)) {
            bool ok = false;
            levels.push_back(part.toDouble(&ok));
            if (!ok || !std::isfinite(levels.back()))
                return fail(QCoreApplication::translate("LandscapeFigure", "contour level '%1' is not a number").arg(part));
        }
        view->setLevels(levels);
        view->resize(logicalSize(o.size, o.dpi));
        return view;
    }
    if (o.view == "slice") {
        auto view = std::make_unique<widgets::SliceChartView>();
        view->setOptions(scene);
        view->setSurface(surface);
        view->resize(logicalSize(o.size, o.dpi));
        return view;
    }
    return fail(QCoreApplication::translate("LandscapeFigure", "unknown landscape view '%1' (available: %2)").arg(o.view, landscapeViewNames().join(", ")));
}

QString renderLandscapeFigure(const LandscapeSurface& surface, const LandscapeFigureOptions& o, const QString& outPath)
{
    widgets::SceneOptions scene;
    if (const QString e = sceneFor(surface, o, scene); !e.isEmpty())
        return e;
    const auto format = widgets::figureFormatForPath(outPath);
    if (!format)
        return QCoreApplication::translate("LandscapeFigure", "%1: the figure's suffix must be .png, .svg, .pdf, .csv or .tex").arg(outPath);
    if (o.view == "landscape3d") {
        if (*format != widgets::FigureFormat::Png)
            return QCoreApplication::translate("LandscapeFigure", "%1: the 3-D view is written as PNG only (export the surface as .vtp for vectors)").arg(outPath);
        QString error;
        const QImage image = widgets::renderLandscapeImage(surface, scene, o.size, nullptr, &error);
        if (image.isNull())
            return error;
        return image.save(outPath, "PNG") ? QString() : QCoreApplication::translate("LandscapeFigure", "%1: cannot write the PNG file").arg(outPath);
    }
    QString error;
    const auto view = makeLandscapeView(surface, o, &error);
    if (!view)
        return error;
    if (*format == widgets::FigureFormat::Csv) {
        auto* csv = dynamic_cast<const widgets::CsvExportable*>(view.get());
        return csv && csv->writeCsv(outPath, &error) ? QString() : error;
    }
    return widgets::exportWidget(*view, outPath, *format, o.size, o.dpi, &error) ? QString() : error;
}

} // namespace ts::app
