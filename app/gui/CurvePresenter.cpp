#include "app/gui/CurvePresenter.h"

#include "app/gui/CurveCollection.h"
#include "app/gui/RunDocument.h"
#include "app/gui/RunLabels.h"
#include "app/gui/RunRegistry.h"
#include "widgets/charts/CurveChartView.h"
#include "widgets/runs/MetricSelector.h"
#include "widgets/runs/RunBrowser.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace ts::app {

CurvePresenter::CurvePresenter(RunRegistry& registry, widgets::RunBrowser& browser, widgets::MetricSelector& metrics,
                               ts::widgets::CurveChartView& chart, QObject* parent)
    : QObject(parent), registry_(registry), browser_(browser), metrics_(metrics), chart_(chart)
{
    connect(&registry_, &RunRegistry::runOpened, this, &CurvePresenter::onRunOpened);
    connect(&registry_, &RunRegistry::runClosed, this, [this](const QString& path) {
        browser_.removeRun(path);
        refreshMetricList();
        rebuild();
    });
    connect(&registry_, &RunRegistry::runChanged, this,
            [this](RunDocument* doc) { browser_.upsertRun(doc->summary(), browser_.isChecked(doc->path())); });
    connect(&browser_, &widgets::RunBrowser::checkedChanged, this, [this] { rebuild(); });
    connect(&browser_, &widgets::RunBrowser::closeRequested, this, [this](const QString& id) { registry_.close(id); });
    connect(&metrics_, &widgets::MetricSelector::selectionChanged, this, [this] { rebuild(); });
}

void CurvePresenter::onRunOpened(RunDocument* doc)
{
    browser_.upsertRun(doc->summary(), true);
    disconnect(doc, &RunDocument::grew, this, nullptr);
    connect(doc, &RunDocument::grew, this, [this, doc] { onRunGrew(doc); });
    refreshMetricList();
    rebuild();
}

void CurvePresenter::refreshMetricList()
{
    QStringList names;
    for (auto* doc : registry_.documents())
        for (const auto& m : doc->metricNames())
            if (!names.contains(m))
                names << m;
    metrics_.setMetrics(names, {"train_acc", "test_acc"});
}

void CurvePresenter::rebuild()
{
    std::vector<RunDocument*> shown;
    for (auto* doc : registry_.documents())
        if (browser_.isChecked(doc->path()))
            shown.push_back(doc);
    QVector<ts::widgets::CurveChartView::Curve> curves;
    if (groups_.active()) {
        const auto groups = groupShownRuns(shown, groups_);
        curves = makeGroupCurves(groups, metrics_.checkedMetrics(), groups_);
        std::vector<RunDocument*> singles; // grouped runs have no markers of their own
        for (const auto& g : groups)
            if (g.members.size() == 1)
                singles.push_back(g.members.front());
        addEventMarkers(singles, curves);
    } else {
        curves = makeCurves(shown, metrics_.checkedMetrics());
        addEventMarkers(shown, curves);
    }
    plottedCount_.clear();
    for (const auto& c : curves)
        plottedCount_[c.id] = c.x.size();
    chart_.setCurves(curves);
}

void CurvePresenter::addEventMarkers(const std::vector<RunDocument*>& runs, QVector<ts::widgets::CurveChartView::Curve>& curves)
{
    // Vertical markers at each shown run's t_mem and t90, spanning the plotted values.
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (const auto& c : curves)
        for (double v : c.y)
            if (std::isfinite(v)) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
    if (!std::isfinite(lo))
        return;
    plottedEvents_.clear();
    QStringList paths;
    for (auto* doc : runs)
        paths << doc->path();
    const QStringList names = runLabels(paths, false);
    int run = 0;
    for (auto* doc : runs) {
        const QString& runName = names[run++];
        const auto& e = doc->events();
        plottedEvents_[doc->path()] = qMakePair(e.tMem, e.t90);
        const std::pair<const char*, qint64> marks[] = {{"t_mem", e.tMem}, {"t90", e.t90}};
        for (const auto& [name, step] : marks) {
            if (step <= 0)
                continue;
            ts::widgets::CurveChartView::Curve m;
            m.id = doc->path() + "|event:" + name;
            m.label = runs.size() > 1 ? runName + ": " + name : QString(name);
            m.color = QColor(120, 120, 120);
            m.x = {double(step), double(step)};
            m.y = {lo, hi};
            curves.push_back(m);
        }
        if (doc->path() == selectedRun_ && selectedStep_ >= 0) {
            ts::widgets::CurveChartView::Curve m;
            m.id = doc->path() + "|checkpoint";
            m.label = QCoreApplication::translate("CurvePresenter", "selected step %1").arg(selectedStep_);
            m.color = QColor("#D55E00");
            m.x = {double(selectedStep_), double(selectedStep_)};
            m.y = {lo, hi};
            curves.push_back(m);
        }
    }
}

void CurvePresenter::setSelectedCheckpoint(const QString& run, qint64 step)
{
    selectedRun_ = run;
    selectedStep_ = step;
    rebuild();
}

void CurvePresenter::setGroupOptions(const GroupOptions& options)
{
    groups_ = options;
    rebuild();
}

void CurvePresenter::onRunGrew(RunDocument* doc)
{
    if (!browser_.isChecked(doc->path()))
        return;
    if (groups_.active()) {
        rebuild(); // a group's statistics change with any member: recompute them
        return;
    }
    const auto& e = doc->events();
    if (plottedEvents_.value(doc->path()) != qMakePair(e.tMem, e.t90)) {
        rebuild(); // an event appeared or moved: redraw its markers
        return;
    }
    for (const auto& m : metrics_.checkedMetrics()) {
        const auto* data = doc->metric(m);
        const QString id = curveId(*doc, m);
        auto it = plottedCount_.find(id);
        if (!data || it == plottedCount_.end() || data->steps.size() < it.value()) {
            rebuild(); // a curve appeared or shrank: start over
            return;
        }
        const std::size_t from = it.value();
        if (data->steps.size() == from)
            continue;
        chart_.appendPoints(id, std::vector<double>(data->steps.begin() + from, data->steps.end()),
                            std::vector<double>(data->values.begin() + from, data->values.end()));
        it.value() = data->steps.size();
    }
}

} // namespace ts::app
