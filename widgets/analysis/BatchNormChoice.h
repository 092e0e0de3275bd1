#pragma once
// The BatchNorm choices of an analysis dialog: evaluation mode (running or batch statistics)
// and the statistics of points that are not checkpoints, each with a one-line explanation
// (docs/interpolation.md, docs/landscapes.md).
#include <QWidget>

class QComboBox;
class QLabel;

namespace ts::widgets {

class BatchNormChoice : public QWidget {
    Q_OBJECT
public:
    // choices: the --bn values offered, in order ("recompute", "keep", "interpolate"); the
    // first is the default.
    BatchNormChoice(const QStringList& choices, QWidget* parent = nullptr);

    QString statistics() const; // "recompute", "keep" or "interpolate"
    void setStatistics(const QString& choice);
    bool trainMode() const;
    void setTrainMode(bool on);

private:
    void explain();
    QComboBox *statistics_, *mode_;
    QLabel* explanation_;
};

} // namespace ts::widgets
