#pragma once
// Picks the two ends of an interpolation (a checkpoint of an open run each) and what to
// compute: the α range and points, layer-wise, LiNeS, and a trained Bézier curve.
#include "widgets/analysis/RunCheckpoints.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace ts::widgets {

class InterpolationDialog : public QDialog {
    Q_OBJECT
public:
    InterpolationDialog(const QVector<RunCheckpoints>& runs, QWidget* parent = nullptr);

    QString runA() const;
    qint64 stepA() const;
    QString runB() const;
    qint64 stepB() const;
    double alphaMin() const;
    double alphaMax() const;
    int points() const;
    bool layerwise() const;
    bool lines() const;
    int bezierSteps() const; // 0 = no curve
    bool layerSharpness() const;
    void setLayerSharpness(bool on);
    QString batchNormChoice() const; // --bn: recompute (default), keep or interpolate
    bool trainMode() const;          // --mode train: batch statistics

    void setEnds(int runA, int stepIndexA, int runB, int stepIndexB);
    void setRange(double lo, double hi, int points);
    void setOptions(bool layerwise, bool lines, int bezierSteps);
    QString problem() const; // why it cannot run, "" when it can

private:
    void fillSteps(QComboBox* runBox, QComboBox* stepBox);
    void validate();

    QVector<RunCheckpoints> runs_;
    QComboBox *runA_, *stepA_, *runB_, *stepB_;
    QDoubleSpinBox *lo_, *hi_;
    QSpinBox* points_;
    QCheckBox *layerwise_, *lines_, *bezier_, *layerSharpness_;
    QSpinBox* bezierSteps_;
    class BatchNormChoice* batchNorm_;
    QLabel* problem_;
    class QPushButton* ok_;
};

} // namespace ts::widgets
