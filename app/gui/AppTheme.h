#pragma once
// Light and dark application themes (Fusion style with a matching palette).
#include <QString>

namespace ts::app {
void applyAppTheme(const QString& theme); // "light" | "dark"
}
