#pragma once
// A sweep for teaching: a calibrated demo, one setting and its values, run one after another;
// optionally each value once per seed.
#include <QDialog>
#include <QStringList>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace ts::widgets {

class SweepDialog : public QDialog {
    Q_OBJECT
public:
    SweepDialog(const QString& defaultFolder, QWidget* parent = nullptr);
    QString demo() const;
    QString key() const;
    QStringList values() const;
    int steps() const; // 0 = the demo's own
    QStringList seeds() const; // empty: one run per value with the demo's seed
    void setSeeds(const QString& commaSeparated);
    QString folder() const;
    void setValues(const QString& key, const QString& commaSeparated);
    void setSteps(int steps);
    void setFolder(const QString& folder);
    QString problem() const;

private:
    void validate();
    QComboBox* demo_;
    QComboBox* key_;
    QLineEdit* values_;
    QLineEdit* seeds_;
    QSpinBox* steps_;
    QLineEdit* folder_;
    QLabel* problem_;
    class QPushButton* ok_;
};

} // namespace ts::widgets
