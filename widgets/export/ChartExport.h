#pragma once
// Writes a curve chart to a file in one of the export formats (shared by File → Export and
// the headless `render` command).
#include "widgets/export/PgfplotsWriter.h"

#include <QSize>
#include <QString>

#include <optional>

class QWidget;

namespace ts::widgets {
class CurveChartView;
}

namespace ts::widgets {

enum class FigureFormat { Png, Svg, Pdf, Csv, Tex };

std::optional<FigureFormat> figureFormatForPath(const QString& path);
bool exportChart(ts::widgets::CurveChartView& chart, const QString& path, FigureFormat format, QSize size, int dpi,
                 QString* error, const LatexOptions* latex = nullptr);
// Any other view (a heatmap, say): PNG, SVG or PDF of the widget at that size; Tex: the view's
// pgfplots figure at that size on paper (size / dpi), as `latex` says (default: latexDefaults()).
bool exportWidget(QWidget& view, const QString& path, FigureFormat format, QSize size, int dpi, QString* error,
                  const LatexOptions* latex = nullptr);
// The LaTeX options of exports that give none (`render --tex`, `--tex-data` set them).
void setLatexDefaults(const LatexOptions& options);
LatexOptions latexDefaults();
bool copyChartToClipboard(ts::widgets::CurveChartView& chart, QString* error);

} // namespace ts::widgets
