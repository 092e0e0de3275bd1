#include "widgets/analysis/SharpnessDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ts::widgets {

SharpnessDialog::SharpnessDialog(const QVector<RunCheckpoints>& runs, QWidget* parent) : QDialog(parent), runs_(runs)
{
    setWindowTitle(tr("Sharpness"));
    setObjectName("sharpnessDialog");
    run_ = new QComboBox(this);
    for (const auto& r : runs_)
        run_->addItem(r.name, r.path);
    step_ = new QComboBox(this);
    auto spin = [this](int lo, int hi, int value) {
        auto* s = new QSpinBox(this);
        s->setRange(lo, hi);
        s->setValue(value);
        return s;
    };
    every_ = spin(1, 100000, 1);
    top_ = spin(1, 20, 1);
    iterations_ = spin(1, 1000, 20);
    probes_ = spin(1, 100000, 100);
    trace_ = new QCheckBox(tr("Hutchinson trace"), this);
    density_ = new QCheckBox(tr("Eigenvalue density (last checkpoint)"), this);
    perLayer_ = new QCheckBox(tr("Per layer"), this);
    problem_ = new QLabel(this);
    problem_->setStyleSheet("color: #d03030");
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    ok_ = buttons->button(QDialogButtonBox::Ok);
    ok_->setText(tr("Compute"));
    auto* form = new QFormLayout;
    form->addRow(tr("Run"), run_);
    form->addRow(tr("Checkpoint"), step_);
    form->addRow(tr("Every k-th checkpoint"), every_);
    form->addRow(tr("Top eigenvalues"), top_);
    form->addRow(tr("Power iterations"), iterations_);
    form->addRow(trace_, probes_);
    form->addRow(density_);
    form->addRow(perLayer_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(problem_);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(run_, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] { fillSteps(); });
    connect(step_, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        every_->setEnabled(allCheckpoints());
    });
    fillSteps();
}

void SharpnessDialog::fillSteps()
{
    step_->clear();
    step_->addItem(tr("All (over training)"), -1);
    const int i = run_->currentIndex();
    if (i >= 0 && i < runs_.size())
        for (auto s : runs_[i].steps)
            step_->addItem(QString::number(s), s);
    step_->setCurrentIndex(0);
    const QString p = problem();
    problem_->setText(p);
    ok_->setEnabled(p.isEmpty());
}

QString SharpnessDialog::problem() const
{
    if (runs_.isEmpty())
        return tr("Open a run with checkpoints first.");
    if (step_->count() <= 1)
        return tr("The chosen run has no checkpoints.");
    return {};
}

QString SharpnessDialog::run() const { return run_->currentData().toString(); }
bool SharpnessDialog::allCheckpoints() const { return step_->currentData().toLongLong() < 0; }
qint64 SharpnessDialog::step() const { return step_->currentData().toLongLong(); }
int SharpnessDialog::every() const { return every_->value(); }
int SharpnessDialog::top() const { return top_->value(); }
int SharpnessDialog::iterations() const { return iterations_->value(); }
int SharpnessDialog::traceProbes() const { return trace_->isChecked() ? probes_->value() : 0; }
bool SharpnessDialog::density() const { return density_->isChecked(); }
bool SharpnessDialog::perLayer() const { return perLayer_->isChecked(); }

void SharpnessDialog::setRun(int index) { run_->setCurrentIndex(index); }

void SharpnessDialog::setAllCheckpoints(bool all, int every)
{
    step_->setCurrentIndex(all ? 0 : step_->count() - 1);
    every_->setValue(every);
}

void SharpnessDialog::setOptions(int top, int iterations, int traceProbes, bool density, bool perLayer)
{
    top_->setValue(top);
    iterations_->setValue(iterations);
    trace_->setChecked(traceProbes > 0);
    if (traceProbes > 0)
        probes_->setValue(traceProbes);
    density_->setChecked(density);
    perLayer_->setChecked(perLayer);
}

} // namespace ts::widgets
