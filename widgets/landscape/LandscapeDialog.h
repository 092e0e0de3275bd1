#pragma once
// Asks for a loss landscape of an open run: the centre checkpoint, the directions (random
// filter-normalised by default, PCA of the trajectory, through checkpoints, a direction
// file, or the task vectors of runs fine-tuned from the centre), the grid and ranges, and the data split. Nonsense is refused at the dialog.
#include "widgets/analysis/RunCheckpoints.h"

#include "core/landscape/LandscapeSpec.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace ts::widgets {

class LandscapeDialog : public QDialog {
    Q_OBJECT
public:
    LandscapeDialog(const QVector<RunCheckpoints>& runs, QWidget* parent = nullptr);

    // The chosen run file, and the landscape of it to compute (the core's spec).
    QString run() const;
    ts::LandscapeSpec spec() const;
    // Test and scripting hooks: the same fields a user edits.
    void setDirections(const QString& kind); // random | pca | line | plane | file | task
    void setCheckpointEnds(int indexA, int indexB, int indexC = -1);
    void setDirectionFile(const QString& path);
    void setTaskRuns(int runA, int runB); // indices into the runs given
    void setGrid(int nx, int ny, bool oneD);
    void setRange(double xmin, double xmax, double ymin, double ymax);
    void setSplit(const QString& split);
    void setBatches(int batches); // 1: one surface of all samples; K >= 2: over K disjoint batches
    QString problem() const; // "" when it can run

private:
    void fillSteps();
    void updateEnabled();
    void validate();

    QVector<RunCheckpoints> runs_;
    QComboBox *run_, *centre_, *kind_, *norm_, *stepA_, *stepB_, *stepC_, *split_, *taskA_, *taskB_;
    QCheckBox *biases_, *oneD_, *fit_;
    QLineEdit* file_;
    QSpinBox *seed_, *nx_, *ny_, *subset_, *batches_;
    class BatchNormChoice* batchNorm_;
    QDoubleSpinBox *xmin_, *xmax_, *ymin_, *ymax_;
    QLabel* problem_;
    QPushButton* ok_;
};

} // namespace ts::widgets
