#include "app/gui/reactions/GrokkingReaction.h"

#include "app/gui/MainWindow.h"
#include "app/gui/RunDocument.h"
#include "app/gui/RunRegistry.h"
#include "app/gui/analysis/GrokkingViews.h"
#include "app/gui/reactions/RunChoice.h"

#include "core/Runtime.h"
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

void GrokkingReaction::analyse(const QString& runPath)
{
    auto data = std::make_shared<widgets::GrokkingData>();
    const QString title = QFileInfo(runPath).completeBaseName();
    const std::string path = runPath.toStdString();
    window_.runInBackground(tr("Analysing %1").arg(title), tr("Grokking analysis failed"),
        [path, title, data](ts::Feedback& feedback) {
            ts::configureRuntime(0);
            ts::RunReader run(path);
            const auto measures = ts::measureProgress(run, {}, &feedback);
            *data = toGrokkingData(run, measures, title);
        },
        [this, data] {
            for (auto& v : makeGrokkingViews(*data))
                window_.addView(v.widget, v.title);
            window_.logInfo(tr("%1: %2").arg(data->title, data->verdict.isEmpty() ? tr("no events") : data->verdict));
        });
}

} // namespace ts::app
