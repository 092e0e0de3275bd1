#pragma once
// Grokking tickets: which run to prune, how much to keep, and whether to train the controls.
#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;

namespace ts::widgets {

class TicketsDialog : public QDialog {
    Q_OBJECT
public:
    TicketsDialog(const QStringList& runPaths, QWidget* parent = nullptr);
    QString run() const;
    double keep() const;
    bool controls() const;
    void setKeep(double keep);
    void setControls(bool on);

private:
    QComboBox* run_;
    QDoubleSpinBox* keep_;
    QCheckBox* controls_;
};

} // namespace ts::widgets
