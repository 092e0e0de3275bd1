#pragma once
// What a landscape's axes measure, read from its directions recipe (LandscapeSurface::directions):
// "direction 1" and "direction 2" in general, and for task vectors the scale of each run's task
// vector ("λ₁ · τ(add)"), so a merge landscape says which axis is which task.
#include <QString>

#include <string>

namespace ts::widgets {

// axis 0 (x) or 1 (y). ascii: for VTK's text, whose default font has no Greek letters.
QString surfaceAxisTitle(const std::string& directionsRecipe, int axis, bool ascii = false);

} // namespace ts::widgets
