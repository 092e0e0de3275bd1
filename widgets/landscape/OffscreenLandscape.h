#pragma once
// Renders a landscape scene without a window on screen: VTK's own offscreen render window
// (Debian's VTK renders through GLX, so an X display is needed, e.g. xvfb-run), read back into
// a QImage. Used for screenshots at any resolution and by `trainscope render`.
#include "widgets/landscape/LandscapeScene.h"

#include <QImage>
#include <QSize>
#include <QString>

class vtkCamera;

namespace ts::widgets {

// camera: the view to copy (nullptr: the default view of a reset camera).
QImage renderLandscapeImage(const LandscapeSurface& surface, const SceneOptions& options, const QSize& size,
                            vtkCamera* camera, QString* error);

} // namespace ts::widgets
