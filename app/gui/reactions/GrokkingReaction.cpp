#include "app/gui/reactions/GrokkingReaction.h"

#include "app/gui/MainWindow.h"
#include "app/gui/RunDocument.h"
#include "app/gui/RunRegistry.h"
#include "app/gui/analysis/GrokkingViews.h"
#include "app/gui/reactions/GroupMates.h"
#include "app/gui/reactions/RunChoice.h"
#include "widgets/grokking/GrokkingDashboard.h"

#include "core/Runtime.h"
#include "core/grokking/GroupEvents.h"
#include "core/runfile/RunReader.h"

#include <QFileInfo>

#include <memory>

namespace ts::app {

GrokkingReaction::GrokkingReaction(MainWindow& window) : Reaction(window, "actionGrokking") { retranslate(); }

void GrokkingReaction::retranslate()
{
    action()->setText(tr("&Grokking Dashboard…"));
    action()->setStatusTip(tr("Memorisation and generalisation events, and progress measures over training"));
}

void GrokkingReaction::onTriggered()
{
    QStringList paths;
    for (auto* doc : window_.registry().documents())
        paths << doc->path();
    if (paths.isEmpty()) {
        window_.showError(tr("Grokking dashboard"), tr("Open a run with checkpoints first."));
        return;
    }
    const QString chosen = chooseRun(&window_, tr("Grokking dashboard"), paths);
    if (!chosen.isEmpty())
        analyse(chosen);
}

namespace {
// The events of the run's group of seeds among the open runs (configurations equal but the
// seed), as mean ± std over the runs that reach each; runs = 0 without group mates.
ts::GroupEventSummary groupEventsOf(const RunRegistry& registry, const QString& runPath)
{
    const QStringList mates = groupMates(registry, runPath);
    if (mates.size() < 2)
        return {};
    std::vector<ts::GrokkingEvents> events;
    for (const auto& path : mates)
        if (const auto* doc = registry.find(path)) {
            ts::GrokkingEvents e;
            e.tMem = doc->events().tMem;
            e.t50 = doc->events().t50;
            e.t90 = doc->events().t90;
            events.push_back(e);
        }
    return ts::summarizeGroupEvents(events);
}
} // namespace

void GrokkingReaction::analyse(const QString& runPath)
{
    auto data = std::make_shared<widgets::GrokkingData>();
    const ts::GroupEventSummary group = groupEventsOf(window_.registry(), runPath);
    const QString title = QFileInfo(runPath).completeBaseName();
    const std::string path = runPath.toStdString();
    window_.runInBackground(tr("Analysing %1").arg(title), tr("Grokking analysis failed"),
        [path, title, data, group](ts::Feedback& feedback) {
            ts::configureRuntime(0);
            ts::RunReader run(path);
            const auto measures = ts::measureProgress(run, {}, &feedback);
            *data = toGrokkingData(run, measures, title);
            if (group.runs >= 2)
                setGroupEvents(*data, group);
        },
        [this, data] {
            for (auto& v : makeGrokkingViews(*data))
                window_.addView(v.widget, v.title);
            window_.logInfo(tr("%1: %2").arg(data->title, data->verdict.isEmpty() ? tr("no events") : data->verdict));
            if (data->groupRuns >= 2)
                window_.logInfo(tr("%1: group of %2 seeds, %3, %4, %5")
                                    .arg(data->title)
                                    .arg(data->groupRuns)
                                    .arg(widgets::GrokkingDashboard::intervalText("t_mem", data->groupMem),
                                         widgets::GrokkingDashboard::intervalText("t50", data->group50),
                                         widgets::GrokkingDashboard::intervalText("t90", data->group90)));
        });
}

} // namespace ts::app
