#pragma once
// The views that `render` and `figure` draw, and their options parsed from a command line
// (`render`'s flags, or a figure panel's "options" turned into the same flags): one parser,
// so that a panel accepts exactly what `render --view` accepts.
#include "app/cli/CommandLine.h"
#include "app/render/AnalysisFigure.h"
#include "app/render/CurvesFigure.h"
#include "app/render/PathwayFigure.h"
#include "widgets/export/PgfplotsWriter.h"

#include <QSize>
#include <QStringList>

#include <vector>

namespace ts::app {

// curves, the analysis, pathway and landscape views, sweep.
QStringList allViewNames();
// Throws cli::UsageError naming the available views.
void checkViewName(const QString& view);
// The view options of `render` (not --view, --out, --size, --dpi or --help).
std::vector<cli::OptionSpec> viewOptionSpecs();

// Throw cli::UsageError on a value that makes no sense. size and dpi are the figure's.
CurvesFigureOptions curvesOptions(const cli::CommandLine& cl, QSize size, int dpi);
AnalysisFigureOptions analysisOptions(const cli::CommandLine& cl, const QString& view, QSize size, int dpi);
// --tex standalone|tikzpicture, --tex-data inline|dat (render and figure).
widgets::LatexOptions latexOptions(const cli::CommandLine& cl);
PathwayFigureOptions pathwayOptions(const cli::CommandLine& cl, const QString& view, QSize size, int dpi);

} // namespace ts::app
