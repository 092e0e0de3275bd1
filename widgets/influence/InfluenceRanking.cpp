#include "widgets/influence/InfluenceRanking.h"

#include "widgets/export/CsvWriter.h"

#include <QHeaderView>
#include <QTextStream>

namespace ts::widgets {

namespace {
// Numbers sort as numbers, not as text.
QTableWidgetItem* numberItem(double value, const QString& text)
{
    auto* item = new QTableWidgetItem;
    item->setData(Qt::DisplayRole, value);
    item->setData(Qt::ToolTipRole, text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
} // namespace

InfluenceRanking::InfluenceRanking(QWidget* parent) : QTableWidget(parent)
{
    setObjectName("influenceRanking");
    setColumnCount(5);
    setHorizontalHeaderLabels({tr("Effect"), tr("Row"), tr("Example"), tr("Label"), tr("Score")});
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
    verticalHeader()->setVisible(false);
    horizontalHeader()->setStretchLastSection(true);
    setMinimumSize(360, 200);
}

void InfluenceRanking::setEntries(const QString& title, const std::vector<Entry>& entries)
{
    title_ = title;
    entries_ = entries;
    setToolTip(title);
    setSortingEnabled(false);
    setRowCount(int(entries.size()));
    for (int i = 0; i < int(entries.size()); ++i) {
        const Entry& e = entries[std::size_t(i)];
        setItem(i, 0, new QTableWidgetItem(e.kind));
        setItem(i, 1, numberItem(double(e.row), QString::number(e.row)));
        setItem(i, 2, new QTableWidgetItem(e.example));
        setItem(i, 3, new QTableWidgetItem(e.label));
        setItem(i, 4, numberItem(e.score, QString::number(e.score, 'g', 8)));
    }
    resizeColumnsToContents();
    setSortingEnabled(true);
}

bool InfluenceRanking::writeCsv(const QString& path, QString* error) const
{
    return CsvWriter::writeFile(
        path,
        [&](QTextStream& out) {
            out << "effect,row,example,label,score\n";
            for (const Entry& e : entries_)
                out << CsvWriter::quoteField(e.kind) << ',' << e.row << ',' << CsvWriter::quoteField(e.example) << ','
                    << CsvWriter::quoteField(e.label) << ',' << CsvWriter::formatNumber(e.score) << '\n';
        },
        error);
}

} // namespace ts::widgets
