#pragma once
// A view that can write what it shows as CSV (File → Export Data as CSV).
#include <QString>

namespace ts::widgets {

class CsvExportable {
public:
    virtual ~CsvExportable() = default;
    virtual bool writeCsv(const QString& path, QString* error) const = 0;
};

} // namespace ts::widgets
