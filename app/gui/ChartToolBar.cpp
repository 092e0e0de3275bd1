#include "app/gui/ChartToolBar.h"

#include "widgets/charts/CurveChartView.h"

#include <QComboBox>
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
    addSeparator();
    groupSeeds_ = addAction(QString());
    groupSeeds_->setObjectName("actionGroupSeeds");
    groupSeeds_->setCheckable(true);
    groupSeeds_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    bandLabel_ = new QLabel(this);
    addWidget(bandLabel_);
    centre_ = new QComboBox(this);
    centre_->setObjectName("groupCentre");
    centre_->addItem(QString(), int(ts::GroupCentre::Mean));
    centre_->addItem(QString(), int(ts::GroupCentre::Median));
    addWidget(centre_);
    band_ = new QComboBox(this);
    band_->setObjectName("groupBand");
    for (auto b : {ts::GroupBand::Std, ts::GroupBand::MinMax, ts::GroupBand::Bootstrap95, ts::GroupBand::None})
        band_->addItem(QString(), int(b));
    addWidget(band_);
    retranslate();
    connect(groupSeeds_, &QAction::toggled, this, &ChartToolBar::groupingChanged);
    connect(centre_, qOverload<int>(&QComboBox::currentIndexChanged), this, &ChartToolBar::groupingChanged);
    connect(band_, qOverload<int>(&QComboBox::currentIndexChanged), this, &ChartToolBar::groupingChanged);

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
    groupSeeds_->setText(tr("Group seeds"));
    groupSeeds_->setToolTip(tr("Draw runs whose settings differ only in the seed as one line with a band"));
    bandLabel_->setText(tr(" Groups "));
    centre_->setItemText(0, tr("Mean"));
    centre_->setItemText(1, tr("Median"));
    centre_->setToolTip(tr("The line drawn for a group of runs"));
    band_->setItemText(0, tr("± std"));
    band_->setItemText(1, tr("Min–max"));
    band_->setItemText(2, tr("95% bootstrap CI"));
    band_->setItemText(3, tr("No band"));
    band_->setToolTip(tr("The band around a group's line: sample standard deviation (n − 1), the runs' "
                         "range, or a 95% percentile-bootstrap interval of the line"));
}

ts::GroupCentre ChartToolBar::centre() const { return ts::GroupCentre(centre_->currentData().toInt()); }

ts::GroupBand ChartToolBar::band() const { return ts::GroupBand(band_->currentData().toInt()); }

void ChartToolBar::setCentre(ts::GroupCentre centre) { centre_->setCurrentIndex(centre_->findData(int(centre))); }

void ChartToolBar::setBand(ts::GroupBand band) { band_->setCurrentIndex(band_->findData(int(band))); }

void ChartToolBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QToolBar::changeEvent(event);
}

} // namespace ts::app
