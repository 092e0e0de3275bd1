#pragma once
// The training examples that most support and most oppose one prediction (or that have the
// largest self-influence): a title that says what was scored, and a sortable table of rank,
// row, the example as people read it, its label and score. Exports as CSV (every listed row)
// and as a figure (the widget, title included).
#include "widgets/export/CsvExportable.h"

#include <QString>
#include <QWidget>

#include <vector>

class QLabel;
class QTableWidget;

namespace ts::widgets {

class InfluenceRanking : public QWidget, public CsvExportable {
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
    QString title() const;
    QTableWidget* table() const { return table_; }
    bool writeCsv(const QString& path, QString* error) const override;

private:
    QLabel* title_;
    QTableWidget* table_;
    std::vector<Entry> entries_;
};

} // namespace ts::widgets
