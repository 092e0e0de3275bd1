#pragma once
// The LaTeX figure of any view that is a 2-D chart: a LatexExportable view (heatmap, contour
// map), a curve chart (through its plotted table: bands and error bars included), any other
// Qt chart (the slice chart: its series as drawn, a right-hand axis too), the grokking and
// pathway dashboards (their charts as stacked axes), and a landscape panel or comparison (the
// contour map of each 2-D surface, else its slice). The 3-D surface, the pathway graph and
// tables have none, and say so.
#include "widgets/export/LatexFigure.h"
#include "widgets/export/PgfplotsWriter.h"

#include <QSize>
#include <QString>

#include <optional>

class QChartView;
class QWidget;

namespace ts::widgets {

class CurveChartView;

struct PlottedCurve;

// A plotted curve as drawn: its band or error bars, and with smoothing the raw data faint
// under the smoothed line.
std::vector<LatexLine> latexLinesOf(const PlottedCurve& curve, const QColor& colour);
LatexAxis latexAxisOf(const CurveChartView& chart);
LatexAxis latexAxisOf(const QChartView& chart);
// nullopt and *error ("… has no LaTeX form") for a view that is not a 2-D chart.
std::optional<LatexFigure> latexFigureOf(const QWidget& view, QString* error);
// Rows of axes, each row split evenly, the rows of equal height.
LatexFigure stackedFigure(const std::vector<std::vector<LatexAxis>>& rows);
// The view's figure written to path at `pixels` / dpi (its size on paper; the decimation's columns).
bool exportLatex(const QWidget& view, const QString& path, const LatexOptions& options, QSize pixels, int dpi,
                 QString* error);
bool writeLatexFigure(const LatexFigure& figure, const QString& path, const LatexOptions& options, double widthCm,
                      double heightCm, int columns, QString* error);

} // namespace ts::widgets
