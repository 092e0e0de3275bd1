#pragma once
// The landscape views' colour map (viridis, as the heatmaps use), for Qt painting and for
// VTK lookup tables alike.
#include <QColor>

namespace ts::widgets {

// t in [0, 1] (clamped); NaN gives an invalid QColor.
QColor viridis(double t);

} // namespace ts::widgets
