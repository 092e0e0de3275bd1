#include "app/gui/reactions/PathwaysReaction.h"

#include "app/gui/MainWindow.h"
#include "app/gui/RunDocument.h"
#include "app/gui/RunRegistry.h"
#include "app/gui/analysis/PathwayViews.h"
#include "app/gui/reactions/RunChoice.h"

#include "core/Runtime.h"
#include "core/runfile/RunReader.h"

#include <QFileInfo>

#include <memory>

namespace ts::app {

PathwaysReaction::PathwaysReaction(MainWindow& window) : Reaction(window, "actionPathways") { retranslate(); }

void PathwaysReaction::retranslate()
{
    action()->setText(tr("Expert &Pathways…"));
    action()->setStatusTip(tr("How a mixture-of-experts model's routing organises itself over training"));
}

void PathwaysReaction::onTriggered()
{
    QStringList paths;
    for (auto* doc : window_.registry().documents())
        paths << doc->path();
    if (paths.isEmpty()) {
        window_.showError(tr("Expert pathways"), tr("Open a mixture-of-experts run first (for example the moe demo)."));
        return;
    }
    const QString chosen = chooseRun(&window_, tr("Expert pathways"), paths);
    if (!chosen.isEmpty())
        analyse(chosen);
}

void PathwaysReaction::analyse(const QString& runPath)
{
    auto data = std::make_shared<widgets::PathwayViewData>();
    const QString title = QFileInfo(runPath).completeBaseName();
    const std::string path = runPath.toStdString();
    window_.runInBackground(tr("Pathways of %1").arg(title), tr("Pathway analysis failed"),
        [path, title, data](ts::Feedback& feedback) {
            ts::configureRuntime(0);
            ts::RunReader run(path);
            *data = toPathwayViewData(run, {}, title, &feedback);
        },
        [this, data] {
            for (auto& v : makePathwayViews(*data))
                window_.addView(v.widget, v.title);
        });
}

} // namespace ts::app
