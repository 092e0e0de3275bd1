#pragma once
// Chooses a run and which training-data attribution to compute: for one test example (TracIn
// over the checkpoints, or an influence function at one checkpoint: EK-FAC, conjugate
// gradients, exact) or the self-influence of every training example.
#include "widgets/analysis/RunCheckpoints.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace ts::widgets {

class InfluenceDialog : public QDialog {
    Q_OBJECT
public:
    InfluenceDialog(const QVector<RunCheckpoints>& runs, QWidget* parent = nullptr);

    QString run() const;
    QString method() const;    // "tracin", "ekfac", "cg", "exact"
    bool selfInfluence() const;
    QString testSplit() const;
    int testIndex() const;
    qint64 step() const;       // the checkpoint of an influence function
    int projection() const;    // TracIn: 0 = exact gradients
    double damping() const;
    int top() const;

    void setRun(int index);
    void setMethod(const QString& method);
    void setTest(const QString& split, int index);
    void setSelfInfluence(bool on);
    QString problem() const;

private:
    void refresh();

    QVector<RunCheckpoints> runs_;
    QComboBox *run_, *method_, *testSplit_, *step_;
    QRadioButton *oneTest_, *self_;
    QSpinBox *testIndex_, *projection_, *top_;
    QDoubleSpinBox* damping_;
    QLabel* problem_;
    QPushButton* ok_;
};

} // namespace ts::widgets
