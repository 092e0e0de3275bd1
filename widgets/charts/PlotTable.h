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
    // A group's band and the runs behind each point (empty for a single run), as drawn.
    std::vector<double> lower{};
    std::vector<double> upper{};
    std::vector<int> count{};
    bool errorBars = false;
};

using PlotTable = QVector<PlottedCurve>;

} // namespace ts::widgets
