#pragma once
// Dock content listing the open runs: a filter box and one checkable row per run (checked
// runs are shown side by side in the views).
#include "widgets/runs/RunSummary.h"

#include <QWidget>

class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace ts::widgets {

class RunBrowser : public QWidget {
    Q_OBJECT
public:
    explicit RunBrowser(QWidget* parent = nullptr);

    // Adds the run or updates its row (keeps its check state).
    void upsertRun(const RunSummary& run, bool checked = true);
    void removeRun(const QString& id);
    bool isChecked(const QString& id) const;
    void setChecked(const QString& id, bool checked);
    QStringList runIds() const;
    QStringList checkedRunIds() const;
    QStringList visibleRunIds() const; // after the filter
    void setFilterText(const QString& text);
    QString filterText() const;
    void retranslate();

Q_SIGNALS:
    void checkedChanged(const QString& id, bool checked);
    void runActivated(const QString& id);
    void closeRequested(const QString& id);

protected:
    void changeEvent(QEvent* event) override;

private:
    QTreeWidgetItem* itemFor(const QString& id) const;
    void applyFilter();

    QLineEdit* filter_;
    QTreeWidget* tree_;
    bool updating_ = false;
};

} // namespace ts::widgets
