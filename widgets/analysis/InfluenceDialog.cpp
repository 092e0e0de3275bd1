#include "widgets/analysis/InfluenceDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ts::widgets {

InfluenceDialog::InfluenceDialog(const QVector<RunCheckpoints>& runs, QWidget* parent) : QDialog(parent), runs_(runs)
{
    setWindowTitle(tr("Influence"));
    setObjectName("influenceDialog");
    run_ = new QComboBox(this);
    for (const auto& r : runs_)
        run_->addItem(r.name, r.path);
    method_ = new QComboBox(this);
    method_->addItem(tr("TracIn (sum over checkpoints)"), "tracin");
    method_->addItem(tr("Influence function, EK-FAC curvature"), "ekfac");
    method_->addItem(tr("Influence function, conjugate gradients"), "cg");
    method_->addItem(tr("Influence function, exact Hessian (small models)"), "exact");
    oneTest_ = new QRadioButton(tr("For one test example"), this);
    self_ = new QRadioButton(tr("Self-influence of every training example"), this);
    oneTest_->setChecked(true);
    testSplit_ = new QComboBox(this);
    testSplit_->setEditable(true);
    testSplit_->addItems({"test", "train"});
    testIndex_ = new QSpinBox(this);
    testIndex_->setRange(0, 100000000);
    step_ = new QComboBox(this);
    projection_ = new QSpinBox(this);
    projection_->setRange(0, 1000000);
    projection_->setSpecialValueText(tr("exact gradients"));
    damping_ = new QDoubleSpinBox(this);
    damping_->setDecimals(4);
    damping_->setRange(0.0001, 100.0);
    damping_->setValue(0.1);
    top_ = new QSpinBox(this);
    top_->setRange(1, 1000);
    top_->setValue(20);
    problem_ = new QLabel(this);
    problem_->setStyleSheet("color: #d03030");
    problem_->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    ok_ = buttons->button(QDialogButtonBox::Ok);
    ok_->setText(tr("Compute"));
    auto* form = new QFormLayout;
    form->addRow(tr("Run"), run_);
    form->addRow(tr("Method"), method_);
    form->addRow(oneTest_);
    form->addRow(tr("Test split"), testSplit_);
    form->addRow(tr("Test example (row)"), testIndex_);
    form->addRow(self_);
    form->addRow(tr("Checkpoint"), step_);
    form->addRow(tr("Gradient projection (dimensions)"), projection_);
    form->addRow(tr("Damping (× mean eigenvalue)"), damping_);
    form->addRow(tr("Examples listed"), top_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(problem_);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(run_, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] { refresh(); });
    connect(method_, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] { refresh(); });
    connect(self_, &QRadioButton::toggled, this, [this] { refresh(); });
    refresh();
}

void InfluenceDialog::refresh()
{
    const qint64 keep = step_->currentData().isValid() ? step_->currentData().toLongLong() : -1;
    step_->blockSignals(true);
    step_->clear();
    const int i = run_->currentIndex();
    if (i >= 0 && i < runs_.size())
        for (auto s : runs_[i].steps)
            step_->addItem(QString::number(s), s);
    const int kept = step_->findData(keep);
    step_->setCurrentIndex(kept >= 0 ? kept : step_->count() - 1);
    step_->blockSignals(false);
    // TracIn sums over every checkpoint; the influence functions are taken at one.
    const bool tracin = method() == "tracin";
    step_->setEnabled(!tracin);
    projection_->setEnabled(tracin);
    damping_->setEnabled(!tracin);
    testSplit_->setEnabled(!selfInfluence());
    testIndex_->setEnabled(!selfInfluence());
    const QString p = problem();
    problem_->setText(p);
    ok_->setEnabled(p.isEmpty());
}

QString InfluenceDialog::problem() const
{
    if (runs_.isEmpty())
        return tr("Open a run with checkpoints first.");
    if (step_->count() == 0)
        return tr("The chosen run has no checkpoints.");
    return {};
}

QString InfluenceDialog::run() const { return run_->currentData().toString(); }
QString InfluenceDialog::method() const { return method_->currentData().toString(); }
bool InfluenceDialog::selfInfluence() const { return self_->isChecked(); }
QString InfluenceDialog::testSplit() const { return testSplit_->currentText().trimmed(); }
int InfluenceDialog::testIndex() const { return testIndex_->value(); }
qint64 InfluenceDialog::step() const { return step_->currentData().toLongLong(); }
int InfluenceDialog::projection() const { return projection_->value(); }
double InfluenceDialog::damping() const { return damping_->value(); }
int InfluenceDialog::top() const { return top_->value(); }

void InfluenceDialog::setRun(int index) { run_->setCurrentIndex(index); }

void InfluenceDialog::setMethod(const QString& method)
{
    const int i = method_->findData(method);
    if (i >= 0)
        method_->setCurrentIndex(i);
}

void InfluenceDialog::setTest(const QString& split, int index)
{
    testSplit_->setCurrentText(split);
    testIndex_->setValue(index);
    oneTest_->setChecked(true);
}

void InfluenceDialog::setSelfInfluence(bool on) { (on ? self_ : oneTest_)->setChecked(true); }

} // namespace ts::widgets
