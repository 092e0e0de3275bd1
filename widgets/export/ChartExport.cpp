#include "widgets/export/ChartExport.h"

#include "widgets/charts/CurveChartView.h"
#include "widgets/export/CsvWriter.h"
#include "widgets/export/FigureExporter.h"
#include "widgets/export/LatexFigures.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace ts::widgets {

std::optional<FigureFormat> figureFormatForPath(const QString& path)
{
    const QString s = QFileInfo(path).suffix().toLower();
    if (s == "png")
        return FigureFormat::Png;
    if (s == "svg")
        return FigureFormat::Svg;
    if (s == "pdf")
        return FigureFormat::Pdf;
    if (s == "csv")
        return FigureFormat::Csv;
    if (s == "tex")
        return FigureFormat::Tex;
    return std::nullopt;
}

namespace {
LatexOptions& defaults()
{
    static LatexOptions options;
    return options;
}
} // namespace

void setLatexDefaults(const LatexOptions& options) { defaults() = options; }

LatexOptions latexDefaults() { return defaults(); }

bool exportChart(CurveChartView& chart, const QString& path, FigureFormat format, QSize size, int dpi,
                 QString* error, const LatexOptions* latex)
{
    // The plotted data for CSV; for the figure formats a chart is a widget like any other.
    if (format == FigureFormat::Csv)
        return CsvWriter::writeFile(chart.plottedTable(), path, error);
    return exportWidget(chart, path, format, size, dpi, error, latex);
}

bool exportWidget(QWidget& view, const QString& path, FigureFormat format, QSize size, int dpi, QString* error,
                  const LatexOptions* latex)
{
    if (format == FigureFormat::Tex)
        return exportLatex(view, path, latex ? *latex : defaults(), size, dpi, error);
    FigureExporter exporter(&view);
    exporter.setPixelSize(size);
    exporter.setDpi(dpi);
    exporter.setTitle(QFileInfo(path).completeBaseName());
    bool ok = false;
    switch (format) {
    case FigureFormat::Png: ok = exporter.savePng(path); break;
    case FigureFormat::Svg: ok = exporter.saveSvg(path); break;
    case FigureFormat::Pdf: ok = exporter.savePdf(path); break;
    case FigureFormat::Tex: break; // above
    case FigureFormat::Csv:
        if (error)
            *error = QCoreApplication::translate("ChartExport", "%1: this view exports CSV from its own menu").arg(path);
        return false;
    }
    if (!ok && error)
        *error = exporter.errorString();
    return ok;
}

bool copyChartToClipboard(CurveChartView& chart, QString* error)
{
    FigureExporter exporter(&chart);
    exporter.setPixelSize(chart.size() * chart.devicePixelRatioF());
    exporter.setDpi(96.0 * chart.devicePixelRatioF());
    const bool ok = exporter.copyToClipboard();
    if (!ok && error)
        *error = exporter.errorString();
    return ok;
}

} // namespace ts::widgets
