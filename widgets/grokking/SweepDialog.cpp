#include "widgets/grokking/SweepDialog.h"

#include "core/Settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace ts::widgets {

SweepDialog::SweepDialog(const QString& defaultFolder, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Sweep"));
    setObjectName("sweepDialog");
    demo_ = new QComboBox(this);
    demo_->addItems({"grokking", "xor", "moe"});
    key_ = new QComboBox(this);
    key_->addItems({"weight_decay", "train_frac", "lr", "seed"});
    values_ = new QLineEdit("0.3,1,3", this);
    values_->setObjectName("sweepValues");
    seeds_ = new QLineEdit(this);
    seeds_->setObjectName("sweepSeeds");
    seeds_->setPlaceholderText(tr("the demo's seed"));
    seeds_->setToolTip(tr("Several seeds, e.g. 1,2,3: every value is trained once per seed and drawn as mean ± std over the seeds"));
    steps_ = new QSpinBox(this);
    steps_->setRange(0, 10000000);
    steps_->setSpecialValueText(tr("the demo's"));
    folder_ = new QLineEdit(defaultFolder, this);
    problem_ = new QLabel(this);
    problem_->setStyleSheet("color: #d03030");
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    ok_ = buttons->button(QDialogButtonBox::Ok);
    ok_->setText(tr("Run sweep"));
    auto* form = new QFormLayout(this);
    form->addRow(tr("Demo"), demo_);
    form->addRow(tr("Vary"), key_);
    form->addRow(tr("Values"), values_);
    form->addRow(tr("Seeds"), seeds_);
    form->addRow(tr("Steps"), steps_);
    form->addRow(tr("Folder"), folder_);
    form->addRow(problem_);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(values_, &QLineEdit::textChanged, this, [this] { validate(); });
    connect(folder_, &QLineEdit::textChanged, this, [this] { validate(); });
    connect(seeds_, &QLineEdit::textChanged, this, [this] { validate(); });
    connect(key_, &QComboBox::currentTextChanged, this, [this] { validate(); });
    validate();
}

QString SweepDialog::demo() const { return demo_->currentText(); }
QString SweepDialog::key() const { return key_->currentText(); }
QStringList SweepDialog::values() const { return values_->text().split(',', Qt::SkipEmptyParts); }
int SweepDialog::steps() const { return steps_->value(); }

QStringList SweepDialog::seeds() const
{
    QStringList out;
    for (const auto& s : seeds_->text().split(',', Qt::SkipEmptyParts))
        if (!s.trimmed().isEmpty())
            out << s.trimmed();
    return out;
}

void SweepDialog::setSeeds(const QString& commaSeparated) { seeds_->setText(commaSeparated); }
QString SweepDialog::folder() const { return folder_->text().trimmed(); }

void SweepDialog::setValues(const QString& key, const QString& commaSeparated)
{
    key_->setCurrentText(key);
    values_->setText(commaSeparated);
}

void SweepDialog::setSteps(int steps) { steps_->setValue(steps); }
void SweepDialog::setFolder(const QString& folder) { folder_->setText(folder); }

QString SweepDialog::problem() const
{
    const auto v = values();
    if (v.isEmpty())
        return tr("Give at least one value.");
    for (const auto& x : v) {
        double d = 0;
        if (!ts::parseDouble(x.trimmed().toStdString(), d))
            return tr("'%1' is not a number").arg(x.trimmed());
    }
    for (const auto& seed : seeds()) {
        int64_t v = 0;
        if (!ts::parseInt64(seed.toStdString(), v) || v < 0)
            return tr("Seeds are whole numbers ≥ 0, not '%1'").arg(seed);
    }
    if (!seeds().isEmpty() && key() == "seed")
        return tr("A sweep of the seed takes no further seeds.");
    if (folder().isEmpty())
        return tr("Choose a folder for the runs.");
    return {};
}

void SweepDialog::validate()
{
    const QString p = problem();
    problem_->setText(p);
    ok_->setEnabled(p.isEmpty());
}

} // namespace ts::widgets
