#include "widgets/runs/MetricSelector.h"

namespace ts::widgets {

MetricSelector::MetricSelector(QWidget* parent) : QListWidget(parent)
{
    setObjectName("metricSelector");
    connect(this, &QListWidget::itemChanged, this, [this] {
        if (!updating_)
            Q_EMIT selectionChanged();
    });
}

void MetricSelector::setMetrics(const QStringList& names, const QStringList& defaults)
{
    const QStringList checked = checkedMetrics();
    QStringList known;
    for (int i = 0; i < count(); ++i)
        known << item(i)->text();
    updating_ = true;
    clear();
    for (const auto& n : names) {
        auto* it = new QListWidgetItem(n, this);
        it->setFlags(it->flags() | Qt::ItemIsUserCheckable);
        const bool on = known.contains(n) ? checked.contains(n) : defaults.contains(n);
        it->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    updating_ = false;
}

QStringList MetricSelector::checkedMetrics() const
{
    QStringList out;
    for (int i = 0; i < count(); ++i)
        if (item(i)->checkState() == Qt::Checked)
            out << item(i)->text();
    return out;
}

void MetricSelector::setCheckedMetrics(const QStringList& names)
{
    updating_ = true;
    for (int i = 0; i < count(); ++i)
        item(i)->setCheckState(names.contains(item(i)->text()) ? Qt::Checked : Qt::Unchecked);
    updating_ = false;
    Q_EMIT selectionChanged();
}

} // namespace ts::widgets
