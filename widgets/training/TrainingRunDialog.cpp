#include "widgets/training/TrainingRunDialog.h"

#include "core/Error.h"
#include "core/train/Demos.h"
#include "core/train/SettingsSchema.h"
#include "core/train/TrainConfig.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace ts::widgets {

namespace {
std::vector<SettingSpec> specsOf(const QString& task, const QString& model)
{
    return settingSpecsFor(task.toStdString(), model.toStdString());
}

// Labels and help texts come from the core's schema (no Qt there); they are translated
// through the "SettingsSchema" context listed in SettingTexts.cpp.
QString schemaText(const std::string& text)
{
    return text.empty() ? QString() : QCoreApplication::translate("SettingsSchema", text.c_str());
}
} // namespace

QString TrainingRunDialog::problemText(const SettingSpec& spec, const std::string& value)
{
    using C = SettingProblem::Code;
    const auto p = checkSetting(spec, value);
    const QString v = QString::fromStdString(p.value);
    switch (p.code) {
    case C::None: return {};
    case C::NotInteger: return tr("'%1' is not a whole number").arg(v);
    case C::NotNumber: return tr("'%1' is not a number").arg(v);
    case C::NotBool: return tr("use true or false");
    case C::NotChoice: return tr("'%1' is not one of the choices").arg(v);
    case C::BadList: return tr("use comma-separated whole numbers, e.g. 128,64");
    case C::NotPositive: return tr("every width must be positive");
    case C::BelowMin: return tr("must be at least %1").arg(v);
    case C::AtOrBelowMin: return tr("must be greater than %1").arg(v);
    case C::AboveMax: return tr("must be at most %1").arg(v);
    case C::AtOrAboveMax: return tr("must be less than %1").arg(v);
    }
    return {};
}

TrainingRunDialog::TrainingRunDialog(const QString& defaultFolder, QWidget* parent)
    : QDialog(parent), folder_(defaultFolder)
{
    setWindowTitle(tr("New training run"));
    setObjectName("trainingRunDialog");
    preset_ = new QComboBox(this);
    preset_->setObjectName("preset");
    preset_->addItem(tr("Custom"), QString());
    for (const auto& d : demoNames())
        preset_->addItem(tr("Demo: %1").arg(QString::fromStdString(d)), QString::fromStdString(d));
    task_ = new QComboBox(this);
    task_->setObjectName("task");
    for (const auto& t : schemaTaskNames())
        task_->addItem(QString::fromStdString(t));
    model_ = new QComboBox(this);
    model_->setObjectName("model");

    formHost_ = new QWidget(this);
    form_ = new QFormLayout(formHost_);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(formHost_);

    output_ = new QLineEdit(this);
    output_->setObjectName("outputPath");
    auto* browse = new QPushButton(tr("Browse…"), this);
    auto* outRow = new QHBoxLayout;
    outRow->addWidget(output_);
    outRow->addWidget(browse);

    summaryError_ = new QLabel(this);
    summaryError_->setStyleSheet("color: #d03030");
    summaryError_->setWordWrap(true);
    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons_->button(QDialogButtonBox::Ok)->setText(tr("Train"));

    auto* top = new QFormLayout;
    top->addRow(tr("Preset"), preset_);
    top->addRow(tr("Task"), task_);
    top->addRow(tr("Model"), model_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);
    auto* outForm = new QFormLayout;
    outForm->addRow(tr("Run file"), outRow);
    layout->addLayout(outForm);
    layout->addWidget(summaryError_);
    layout->addWidget(buttons_);
    resize(520, 640);

    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getSaveFileName(this, tr("Run file"), output_->text(), tr("Run files (*.h5)"));
        if (!f.isEmpty())
            output_->setText(f);
    });
    connect(output_, &QLineEdit::textChanged, this, [this] { updateAcceptable(); });
    connect(preset_, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this] { setPreset(preset_->currentData().toString()); });
    connect(task_, &QComboBox::currentTextChanged, this, [this] {
        if (rebuilding_)
            return;
        rebuilding_ = true;
        model_->clear();
        for (const auto& m : schemaModelsForTask(task_->currentText().toStdString()))
            model_->addItem(QString::fromStdString(m));
        rebuilding_ = false;
        rebuildForm();
    });
    connect(model_, &QComboBox::currentTextChanged, this, [this] {
        if (!rebuilding_)
            rebuildForm();
    });
    setPreset("grokking");
}

void TrainingRunDialog::setPreset(const QString& demo)
{
    presetSettings_ = demo.isEmpty() ? ts::Settings() : demoSettings(demo.toStdString());
    const int idx = preset_->findData(demo);
    if (idx >= 0 && idx != preset_->currentIndex()) {
        QSignalBlocker block(preset_);
        preset_->setCurrentIndex(idx);
    }
    if (!demo.isEmpty())
        setTaskAndModel(QString::fromStdString(presetSettings_.getString("task", "")),
                        QString::fromStdString(presetSettings_.getString("model", "")));
    else
        rebuildForm();
    const QString stamp = QDateTime::currentDateTime().toString("yyyyMMdd-HHmmss");
    setOutputPath(QDir(folder_).filePath((demo.isEmpty() ? QStringLiteral("run") : demo) + "-" + stamp + ".h5"));
}

void TrainingRunDialog::setTaskAndModel(const QString& task, const QString& model)
{
    rebuilding_ = true;
    task_->setCurrentText(task);
    model_->clear();
    for (const auto& m : schemaModelsForTask(task.toStdString()))
        model_->addItem(QString::fromStdString(m));
    model_->setCurrentText(model);
    rebuilding_ = false;
    rebuildForm();
}

void TrainingRunDialog::rebuildForm()
{
    while (form_->rowCount() > 0)
        form_->removeRow(0);
    fields_.clear();
    const auto specs = specsOf(task_->currentText(), model_->currentText());
    QString group;
    for (int i = 0; i < int(specs.size()); ++i) {
        const auto& s = specs[i];
        const QString key = QString::fromStdString(s.key);
        if (QString::fromStdString(s.group) != group) {
            group = QString::fromStdString(s.group);
            auto* heading = new QLabel("<b>" +
                                       (group == "task" ? tr("Task") : group == "model" ? tr("Model") : tr("Training")) +
                                       "</b>");
            form_->addRow(heading);
        }
        const QString preset = QString::fromStdString(presetSettings_.getString(s.key, ""));
        Field f;
        f.specIndex = i;
        if (s.type == SettingSpec::Type::Choice) {
            auto* box = new QComboBox;
            for (const auto& c : s.choices)
                box->addItem(QString::fromStdString(c));
            if (!preset.isEmpty())
                box->setCurrentText(preset);
            connect(box, &QComboBox::currentTextChanged, this, [this, key] { validateField(key); });
            f.editor = box;
        } else if (s.type == SettingSpec::Type::Bool) {
            auto* check = new QCheckBox;
            check->setChecked(preset == "true" || preset == "1");
            connect(check, &QCheckBox::toggled, this, [this, key] { validateField(key); });
            f.editor = check;
        } else {
            auto* edit = new QLineEdit(preset);
            edit->setPlaceholderText(QString::fromStdString(s.placeholder));
            connect(edit, &QLineEdit::textChanged, this, [this, key] { validateField(key); });
            f.editor = edit;
        }
        f.editor->setObjectName("field_" + key);
        f.editor->setToolTip(schemaText(s.help));
        f.error = new QLabel;
        f.error->setObjectName("error_" + key);
        f.error->setStyleSheet("color: #d03030");
        f.error->setVisible(false);
        auto* cell = new QWidget;
        auto* v = new QVBoxLayout(cell);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(1);
        v->addWidget(f.editor);
        v->addWidget(f.error);
        form_->addRow(schemaText(s.label), cell);
        fields_.insert(key, f);
    }
    updateAcceptable();
}

QString TrainingRunDialog::rawValue(const Field& f) const
{
    if (auto* box = qobject_cast<QComboBox*>(f.editor))
        return box->currentText();
    if (auto* check = qobject_cast<QCheckBox*>(f.editor))
        return check->isChecked() ? "true" : "false";
    if (auto* edit = qobject_cast<QLineEdit*>(f.editor))
        return edit->text().trimmed();
    return {};
}

void TrainingRunDialog::validateField(const QString& key)
{
    auto it = fields_.find(key);
    if (it == fields_.end())
        return;
    const auto specs = specsOf(task_->currentText(), model_->currentText());
    const QString reason = problemText(specs[it->specIndex], rawValue(*it).toStdString());
    it->error->setText(reason);
    it->error->setVisible(!reason.isEmpty());
    it->editor->setStyleSheet(reason.isEmpty() ? QString() : QStringLiteral("border: 1px solid #d03030"));
    updateAcceptable();
}

void TrainingRunDialog::updateAcceptable()
{
    bool ok = !output_->text().trimmed().isEmpty();
    const auto specs = specsOf(task_->currentText(), model_->currentText());
    for (auto it = fields_.begin(); it != fields_.end(); ++it) {
        const QString reason = problemText(specs[it->specIndex], rawValue(*it).toStdString());
        it->error->setText(reason);
        it->error->setVisible(!reason.isEmpty());
        ok = ok && reason.isEmpty();
    }
    QString summary;
    if (ok) {
        try {
            TrainConfig::fromSettings(settings()); // cross-field checks (schedules, unknown keys)
        } catch (const ts::Error& e) {
            summary = QString::fromStdString(e.what());
            ok = false;
        }
    }
    summaryError_->setText(summary);
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

void TrainingRunDialog::setFieldValue(const QString& key, const QString& value)
{
    auto it = fields_.find(key);
    if (it == fields_.end())
        return;
    if (auto* box = qobject_cast<QComboBox*>(it->editor))
        box->setCurrentText(value);
    else if (auto* check = qobject_cast<QCheckBox*>(it->editor))
        check->setChecked(value == "true" || value == "1");
    else if (auto* edit = qobject_cast<QLineEdit*>(it->editor))
        edit->setText(value);
    validateField(key);
}

QString TrainingRunDialog::fieldValue(const QString& key) const
{
    auto it = fields_.find(key);
    return it == fields_.end() ? QString() : rawValue(*it);
}

QString TrainingRunDialog::fieldError(const QString& key) const
{
    auto it = fields_.find(key);
    return it == fields_.end() ? QString() : it->error->text();
}

QStringList TrainingRunDialog::fieldKeys() const { return fields_.keys(); }

bool TrainingRunDialog::isValid() const { return buttons_->button(QDialogButtonBox::Ok)->isEnabled(); }

void TrainingRunDialog::setOutputPath(const QString& path) { output_->setText(path); }
QString TrainingRunDialog::outputPath() const { return output_->text().trimmed(); }

ts::Settings TrainingRunDialog::settings() const
{
    ts::Settings s;
    const QString demo = preset_->currentData().toString();
    const bool presetMatches = presetSettings_.getString("task", "") == task_->currentText().toStdString() &&
                               presetSettings_.getString("model", "") == model_->currentText().toStdString();
    if (presetMatches) {
        for (const auto& [k, v] : presetSettings_.entries())
            s.set(k, v);
        if (!demo.isEmpty())
            s.set("demo", demo.toStdString());
    }
    s.set("task", task_->currentText().toStdString());
    s.set("model", model_->currentText().toStdString());
    for (auto it = fields_.begin(); it != fields_.end(); ++it) {
        const QString v = rawValue(*it);
        if (!v.isEmpty())
            s.set(it.key().toStdString(), v.toStdString());
    }
    return s;
}

} // namespace ts::widgets
