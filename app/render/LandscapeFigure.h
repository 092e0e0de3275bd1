#pragma once
// Writes a loss-landscape surface headless: `render --view landscape3d|contour|slice`.
// landscape3d renders with VTK offscreen (PNG; needs an X display, e.g. xvfb-run); contour and
// slice are Qt views (PNG, SVG, PDF or CSV).
#include "app/cli/CommandLine.h"
#include "core/landscape/Surface.h"

#include <QSize>
#include <QString>
#include <QStringList>

#include <limits>
#include <memory>

class QWidget;

namespace ts::app {

struct LandscapeFigureOptions {
    QString view = "landscape3d";
    QString metric; // "" : the first loss of the surface
    bool log = false;
    double zClip = std::numeric_limits<double>::quiet_NaN();
    // --vrange LO:HI, a fixed value range (widgets::SurfaceScale::rangeLo/Hi); NaN: the surface's own.
    double rangeLo = std::numeric_limits<double>::quiet_NaN(), rangeHi = std::numeric_limits<double>::quiet_NaN();
    bool wireframe = false;
    bool showStd = false;     // --std: the contour map's dashed std iso-lines (a surface over K batches)
    QString levels;           // contour levels "0.5,1,2"; "" automatic
    int64_t currentStep = -1; // checkpoint to mark (-1: the surface's centre)
    QSize size{1600, 1000};
    int dpi = 150;
};

QStringList landscapeViewNames();
// The `render` options of these views (to add to its CommandLine specs) and their parsing:
// --metric NAME --log --zclip Z --levels L1,L2,... --wireframe --checkpoint STEP --std.
// Throws cli::UsageError on a value that makes no sense.
std::vector<cli::OptionSpec> landscapeRenderOptions();
LandscapeFigureOptions landscapeFigureOptions(const cli::CommandLine& cl, const QString& view, QSize size, int dpi);
// The contour or slice view (sized at the logical size of options.size at options.dpi; each is
// widgets::CsvExportable), or the 3-D view as an image (options.size pixels; needs an X
// display), for a figure of several panels; nullptr and *error on failure.
std::unique_ptr<QWidget> makeLandscapeView(const LandscapeSurface& surface, const LandscapeFigureOptions& options,
                                           QString* error);
// Needs a QApplication. Returns "" or the error.
QString renderLandscapeFigure(const LandscapeSurface& surface, const LandscapeFigureOptions& options,
                              const QString& outPath);

} // namespace ts::app
