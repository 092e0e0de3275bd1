#pragma once
// The "New training run" dialog: a preset (calibrated demo or custom), task and model, and a
// form of their settings. Each field is validated as it is edited; a bad value is marked at
// the field with the reason, and the dialog cannot be accepted until every field is valid.
#include "core/Settings.h"
#include "core/train/SettingsSchema.h"

#include <QDialog>
#include <QMap>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace ts::widgets {

class TrainingRunDialog : public QDialog {
    Q_OBJECT
public:
    explicit TrainingRunDialog(const QString& defaultFolder, QWidget* parent = nullptr);

    void setPreset(const QString& demo); // "grokking", "xor", ... or "" for custom
    void setTaskAndModel(const QString& task, const QString& model);
    void setFieldValue(const QString& key, const QString& value);
    QString fieldValue(const QString& key) const;
    QString fieldError(const QString& key) const; // empty when valid
    QStringList fieldKeys() const;
    bool isValid() const;
    void setOutputPath(const QString& path);
    QString outputPath() const;

    // The settings to train with: task, model, the preset's values and every filled field.
    ts::Settings settings() const;

    // A value's problem in the user's language ("" when valid).
    static QString problemText(const ts::SettingSpec& spec, const std::string& value);

private:
    struct Field {
        QWidget* editor = nullptr;
        QLabel* error = nullptr;
        int specIndex = -1;
    };
    void rebuildForm();
    void validateField(const QString& key);
    void updateAcceptable();
    QString rawValue(const Field& f) const;

    QComboBox* preset_;
    QComboBox* task_;
    QComboBox* model_;
    QFormLayout* form_;
    QWidget* formHost_;
    QLineEdit* output_;
    QLabel* summaryError_;
    QDialogButtonBox* buttons_;
    QMap<QString, Field> fields_;
    QString folder_;
    ts::Settings presetSettings_;
    bool rebuilding_ = false;
};

} // namespace ts::widgets
