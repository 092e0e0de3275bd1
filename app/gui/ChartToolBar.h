#pragma once
// The chart's view controls: log axes, smoothing, outlier-robust y range, reset zoom, and
// how run groups are drawn (seeds grouped, centre line and band).
#include "core/stats/GroupStatistics.h"

#include <QToolBar>

class QAction;
class QComboBox;
class QDoubleSpinBox;
class QLabel;

namespace ts::widgets {
class CurveChartView;
}

namespace ts::app {

class ChartToolBar : public QToolBar {
    Q_OBJECT
public:
    ChartToolBar(ts::widgets::CurveChartView& chart, QWidget* parent = nullptr);
    QAction* logXAction() const { return logX_; }
    QAction* logYAction() const { return logY_; }
    QAction* outliersAction() const { return outliers_; }
    QAction* fixYAction() const { return fixY_; }
    QDoubleSpinBox* smoothingBox() const { return smoothing_; }
    QAction* groupSeedsAction() const { return groupSeeds_; }
    QComboBox* centreBox() const { return centre_; }
    QComboBox* bandBox() const { return band_; }
    ts::GroupCentre centre() const;
    ts::GroupBand band() const;
    void setCentre(ts::GroupCentre centre);
    void setBand(ts::GroupBand band);
    void retranslate();

Q_SIGNALS:
    // The grouping switch, the centre or the band changed.
    void groupingChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    QAction* logX_;
    QAction* logY_;
    QAction* outliers_;
    QAction* fixY_;
    QAction* reset_;
    QLabel* smoothingLabel_;
    QDoubleSpinBox* smoothing_;
    QAction* groupSeeds_;
    QLabel* bandLabel_;
    QComboBox* centre_;
    QComboBox* band_;
};

} // namespace ts::app
