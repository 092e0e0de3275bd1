#include "app/gui/reactions/ReplayReaction.h"

#include "app/gui/MainWindow.h"
#include "app/gui/RunDocument.h"
#include "app/gui/RunLabels.h"
#include "app/gui/RunRegistry.h"
#include "widgets/charts/CurveChartView.h"
#include "widgets/replay/StepCursorTarget.h"
#include "widgets/replay/TransportBar.h"
#include "widgets/runs/RunBrowser.h"

#include "core/runfile/RunReader.h"

#include <QTabWidget>
#include <QToolBar>

#include <cmath>
#include <limits>

namespace ts::app {

ReplayReaction::ReplayReaction(MainWindow& window) : Reaction(window, "actionReplay")
{
    action()->setCheckable(true);
    action()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    window_.chart().setStepAxis(true);
    bar_ = new QToolBar(&window_);
    bar_->setObjectName("replayToolBar");
    bar_->setMovable(false);
    bar_->setProperty("keepWhilePresenting", true); // presenter mode keeps the replay controls
    transport_ = new widgets::TransportBar(bar_);
    bar_->addWidget(transport_);
    window_.addToolBar(Qt::BottomToolBarArea, bar_);
    bar_->hide();
    // Space plays and pauses while the bar is shown (an action of a hidden bar is inactive).
    playPause_ = new QAction(transport_);
    playPause_->setObjectName("actionReplayPlayPause");
    playPause_->setShortcut(QKeySequence(Qt::Key_Space));
    playPause_->setShortcutContext(Qt::WindowShortcut);
    transport_->addAction(playPause_); // no button of its own: the bar has one
    connect(playPause_, &QAction::triggered, transport_, &widgets::TransportBar::togglePlaying);

    connect(transport_, &widgets::TransportBar::stepChanged, this, [this](double step) {
        if (active_)
            apply(step);
    });
    connect(transport_, &widgets::TransportBar::closeRequested, this, [this] { setActive(false); });
    // Closed some other way (the toolbar's context menu): the replay ends with it.
    connect(bar_, &QToolBar::visibilityChanged, this, [this](bool visible) {
        if (!visible && active_)
            setActive(false);
    });
    // A view opened during the replay joins it at the cursor.
    connect(&window_.views(), &QTabWidget::currentChanged, this, [this](int index) {
        if (auto* target = dynamic_cast<widgets::StepCursorTarget*>(window_.views().widget(index)); target && active_)
            target->setReplayStep(transport_->step());
    });
    auto runsChanged = [this] {
        if (active_)
            updateRange();
    };
    connect(&window_.registry(), &RunRegistry::runOpened, this, runsChanged);
    connect(&window_.registry(), &RunRegistry::runClosed, this, runsChanged);
    connect(&window_.registry(), &RunRegistry::runChanged, this, runsChanged); // a live run grew
    connect(&window_.runBrowser(), &widgets::RunBrowser::checkedChanged, this, runsChanged);
    retranslate();
}

void ReplayReaction::retranslate()
{
    action()->setText(tr("&Replay Run"));
    action()->setStatusTip(tr("Replay the open runs step by step: every open view follows one cursor"));
    bar_->setWindowTitle(tr("Replay"));
    playPause_->setText(tr("Play or pause the replay"));
}

void ReplayReaction::onTriggered() { setActive(action()->isChecked()); }

void ReplayReaction::setActive(bool on)
{
    if (action()->isChecked() != on)
        action()->setChecked(on);
    if (on == active_)
        return;
    active_ = on;
    if (on) {
        updateRange();
        bar_->show();
        transport_->setStep(transport_->first());
        apply(transport_->step());
        window_.setActivity(tr("Replay: press Space to play or pause"));
    } else {
        transport_->pause();
        bar_->hide();
        apply(widgets::StepCursorTarget::kEverything);
        window_.setActivity(QString());
    }
}

void ReplayReaction::updateRange()
{
    double first = std::numeric_limits<double>::infinity(), last = -first;
    std::vector<double> stops;
    QVector<widgets::TransportBar::Bookmark> marks;
    std::vector<RunDocument*> shown;
    QStringList paths;
    for (auto* doc : window_.registry().documents())
        if (window_.runBrowser().isChecked(doc->path())) {
            shown.push_back(doc);
            paths << doc->path();
        }
    const QStringList labels = runLabels(paths, false);
    for (std::size_t r = 0; r < shown.size(); ++r) {
        const RunDocument* doc = shown[r];
        for (const auto& name : doc->metricNames())
            if (const auto* m = doc->metric(name); m && !m->steps.empty()) {
                first = std::min(first, m->steps.front());
                last = std::max(last, m->steps.back());
                stops.insert(stops.end(), m->steps.begin(), m->steps.end());
            }
        if (doc->reader())
            for (auto s : doc->reader()->checkpointSteps()) {
                first = std::min(first, double(s));
                last = std::max(last, double(s));
                stops.push_back(double(s));
            }
        const auto& e = doc->events();
        const std::pair<const char*, qint64> events[] = {{"t_mem", e.tMem}, {"t50", e.t50}, {"t90", e.t90}};
        for (const auto& [name, step] : events)
            if (step >= 0)
                marks.push_back({shown.size() > 1 ? labels[int(r)] + ": " + name : QString(name), double(step)});
    }
    if (!(first <= last))
        first = last = 0;
    transport_->setRange(first, last);
    transport_->setStops(std::move(stops));
    transport_->setBookmarks(marks);
}

void ReplayReaction::apply(double step)
{
    auto& views = window_.views();
    for (int i = 0; i < views.count(); ++i)
        if (auto* target = dynamic_cast<widgets::StepCursorTarget*>(views.widget(i)))
            target->setReplayStep(step);
}

} // namespace ts::app
