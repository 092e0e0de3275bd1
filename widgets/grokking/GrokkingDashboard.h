#pragma once
// The grokking dashboard: log-step accuracy curves with the detected events and the
// memorised phase, small multiples of the progress measures sharing one step cursor, the
// embedding's Fourier spectrum over checkpoints (heatmap), and a checkpoint slider that
// animates the spectrum.
#include "widgets/charts/CurveChartView.h"
#include "widgets/charts/Presentation.h"
#include "widgets/export/CsvExportable.h"
#include "widgets/grokking/GrokkingData.h"
#include "widgets/replay/StepCursorTarget.h"

#include <QVector>
#include <QWidget>

class QLabel;
class QSlider;
class QTimer;
class QToolButton;

namespace ts::widgets {
class CurveChartView;
class HeatmapView;
} // namespace ts::widgets

namespace ts::widgets {

class ChartGrid;

class GrokkingDashboard : public QWidget, public ts::widgets::CsvExportable, public Presentable, public StepCursorTarget {
    Q_OBJECT
public:
    explicit GrokkingDashboard(QWidget* parent = nullptr);
    void setData(const GrokkingData& data);
    const GrokkingData& data() const { return data_; }

    // The shared step cursor: moves the slider to the nearest checkpoint and shows every
    // measure's value there.
    void setCursorStep(double step);
    // Replay: every curve up to the step, events once crossed, the spectrum at the last
    // checkpoint at or before it; +inf shows everything and the last checkpoint again.
    void setReplayStep(double step) override;
    int checkpointIndex() const;
    void setCheckpointIndex(int index);
    QString cursorText() const;
    void setPlaying(bool on);
    bool isPlaying() const;

    // The accuracy chart's curves: train and test accuracy, the run's events as vertical
    // markers, the memorised phase, and with a group of seeds each event's mean ± std as a
    // horizontal interval at the event's threshold (t_mem at the memorised level, t50 at 0.5,
    // t90 at 0.9), ids "group:t_mem", "group:t50", "group:t90".
    static QVector<ts::widgets::CurveChartView::Curve> accuracyCurves(const GrokkingData& data, double memorisedLevel = 0.99);
    // "t50 1677 ± 208 (n = 3)", or "t50 never (n = 0)".
    static QString intervalText(const QString& name, const GrokkingData::EventInterval& interval);
    ts::widgets::CurveChartView* accuracyChart() const { return accuracy_; }
    ts::widgets::CurveChartView* spectrumChart() const { return spectrum_; }
    ts::widgets::HeatmapView* spectrumHeatmap() const { return heatmap_; }
    const std::vector<ts::widgets::CurveChartView*>& measureCharts() const { return measures_; }

    bool writeCsv(const QString& path, QString* error) const override;
    // Presenter mode: the charts' legible minimum sizes grow with their text.
    void setPresentation(const Presentation& presentation) override;

private:
    void updateSpectrum();
    void applyMinimumSizes(double scale);

    GrokkingData data_;
    QLabel* verdict_;
    ts::widgets::CurveChartView* accuracy_;
    std::vector<ts::widgets::CurveChartView*> measures_;
    ts::widgets::HeatmapView* heatmap_;
    ts::widgets::CurveChartView* spectrum_;
    QSlider* slider_;
    QToolButton* play_;
    QTimer* timer_;
    QLabel* cursor_;
    ChartGrid* grid_;
    QWidget* spectrumBox_;
    QWidget* fourierRow_;
};

} // namespace ts::widgets
