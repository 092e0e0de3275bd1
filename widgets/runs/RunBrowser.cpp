#include "widgets/runs/RunBrowser.h"

#include <QIcon>
#include <QStyle>

#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ts::widgets {

namespace {
enum Column { Name, Task, Model, Steps, Checkpoints, Status, ColumnCount };
constexpr int kIdRole = Qt::UserRole + 1;
} // namespace

RunBrowser::RunBrowser(QWidget* parent) : QWidget(parent)
{
    filter_ = new QLineEdit(this);
    filter_->setClearButtonEnabled(true);
    filter_->setObjectName("runFilter");
    tree_ = new QTreeWidget(this);
    tree_->setObjectName("runTree");
    tree_->setColumnCount(ColumnCount);
    tree_->setRootIsDecorated(false);
    tree_->setUniformRowHeights(true);
    tree_->header()->setStretchLastSection(true);
    tree_->setContextMenuPolicy(Qt::CustomContextMenu);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(filter_);
    layout->addWidget(tree_);
    retranslate();

    connect(filter_, &QLineEdit::textChanged, this, [this] { applyFilter(); });
    connect(tree_, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* item, int column) {
        if (updating_ || column != Name)
            return;
        Q_EMIT checkedChanged(item->data(Name, kIdRole).toString(), item->checkState(Name) == Qt::Checked);
    });
    connect(tree_, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { Q_EMIT runActivated(item->data(Name, kIdRole).toString()); });
    connect(tree_, &QTreeWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        auto* item = tree_->itemAt(pos);
        if (!item)
            return;
        const QString id = item->data(Name, kIdRole).toString();
        QMenu menu(this);
        menu.addAction(tr("Close run"), this, [this, id] { Q_EMIT closeRequested(id); });
        menu.exec(tree_->viewport()->mapToGlobal(pos));
    });
}

void RunBrowser::retranslate()
{
    filter_->setPlaceholderText(tr("Filter runs by name, task or model"));
    tree_->setHeaderLabels({tr("Run"), tr("Task"), tr("Model"), tr("Steps"), tr("Checkpoints"), tr("Status")});
}

void RunBrowser::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QTreeWidgetItem* RunBrowser::itemFor(const QString& id) const
{
    for (int i = 0; i < tree_->topLevelItemCount(); ++i)
        if (tree_->topLevelItem(i)->data(Name, kIdRole).toString() == id)
            return tree_->topLevelItem(i);
    return nullptr;
}

void RunBrowser::upsertRun(const RunSummary& run, bool checked)
{
    updating_ = true;
    auto* item = itemFor(run.id);
    if (!item) {
        item = new QTreeWidgetItem(tree_);
        item->setData(Name, kIdRole, run.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Name, checked ? Qt::Checked : Qt::Unchecked);
    }
    item->setText(Name, run.name);
    item->setText(Task, run.task);
    item->setText(Model, run.model);
    item->setText(Steps, run.lastStep >= 0 ? QString::number(run.lastStep) : QStringLiteral("–"));
    item->setText(Checkpoints, QString::number(run.checkpoints));
    item->setText(Status, run.status);
    QString tip = run.id + "\n" + tr("%n parameters", nullptr, int(qMin<qint64>(run.parameters, INT_MAX))) + "\n" +
                  tr("Metrics: %1").arg(run.metrics.join(", "));
    if (!run.events.isEmpty())
        tip += "\n" + run.events;
    if (!run.warning.isEmpty())
        tip += "\n" + tr("Warning: %1").arg(run.warning);
    item->setIcon(Name, run.warning.isEmpty() ? QIcon() : style()->standardIcon(QStyle::SP_MessageBoxWarning));
    for (int c = 0; c < ColumnCount; ++c)
        item->setToolTip(c, tip);
    updating_ = false;
    applyFilter();
}

void RunBrowser::removeRun(const QString& id) { delete itemFor(id); }

bool RunBrowser::isChecked(const QString& id) const
{
    auto* item = itemFor(id);
    return item && item->checkState(Name) == Qt::Checked;
}

void RunBrowser::setChecked(const QString& id, bool checked)
{
    if (auto* item = itemFor(id))
        item->setCheckState(Name, checked ? Qt::Checked : Qt::Unchecked); // emits checkedChanged
}

QStringList RunBrowser::runIds() const
{
    QStringList ids;
    for (int i = 0; i < tree_->topLevelItemCount(); ++i)
        ids << tree_->topLevelItem(i)->data(Name, kIdRole).toString();
    return ids;
}

QStringList RunBrowser::checkedRunIds() const
{
    QStringList ids;
    for (const auto& id : runIds())
        if (isChecked(id))
            ids << id;
    return ids;
}

QStringList RunBrowser::visibleRunIds() const
{
    QStringList ids;
    for (int i = 0; i < tree_->topLevelItemCount(); ++i)
        if (!tree_->topLevelItem(i)->isHidden())
            ids << tree_->topLevelItem(i)->data(Name, kIdRole).toString();
    return ids;
}

void RunBrowser::setFilterText(const QString& text) { filter_->setText(text); }
QString RunBrowser::filterText() const { return filter_->text(); }

void RunBrowser::applyFilter()
{
    const QString f = filter_->text().trimmed();
    for (int i = 0; i < tree_->topLevelItemCount(); ++i) {
        auto* item = tree_->topLevelItem(i);
        const bool match = f.isEmpty() || item->text(Name).contains(f, Qt::CaseInsensitive) ||
                           item->text(Task).contains(f, Qt::CaseInsensitive) ||
                           item->text(Model).contains(f, Qt::CaseInsensitive);
        item->setHidden(!match);
    }
}

} // namespace ts::widgets
