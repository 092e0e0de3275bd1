#pragma once
// The chart's view controls: log axes, smoothing, outlier-robust y range, reset zoom.
#include <QToolBar>

class QAction;
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
    void retranslate();

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
};

} // namespace ts::app
