#pragma once
// Keeps the training-curve chart in step with the open runs, the runs checked in the
// browser, the metrics checked in the selector, and runs that grow while being written.
#include "app/gui/CurveGroups.h"
#include "widgets/charts/CurveChartView.h"

#include <QHash>
#include <QPair>
#include <QObject>

namespace ts::widgets {
class MetricSelector;
class RunBrowser;
} // namespace ts::widgets

namespace ts::app {

class RunDocument;
class RunRegistry;

class CurvePresenter : public QObject {
    Q_OBJECT
public:
    CurvePresenter(RunRegistry& registry, widgets::RunBrowser& browser, widgets::MetricSelector& metrics,
                   ts::widgets::CurveChartView& chart, QObject* parent = nullptr);
    void rebuild();
    // A checkpoint picked in another view (a landscape's trajectory): drawn as a marker on the
    // run's curves. step < 0 clears it.
    void setSelectedCheckpoint(const QString& run, qint64 step);
    // Run groups: seeds of one experiment (and runs grouped by hand) as one line with a band.
    void setGroupOptions(const GroupOptions& options);
    const GroupOptions& groupOptions() const { return groups_; }

private:
    void onRunOpened(RunDocument* doc);
    void onRunGrew(RunDocument* doc);
    void refreshMetricList();
    void addEventMarkers(const std::vector<RunDocument*>& runs, QVector<ts::widgets::CurveChartView::Curve>& curves);

    RunRegistry& registry_;
    widgets::RunBrowser& browser_;
    widgets::MetricSelector& metrics_;
    ts::widgets::CurveChartView& chart_;
    QHash<QString, std::size_t> plottedCount_; // curve id -> points handed to the chart
    QHash<QString, QPair<qint64, qint64>> plottedEvents_; // run -> (t_mem, t90) drawn
    GroupOptions groups_;
    QString selectedRun_;
    qint64 selectedStep_ = -1;
};

} // namespace ts::app
