#include "app/render/SweepFigure.h"

#include "app/gui/analysis/SweepViews.h"
#include "widgets/charts/CurveChartView.h"
#include "widgets/export/ChartExport.h"

#include <QCoreApplication>

#include <memory>

namespace ts::app {

QString renderSweepFigure(const QString& folder, const QString& outPath, QSize size, int dpi)
{
    const auto format = widgets::figureFormatForPath(outPath);
    if (!format)
        return QCoreApplication::translate("SweepFigure", "%1: unknown figure format (use .png, .svg, .pdf, .csv or .tex)").arg(outPath);
    QString error;
    if (*format == widgets::FigureFormat::Csv) {
        // The statistics per value (mean, std, n), not the points as drawn.
        const auto data = sweepChartData(folder, &error);
        if (!data)
            return error;
        return writeSweepCsv(*data, outPath, &error) ? QString() : error;
    }
    std::unique_ptr<ts::widgets::CurveChartView> chart(makeSweepChart(folder, &error));
    if (!chart)
        return error;
    chart->setAttribute(Qt::WA_DontShowOnScreen);
    chart->resize(size);
    return widgets::exportChart(*chart, outPath, *format, size, dpi, &error) ? QString() : error;
}

} // namespace ts::app
