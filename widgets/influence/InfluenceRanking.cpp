#include "widgets/influence/InfluenceRanking.h"

#include "widgets/export/CsvWriter.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QTextStream>
#include <QVBoxLayout>

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

InfluenceRanking::InfluenceRanking(QWidget* parent) : QWidget(parent)
{
    setObjectName("influenceRanking");
    setAutoFillBackground(true);
    title_ = new QLabel(this);
    title_->setWordWrap(true);
    title_->setAlignment(Qt::AlignCenter);
    QFont bold; // only the weight is set: the size follows the application font (presenter mode)
    bold.setBold(true);
    title_->setFont(bold);
    table_ = new QTableWidget(this);
    table_->setColumnCount(5);
    table_->setHorizontalHeaderLabels({tr("Effect"), tr("Row"), tr("Example"), tr("Label"), tr("Score")});
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setAlternatingRowColors(true);
    table_->verticalHeader()->setVisible(false);
    table_->horizontalHeader()->setStretchLastSection(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title_);
    layout->addWidget(table_, 1);
    setMinimumSize(360, 200);
}

QString InfluenceRanking::title() const { return title_->text(); }

void InfluenceRanking::setEntries(const QString& title, const std::vector<Entry>& entries)
{
    title_->setText(title);
    entries_ = entries;
    table_->setSortingEnabled(false);
    table_->setRowCount(int(entries.size()));
    for (int i = 0; i < int(entries.size()); ++i) {
        const Entry& e = entries[std::size_t(i)];
        table_->setItem(i, 0, new QTableWidgetItem(e.kind));
        table_->setItem(i, 1, numberItem(double(e.row), QString::number(e.row)));
        table_->setItem(i, 2, new QTableWidgetItem(e.example));
        table_->setItem(i, 3, new QTableWidgetItem(e.label));
        table_->setItem(i, 4, numberItem(e.score, QString::number(e.score, 'g', 8)));
    }
    table_->resizeColumnsToContents();
    table_->setSortingEnabled(true);
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
