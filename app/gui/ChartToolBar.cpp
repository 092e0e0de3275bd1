#include "app/gui/ChartToolBar.h"

#include "widgets/charts/CurveChartView.h"

#include <QDoubleSpinBox>
#include <QEvent>
#include <QLabel>

namespace ts::app {

ChartToolBar::ChartToolBar(ts::widgets::CurveChartView& chart, QWidget* parent) : QToolBar(parent)
{
    setObjectName("chartToolBar");
    logX_ = addAction(QString());
    logX_->setObjectName("actionLogX");
    logX_->setCheckable(true);
    logX_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    logY_ = addAction(QString());
    logY_->setObjectName("actionLogY");
    logY_->setCheckable(true);
    logY_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    outliers_ = addAction(QString());
    outliers_->setObjectName("actionIgnoreOutliers");
    outliers_->setCheckable(true);
    fixY_ = addAction(QString());
    fixY_->setObjectName("actionFixYRange");
    fixY_->setCheckable(true);
    reset_ = addAction(QString());
    reset_->setObjectName("actionResetZoom");
    reset_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    addSeparator();
    smoothingLabel_ = new QLabel(this);
    addWidget(smoothingLabel_);
    smoothing_ = new QDoubleSpinBox(this);
    smoothing_->setObjectName("smoothing");
    smoothing_->setRange(0.0, 0.999);
    smoothing_->setSingleStep(0.05);
    smoothing_->setDecimals(3);
    smoothing_->setValue(0.0);
    addWidget(smoothing_);
    retranslate();

    connect(logX_, &QAction::toggled, &chart, &ts::widgets::CurveChartView::setLogX);
    connect(logY_, &QAction::toggled, &chart, &ts::widgets::CurveChartView::setLogY);
    connect(outliers_, &QAction::toggled, &chart, &ts::widgets::CurveChartView::setIgnoreOutliers);
    connect(reset_, &QAction::triggered, &chart, &ts::widgets::CurveChartView::resetZoom);
    // Freezes the value axis where it is now (live curves then stop rescaling it).
    connect(fixY_, &QAction::toggled, &chart, [&chart](bool on) {
        chart.setFixedYRange(on ? std::optional<ts::widgets::CurveChartView::Range>(chart.yRange()) : std::nullopt);
    });
    connect(smoothing_, qOverload<double>(&QDoubleSpinBox::valueChanged), &chart, &ts::widgets::CurveChartView::setSmoothing);
}

void ChartToolBar::retranslate()
{
    setWindowTitle(tr("Chart"));
    logX_->setText(tr("Log steps"));
    logX_->setToolTip(tr("Logarithmic step axis (grokking needs it)"));
    logY_->setText(tr("Log values"));
    outliers_->setText(tr("Ignore outliers"));
    outliers_->setToolTip(tr("Fit the value axis to the 5th–95th percentile"));
    fixY_->setText(tr("Fix value range"));
    fixY_->setToolTip(tr("Keep the value axis where it is while curves grow"));
    reset_->setText(tr("Reset zoom"));
    smoothingLabel_->setText(tr(" Smoothing "));
    smoothing_->setToolTip(tr("Exponential moving average weight (TensorBoard's, debiased); 0 = off"));
}

void ChartToolBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QToolBar::changeEvent(event);
}

} // namespace ts::app
