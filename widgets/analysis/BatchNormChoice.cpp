#include "widgets/analysis/BatchNormChoice.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

namespace ts::widgets {

BatchNormChoice::BatchNormChoice(const QStringList& choices, QWidget* parent) : QWidget(parent)
{
    mode_ = new QComboBox(this);
    mode_->setObjectName("batchNormMode");
    mode_->addItem(tr("Eval (running statistics)"), false);
    mode_->addItem(tr("Train (batch statistics)"), true);
    statistics_ = new QComboBox(this);
    statistics_->setObjectName("batchNormStatistics");
    for (const auto& c : choices) {
        if (c == "recompute")
            statistics_->addItem(tr("Recompute"), c);
        else if (c == "keep")
            statistics_->addItem(tr("Keep a checkpoint's"), c);
        else if (c == "interpolate")
            statistics_->addItem(tr("Interpolate like the weights"), c);
    }
    explanation_ = new QLabel(this);
    explanation_->setWordWrap(true);
    explanation_->setObjectName("batchNormExplanation");
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("BatchNorm mode"), mode_);
    form->addRow(tr("BatchNorm statistics"), statistics_);
    form->addRow(explanation_);
    connect(statistics_, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] { explain(); });
    connect(mode_, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] { explain(); });
    explain();
}

QString BatchNormChoice::statistics() const { return statistics_->currentData().toString(); }

void BatchNormChoice::setStatistics(const QString& choice)
{
    const int i = statistics_->findData(choice);
    if (i >= 0)
        statistics_->setCurrentIndex(i);
}

bool BatchNormChoice::trainMode() const { return mode_->currentData().toBool(); }
void BatchNormChoice::setTrainMode(bool on) { mode_->setCurrentIndex(on ? 1 : 0); }

void BatchNormChoice::explain()
{
    statistics_->setEnabled(!trainMode());
    QString text;
    if (trainMode())
        text = tr("Each evaluation batch is normalised with its own statistics; no running statistics are used.");
    else if (statistics() == "recompute")
        text = tr("One pass over 2,048 training examples resets the statistics at every point (update_bn).");
    else if (statistics() == "keep")
        text = tr("Points that are not checkpoints use a checkpoint's own statistics: the centre of a landscape, the "
                  "nearer end of an interpolation (Li et al.).");
    else
        text = tr("The statistics are interpolated between the two checkpoints like the weights.");
    explanation_->setText(text + " " + tr("Models without BatchNorm ignore this."));
}

} // namespace ts::widgets
