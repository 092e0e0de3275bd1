#include "widgets/analysis/InterpolationDialog.h"

#include "widgets/analysis/BatchNormChoice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ts::widgets {

InterpolationDialog::InterpolationDialog(const QVector<RunCheckpoints>& runs, QWidget* parent)
    : QDialog(parent), runs_(runs)
{
    setWindowTitle(tr("Interpolate checkpoints"));
    setObjectName("interpolationDialog");
    auto combo = [this](const char* name) {
        auto* c = new QComboBox(this);
        c->setObjectName(name);
        return c;
    };
    runA_ = combo("runA");
    stepA_ = combo("stepA");
    runB_ = combo("runB");
    stepB_ = combo("stepB");
    for (const auto& r : runs_) {
        runA_->addItem(r.name, r.path);
        runB_->addItem(r.name, r.path);
    }
    lo_ = new QDoubleSpinBox(this);
    hi_ = new QDoubleSpinBox(this);
    for (auto* s : {lo_, hi_}) {
        s->setRange(-100, 100);
        s->setDecimals(3);
        s->setSingleStep(0.25);
    }
    lo_->setValue(-0.25);
    hi_->setValue(1.25);
    points_ = new QSpinBox(this);
    points_->setRange(2, 10001);
    points_->setValue(61);
    layerwise_ = new QCheckBox(tr("Layer-wise (one layer at a time)"), this);
    lines_ = new QCheckBox(tr("LiNeS sweep (β = 1 − α)"), this);
    bezier_ = new QCheckBox(tr("Train a Bézier curve"), this);
    layerSharpness_ = new QCheckBox(tr("Layer sharpness along the path"), this);
    bezierSteps_ = new QSpinBox(this);
    bezierSteps_->setRange(1, 1000000);
    bezierSteps_->setValue(300);
    bezierSteps_->setSuffix(tr(" steps"));
    problem_ = new QLabel(this);
    problem_->setStyleSheet("color: #d03030");
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    ok_ = buttons->button(QDialogButtonBox::Ok);
    ok_->setText(tr("Compute"));

    auto* form = new QFormLayout;
    form->addRow(tr("From run"), runA_);
    form->addRow(tr("at step"), stepA_);
    form->addRow(tr("To run"), runB_);
    form->addRow(tr("at step"), stepB_);
    form->addRow(tr("α from"), lo_);
    form->addRow(tr("α to"), hi_);
    form->addRow(tr("Points"), points_);
    form->addRow(layerwise_);
    form->addRow(lines_);
    form->addRow(bezier_, bezierSteps_);
    form->addRow(layerSharpness_);
    batchNorm_ = new BatchNormChoice({"recompute", "keep", "interpolate"}, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(batchNorm_);
    layout->addWidget(problem_);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(runA_, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] { fillSteps(runA_, stepA_); });
    connect(runB_, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] { fillSteps(runB_, stepB_); });
    for (auto* s : {lo_, hi_})
        connect(s, qOverload<double>(&QDoubleSpinBox::valueChanged), this, [this] { validate(); });
    connect(stepA_, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] { validate(); });
    fillSteps(runA_, stepA_);
    fillSteps(runB_, stepB_);
    if (stepA_->count() > 0)
        stepA_->setCurrentIndex(0); // initialisation ...
    if (stepB_->count() > 0)
        stepB_->setCurrentIndex(stepB_->count() - 1); // ... to the final checkpoint
    validate();
}

void InterpolationDialog::fillSteps(QComboBox* runBox, QComboBox* stepBox)
{
    stepBox->clear();
    const int i = runBox->currentIndex();
    if (i < 0 || i >= runs_.size())
        return;
    for (auto s : runs_[i].steps)
        stepBox->addItem(QString::number(s), s);
    stepBox->setCurrentIndex(stepBox->count() - 1);
    validate();
}

void InterpolationDialog::validate()
{
    const QString p = problem();
    problem_->setText(p);
    if (ok_)
        ok_->setEnabled(p.isEmpty());
}

QString InterpolationDialog::problem() const
{
    if (runs_.isEmpty())
        return tr("Open a run with checkpoints first.");
    if (stepA_->count() == 0 || stepB_->count() == 0)
        return tr("The chosen run has no checkpoints.");
    if (!(lo_->value() < hi_->value()))
        return tr("The α range is reversed or empty.");
    return {};
}

QString InterpolationDialog::runA() const { return runA_->currentData().toString(); }
qint64 InterpolationDialog::stepA() const { return stepA_->currentData().toLongLong(); }
QString InterpolationDialog::runB() const { return runB_->currentData().toString(); }
qint64 InterpolationDialog::stepB() const { return stepB_->currentData().toLongLong(); }
double InterpolationDialog::alphaMin() const { return lo_->value(); }
double InterpolationDialog::alphaMax() const { return hi_->value(); }
int InterpolationDialog::points() const { return points_->value(); }
bool InterpolationDialog::layerwise() const { return layerwise_->isChecked(); }
bool InterpolationDialog::lines() const { return lines_->isChecked(); }
bool InterpolationDialog::layerSharpness() const { return layerSharpness_->isChecked(); }
QString InterpolationDialog::batchNormChoice() const { return batchNorm_->statistics(); }
bool InterpolationDialog::trainMode() const { return batchNorm_->trainMode(); }
void InterpolationDialog::setLayerSharpness(bool on) { layerSharpness_->setChecked(on); }
int InterpolationDialog::bezierSteps() const { return bezier_->isChecked() ? bezierSteps_->value() : 0; }

void InterpolationDialog::setEnds(int runA, int stepIndexA, int runB, int stepIndexB)
{
    runA_->setCurrentIndex(runA);
    stepA_->setCurrentIndex(stepIndexA);
    runB_->setCurrentIndex(runB);
    stepB_->setCurrentIndex(stepIndexB);
}

void InterpolationDialog::setRange(double lo, double hi, int points)
{
    lo_->setValue(lo);
    hi_->setValue(hi);
    points_->setValue(points);
}

void InterpolationDialog::setOptions(bool layerwise, bool lines, int bezierSteps)
{
    layerwise_->setChecked(layerwise);
    lines_->setChecked(lines);
    bezier_->setChecked(bezierSteps > 0);
    if (bezierSteps > 0)
        bezierSteps_->setValue(bezierSteps);
}

} // namespace ts::widgets
