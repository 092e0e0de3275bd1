#include "app/gui/reactions/InfluenceReaction.h"

#include "app/gui/MainWindow.h"
#include "app/gui/analysis/InfluenceViews.h"
#include "widgets/analysis/InfluenceDialog.h"

#include "core/Runtime.h"

#include <QFileInfo>

#include <memory>

namespace ts::app {

InfluenceReaction::InfluenceReaction(MainWindow& window) : Reaction(window, "actionInfluence") { retranslate(); }

void InfluenceReaction::retranslate()
{
    action()->setText(tr("&Influence…"));
    action()->setStatusTip(tr("Which training examples support or oppose a prediction (TracIn, influence functions)"));
}

void InfluenceReaction::onTriggered()
{
    widgets::InfluenceDialog dialog(window_.runCheckpoints(), &window_);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ts::InfluenceOptions options;
    options.method = ts::influenceMethodFromName(dialog.method().toStdString());
    options.testSplit = dialog.testSplit().toStdString();
    options.testIndex = dialog.selfInfluence() ? -1 : dialog.testIndex();
    options.checkpoint = std::to_string(dialog.step());
    options.projection = dialog.projection();
    options.damping = dialog.damping();
    const QString path = dialog.run();
    const int top = dialog.top();
    auto results = std::make_shared<InfluenceResults>();
    const QString name = QFileInfo(path).completeBaseName();
    window_.runInBackground(
        tr("Influence in %1").arg(name), tr("Influence failed"),
        [path, options, top, results](ts::Feedback& feedback) {
            ts::configureRuntime(0);
            *results = computeInfluenceResults(path, options, top, &feedback);
        },
        [this, results] {
            for (auto& v : makeInfluenceViews(*results))
                window_.addView(v.widget, v.title);
            window_.logInfo(tr("Computed the influence of training examples in %1").arg(results->title));
        });
}

} // namespace ts::app
