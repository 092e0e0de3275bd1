#include "widgets/landscape/ColourMap.h"

#include <algorithm>
#include <cmath>

namespace ts::widgets {

QColor viridis(double t)
{
    // Viridis, sampled at 9 stops (perceptually uniform, colour-blind safe).
    static const QColor stops[] = {QColor(68, 1, 84),    QColor(71, 44, 122),  QColor(59, 81, 139),
                                   QColor(44, 113, 142), QColor(33, 144, 141), QColor(39, 173, 129),
                                   QColor(92, 200, 99),  QColor(170, 220, 50), QColor(253, 231, 37)};
    if (!std::isfinite(t))
        return {};
    const double x = std::clamp(t, 0.0, 1.0) * 8.0;
    const int i = std::min(7, int(x));
    const double f = x - i;
    const QColor a = stops[i], b = stops[i + 1];
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * f), float(a.greenF() + (b.greenF() - a.greenF()) * f),
                            float(a.blueF() + (b.blueF() - a.blueF()) * f));
}

} // namespace ts::widgets
