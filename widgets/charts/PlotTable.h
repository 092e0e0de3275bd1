#pragma once
// What a chart shows, at full resolution: the rows a CSV export writes.
#include <QString>
#include <QVector>
#include <vector>

namespace ts::widgets {

struct PlottedCurve {
    QString id;
    QString label;
    std::vector<double> x;
    std::vector<double> y;
    std::vector<double> smoothed; // empty when smoothing is off
};

using PlotTable = QVector<PlottedCurve>;

} // namespace ts::widgets
