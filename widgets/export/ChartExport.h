#pragma once
// Writes a curve chart to a file in one of the export formats (shared by File → Export and
// the headless `render` command).
#include <QSize>
#include <QString>

#include <optional>

class QWidget;

namespace ts::widgets {
class CurveChartView;
}

namespace ts::widgets {

enum class FigureFormat { Png, Svg, Pdf, Csv };

std::optional<FigureFormat> figureFormatForPath(const QString& path);
bool exportChart(ts::widgets::CurveChartView& chart, const QString& path, FigureFormat format, QSize size, int dpi,
                 QString* error);
// Any other view (a heatmap, say): PNG, SVG or PDF of the widget at that size.
bool exportWidget(QWidget& view, const QString& path, FigureFormat format, QSize size, int dpi, QString* error);
bool copyChartToClipboard(ts::widgets::CurveChartView& chart, QString* error);

} // namespace ts::widgets
