#pragma once
// Checkable list of the metric names found in the open runs; checked ones are plotted.
#include <QListWidget>

namespace ts::widgets {

class MetricSelector : public QListWidget {
    Q_OBJECT
public:
    explicit MetricSelector(QWidget* parent = nullptr);
    // Keeps the check state of names already listed; new names start checked if in `defaults`.
    void setMetrics(const QStringList& names, const QStringList& defaults);
    QStringList checkedMetrics() const;
    void setCheckedMetrics(const QStringList& names);

Q_SIGNALS:
    void selectionChanged();

private:
    bool updating_ = false;
};

} // namespace ts::widgets
