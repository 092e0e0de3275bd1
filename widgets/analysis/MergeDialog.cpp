#include "widgets/analysis/MergeDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace ts::widgets {

MergeDialog::MergeDialog(const QVector<RunCheckpoints>& runs, QWidget* parent) : QDialog(parent), runs_(runs)
{
    setWindowTitle(tr("Merge runs"));
    setObjectName("mergeDialog");
    inputs_ = new QListWidget(this);
    inputs_->setObjectName("mergeInputs");
    for (const auto& r : runs_) {
        auto* item = new QListWidgetItem(r.name, inputs_);
        item->setData(Qt::UserRole, r.path);
        item->setToolTip(r.path);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    inputs_->setMaximumHeight(140);
    baseRun_ = new QComboBox(this);
    for (const auto& r : runs_)
        baseRun_->addItem(r.name, r.path);
    baseStep_ = new QComboBox(this);
    method_ = new QComboBox(this);
    method_->addItem(tr("Weighted average"), "average");
    method_->addItem(tr("Task arithmetic (θ₀ + λ Σ τᵢ)"), "task-arithmetic");
    method_->addItem(tr("TIES (trim, elect sign, disjoint merge)"), "ties");
    method_->addItem(tr("DARE (drop and rescale)"), "dare");
    auto number = [this](double lo, double hi, double value, double step) {
        auto* s = new QDoubleSpinBox(this);
        s->setDecimals(3);
        s->setRange(lo, hi);
        s->setSingleStep(step);
        s->setValue(value);
        return s;
    };
    lambda_ = number(-10, 10, 1.0, 0.1);
    trim_ = number(0.001, 1.0, 0.2, 0.05);
    drop_ = number(0.0, 0.999, 0.9, 0.05);
    seed_ = new QSpinBox(this);
    seed_->setRange(0, 1 << 30);
    output_ = new QLineEdit(this);
    output_->setObjectName("mergeOutput");
    if (!runs_.isEmpty())
        output_->setText(QFileInfo(runs_.front().path).dir().filePath("merged.h5"));
    auto* browse = new QToolButton(this);
    browse->setText(tr("…"));
    auto* outputRow = new QHBoxLayout;
    outputRow->addWidget(output_, 1);
    outputRow->addWidget(browse);
    problem_ = new QLabel(this);
    problem_->setStyleSheet("color: #d03030");
    problem_->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    ok_ = buttons->button(QDialogButtonBox::Ok);
    ok_->setText(tr("Merge"));

    auto* form = new QFormLayout;
    form->addRow(tr("Runs (last checkpoints)"), inputs_);
    form->addRow(tr("Base run θ₀"), baseRun_);
    form->addRow(tr("Base checkpoint"), baseStep_);
    form->addRow(tr("Method"), method_);
    form->addRow(tr("Scale λ"), lambda_);
    form->addRow(tr("TIES: fraction kept"), trim_);
    form->addRow(tr("DARE: drop probability"), drop_);
    form->addRow(tr("DARE: seed"), seed_);
    form->addRow(tr("Merged run file"), outputRow);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(problem_);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(inputs_, &QListWidget::itemChanged, this, [this] { refresh(); });
    connect(baseRun_, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] { fillBaseSteps(); });
    connect(method_, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] { refresh(); });
    connect(output_, &QLineEdit::textChanged, this, [this] { refresh(); });
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Merged run file"), output_->text(), tr("Run files (*.h5)"));
        if (!path.isEmpty())
            output_->setText(path);
    });
    fillBaseSteps();
}

// The base defaults to the first run's first checkpoint: the point fine-tuned runs share.
void MergeDialog::fillBaseSteps()
{
    {
        const QSignalBlocker block(baseStep_);
        baseStep_->clear();
        const int r = baseRun_->currentIndex();
        if (r >= 0)
            for (qint64 s : runs_[r].steps)
                baseStep_->addItem(QString::number(s), s);
    }
    refresh();
}

void MergeDialog::refresh()
{
    const QString m = method();
    // The average needs no base; TIES trims and DARE drops.
    baseRun_->setEnabled(m != "average");
    baseStep_->setEnabled(m != "average");
    lambda_->setEnabled(m != "average");
    trim_->setEnabled(m == "ties");
    drop_->setEnabled(m == "dare");
    seed_->setEnabled(m == "dare");
    const QString p = problem();
    problem_->setText(p);
    ok_->setEnabled(p.isEmpty());
}

QString MergeDialog::problem() const
{
    if (runs_.size() < 2)
        return tr("Open at least two runs of one architecture first.");
    if (inputs().size() < 2)
        return tr("Choose at least two runs to merge.");
    if (baseStep_->count() == 0)
        return tr("The base run has no checkpoints.");
    if (output_->text().trimmed().isEmpty())
        return tr("Choose where to write the merged run.");
    const QString out = QFileInfo(output_->text()).absoluteFilePath();
    for (const auto& r : runs_)
        if (QFileInfo(r.path).absoluteFilePath() == out)
            return tr("The merged run must not overwrite an open run.");
    return {};
}

QStringList MergeDialog::inputs() const
{
    QStringList paths;
    for (int i = 0; i < inputs_->count(); ++i)
        if (inputs_->item(i)->checkState() == Qt::Checked)
            paths << inputs_->item(i)->data(Qt::UserRole).toString();
    return paths;
}

QString MergeDialog::baseRun() const { return baseRun_->currentData().toString(); }
qint64 MergeDialog::baseStep() const { return baseStep_->currentData().toLongLong(); }
QString MergeDialog::method() const { return method_->currentData().toString(); }
double MergeDialog::lambda() const { return lambda_->value(); }
double MergeDialog::trim() const { return trim_->value(); }
double MergeDialog::drop() const { return drop_->value(); }
int MergeDialog::seed() const { return seed_->value(); }
QString MergeDialog::output() const { return output_->text().trimmed(); }

void MergeDialog::setInputs(const QList<int>& indices)
{
    for (int i = 0; i < inputs_->count(); ++i)
        inputs_->item(i)->setCheckState(indices.contains(i) ? Qt::Checked : Qt::Unchecked);
}

void MergeDialog::setMethod(const QString& method)
{
    const int i = method_->findData(method);
    if (i >= 0)
        method_->setCurrentIndex(i);
}

void MergeDialog::setOutput(const QString& path) { output_->setText(path); }

} // namespace ts::widgets
