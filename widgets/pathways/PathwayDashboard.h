#pragma once
// The expert-pathway dashboard: the layered graph of the chosen checkpoint with a checkpoint
// slider (animated), sample filters (split, label, memorised) and a searchable sample list
// whose selection highlights that sample's pathway; beside it the pathway metrics over
// training next to the training curves, and the clustered pathway-distance matrix.
#include "widgets/charts/Presentation.h"
#include "widgets/export/CsvExportable.h"
#include "widgets/pathways/PathwayViewData.h"
#include "widgets/replay/StepCursorTarget.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSlider;
class QSpinBox;
class QTabWidget;
class QTimer;
class QToolButton;

namespace ts::widgets {
class CurveChartView;
class HeatmapView;
} // namespace ts::widgets

namespace ts::widgets {

class ChartGrid;
class PathwayGraphView;

class PathwayDashboard : public QWidget, public ts::widgets::CsvExportable, public Presentable, public StepCursorTarget {
    Q_OBJECT
public:
    explicit PathwayDashboard(QWidget* parent = nullptr);
    void setData(const PathwayViewData& data);
    const PathwayViewData& data() const { return data_; }

    int checkpointIndex() const;
    void setCheckpointIndex(int index);
    bool setCheckpointStep(qint64 step); // false when no routing checkpoint has that step
    void setPlaying(bool on);
    // Replay: the graph at the last routing checkpoint at or before the step, the metrics over
    // training up to it; +inf shows everything and the last checkpoint.
    void setReplayStep(double step) override;

    enum class Memorised { All, Memorised, NotMemorised };
    void setFilter(const QString& split, int label, Memorised memorised); // split "" / label −1: any
    std::vector<int> filteredSamples() const; // the group the graph counts
    void setSearchText(const QString& text);
    QStringList visibleSampleTexts() const;
    void selectSample(int sample); // −1 clears
    int selectedSample() const { return selected_; }

    PathwayGraphView* graphView() const { return graph_; }
    ts::widgets::HeatmapView* distanceHeatmap() const { return heatmap_; }
    const std::vector<ts::widgets::CurveChartView*>& metricCharts() const { return charts_; }
    QTabWidget* tabs() const { return tabs_; }

    bool writeCsv(const QString& path, QString* error) const override; // metrics per checkpoint
    // Presenter mode: the metric charts' legible minimum size grows with their text.
    void setPresentation(const Presentation& presentation) override;

private:
    void rebuildGraph(bool animate);
    void rebuildSampleList();
    void rebuildHeatmap();
    void updateCharts();
    void updateHighlight();

    PathwayViewData data_;
    PathwayGraphView* graph_;
    QComboBox *split_, *label_, *memorised_, *colouring_;
    QLineEdit* search_;
    QListWidget* samples_;
    QSlider* slider_;
    QToolButton* play_;
    QTimer* timer_;
    QLabel *stepLabel_, *groupLabel_;
    QSpinBox* threshold_;
    QTabWidget* tabs_;
    ChartGrid* metricGrid_;
    std::vector<ts::widgets::CurveChartView*> charts_;
    ts::widgets::HeatmapView* heatmap_;
    int selected_ = -1;
    int heatmapCheckpoint_ = -1;
};

} // namespace ts::widgets
