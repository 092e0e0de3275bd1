#pragma once
// Light and dark application themes (Fusion style with a matching palette), and presenter
// mode's high-contrast one (pure black on white, a saturated selection colour).
#include <QString>

namespace ts::app {
void applyAppTheme(const QString& theme); // "light" | "dark" | "contrast"
}
