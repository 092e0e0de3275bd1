#pragma once
// Writes what a chart shows (PlotTable) as CSV: one row per point, columns
// curve, step, value[, smoothed][, lower, upper, n for run groups]. Numbers use '.' whatever the locale and the shortest text
// that reads back to the same double.
#include <QString>

#include <functional>

#include "widgets/charts/PlotTable.h"

QT_BEGIN_NAMESPACE
class QIODevice;
class QTextStream;
QT_END_NAMESPACE

namespace ts::widgets {

class CsvWriter {
public:
    static bool write(const PlotTable& table, QIODevice& out);
    static bool writeFile(const PlotTable& table, const QString& path, QString* error = nullptr);
    // The one way every view writes a CSV file: fill() streams the rows; the file appears
    // complete or not at all (QSaveFile), and a failed open or write sets one of two messages.
    static bool writeFile(const QString& path, const std::function<void(QTextStream&)>& fill,
                          QString* error = nullptr);

    static QString formatNumber(double v); // round-trips exactly; "nan", "inf", "-inf"
    static QString quoteField(const QString& field); // RFC 4180
};

} // namespace ts::widgets
