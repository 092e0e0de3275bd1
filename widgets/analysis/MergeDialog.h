#pragma once
// Asks how to merge open runs of one architecture into a new run file: which runs (their last
// checkpoints), the base θ₀ their task vectors start from, the method (weighted average, task
// arithmetic, TIES, DARE) with its settings, and where to write the merged run.
#include "widgets/analysis/RunCheckpoints.h"

#include <QDialog>
#include <QStringList>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace ts::widgets {

class MergeDialog : public QDialog {
    Q_OBJECT
public:
    MergeDialog(const QVector<RunCheckpoints>& runs, QWidget* parent = nullptr);

    QStringList inputs() const;  // the checked runs, in list order
    QString baseRun() const;
    qint64 baseStep() const;
    QString method() const;      // "average", "task-arithmetic", "ties", "dare"
    double lambda() const;
    double trim() const;         // TIES: the fraction of each task vector kept
    double drop() const;         // DARE: the drop probability
    int seed() const;
    QString output() const;

    void setInputs(const QList<int>& indices);
    void setMethod(const QString& method);
    void setOutput(const QString& path);
    QString problem() const;

private:
    void fillBaseSteps();
    void refresh();

    QVector<RunCheckpoints> runs_;
    QListWidget* inputs_;
    QComboBox *baseRun_, *baseStep_, *method_;
    QDoubleSpinBox *lambda_, *trim_, *drop_;
    QSpinBox* seed_;
    QLineEdit* output_;
    QLabel* problem_;
    QPushButton* ok_;
};

} // namespace ts::widgets
