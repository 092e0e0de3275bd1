#include "widgets/training/TrainingProgressPanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace ts::widgets {

TrainingProgressPanel::TrainingProgressPanel(QWidget* parent) : QWidget(parent)
{
    title_ = new QLabel(this);
    bar_ = new QProgressBar(this);
    bar_->setObjectName("trainingProgress");
    bar_->setRange(0, 1000);
    detail_ = new QLabel(this);
    pause_ = new QPushButton(this);
    pause_->setObjectName("pauseButton");
    stop_ = new QPushButton(this);
    stop_->setObjectName("stopButton");
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(pause_);
    buttons->addWidget(stop_);
    buttons->addStretch();
    paceLabel_ = new QLabel(this);
    pace_ = new QSpinBox(this);
    pace_->setObjectName("paceLimit");
    pace_->setRange(0, 100000);
    pace_->setSingleStep(5);
    paceLabel_->setBuddy(pace_);
    auto* paceRow = new QHBoxLayout;
    paceRow->addWidget(paceLabel_);
    paceRow->addWidget(pace_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title_);
    layout->addWidget(bar_);
    layout->addWidget(detail_);
    layout->addLayout(buttons);
    layout->addLayout(paceRow);
    layout->addStretch();
    connect(pause_, &QPushButton::clicked, this, [this] {
        paused_ = !paused_;
        retranslate();
        Q_EMIT pauseToggled(paused_);
    });
    connect(stop_, &QPushButton::clicked, this, &TrainingProgressPanel::stopRequested);
    connect(pace_, qOverload<int>(&QSpinBox::valueChanged), this, [this](int v) { Q_EMIT paceChanged(double(v)); });
    finish(QString());
}

void TrainingProgressPanel::retranslate()
{
    pause_->setText(paused_ ? tr("Resume") : tr("Pause"));
    stop_->setText(tr("Stop"));
    paceLabel_->setText(tr("Pace &limit"));
    pace_->setSuffix(tr(" steps/s"));
    pace_->setSpecialValueText(tr("unlimited"));
    pace_->setToolTip(tr("For demos: train at most this many steps per second, so that an audience can follow "
                         "the curves. The run is the same, only slower."));
    if (active_)
        title_->setText(tr("Training %1").arg(runName_));
    else if (title_->text().isEmpty())
        title_->setText(tr("No training running"));
}

void TrainingProgressPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TrainingProgressPanel::start(const QString& runName)
{
    runName_ = runName;
    active_ = true;
    paused_ = false;
    bar_->setValue(0);
    detail_->clear();
    pause_->setEnabled(true);
    stop_->setEnabled(true);
    retranslate();
}

double TrainingProgressPanel::pace() const { return double(pace_->value()); }

void TrainingProgressPanel::setPace(double stepsPerSecond) { pace_->setValue(int(std::lround(std::max(0.0, stepsPerSecond)))); }

void TrainingProgressPanel::setProgress(double fraction, double etaSeconds, const QString& detail)
{
    bar_->setValue(int(std::lround(std::clamp(fraction, 0.0, 1.0) * 1000)));
    QString eta;
    if (etaSeconds >= 0) {
        const int s = int(std::ceil(etaSeconds));
        eta = s >= 60 ? tr("ETA %1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QChar('0')) : tr("ETA %1 s").arg(s);
    }
    bar_->setFormat(QString("%1%  %2").arg(int(fraction * 100)).arg(eta));
    detail_->setText(detail);
}

void TrainingProgressPanel::finish(const QString& message)
{
    active_ = false;
    paused_ = false;
    pause_->setEnabled(false);
    stop_->setEnabled(false);
    title_->setText(message.isEmpty() ? tr("No training running") : message);
    retranslate();
}

} // namespace ts::widgets
