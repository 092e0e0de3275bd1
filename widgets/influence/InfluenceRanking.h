#pragma once
// The training examples that most support and most oppose one prediction (or that have the
// largest self-influence), as a sortable table: rank, row, the example as people read it, its
// label and score. Exports as CSV (every listed row) and as a figure (the widget).
#include "widgets/export/CsvExportable.h"

#include <QString>
#include <QTableWidget>

#include <vector>

namespace ts::widgets {

class InfluenceRanking : public QTableWidget, public CsvExportable {
    Q_OBJECT
public:
    struct Entry {
        QString kind; // "supports", "opposes", "self" in the user's language
        qint64 row = 0;
        QString example;
        QString label;
        double score = 0.0;
    };

    explicit InfluenceRanking(QWidget* parent = nullptr);
    void setEntries(const QString& title, const std::vector<Entry>& entries);
    const std::vector<Entry>& entries() const { return entries_; }
    const QString& title() const { return title_; }
    bool writeCsv(const QString& path, QString* error) const override;

private:
    QString title_;
    std::vector<Entry> entries_;
};

} // namespace ts::widgets
