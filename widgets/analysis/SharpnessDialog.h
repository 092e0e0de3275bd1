#pragma once
// Chooses a run and what sharpness to compute: at one checkpoint or over training (every
// k-th checkpoint), top-k eigenvalues, Hutchinson trace, eigenvalue density, per layer.
#include "widgets/analysis/RunCheckpoints.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace ts::widgets {

class SharpnessDialog : public QDialog {
    Q_OBJECT
public:
    SharpnessDialog(const QVector<RunCheckpoints>& runs, QWidget* parent = nullptr);

    QString run() const;
    bool allCheckpoints() const;
    qint64 step() const; // when not all
    int every() const;
    int top() const;
    int iterations() const;
    int traceProbes() const; // 0 = no trace
    bool density() const;
    bool perLayer() const;

    void setRun(int index);
    void setAllCheckpoints(bool all, int every);
    void setOptions(int top, int iterations, int traceProbes, bool density, bool perLayer);
    QString problem() const;

private:
    void fillSteps();

    QVector<RunCheckpoints> runs_;
    QComboBox* run_;
    QComboBox* step_;
    QSpinBox *every_, *top_, *iterations_, *probes_;
    QCheckBox *trace_, *density_, *perLayer_;
    QLabel* problem_;
    class QPushButton* ok_;
};

} // namespace ts::widgets
