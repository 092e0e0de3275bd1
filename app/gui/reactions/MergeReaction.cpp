#include "app/gui/reactions/MergeReaction.h"

#include "app/gui/MainWindow.h"
#include "widgets/analysis/MergeDialog.h"

#include "core/Runtime.h"
#include "core/merging/RunMerge.h"

#include <QFileInfo>

#include <memory>

namespace ts::app {

MergeReaction::MergeReaction(MainWindow& window) : Reaction(window, "actionMerge") { retranslate(); }

void MergeReaction::retranslate()
{
    action()->setText(tr("&Merge Runs…"));
    action()->setStatusTip(
        tr("Merge checkpoints of runs with one architecture into a new run (average, task arithmetic, TIES, DARE)"));
}

void MergeReaction::onTriggered()
{
    widgets::MergeDialog dialog(window_.runCheckpoints(), &window_);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ts::MergeRequest request;
    for (const QString& path : dialog.inputs())
        request.inputs.push_back({path.toStdString(), "last"});
    request.options.method = ts::mergeMethodFromName(dialog.method().toStdString());
    request.options.lambda = dialog.lambda();
    request.options.trim = dialog.trim();
    request.options.drop = dialog.drop();
    request.options.seed = uint64_t(dialog.seed());
    request.base = {dialog.baseRun().toStdString(), std::to_string(dialog.baseStep())};
    request.out = dialog.output().toStdString();
    auto summary = std::make_shared<ts::MergeSummary>();
    const QString out = dialog.output();
    window_.runInBackground(
        tr("Merging into %1").arg(QFileInfo(out).fileName()), tr("Merge failed"),
        [request, summary](ts::Feedback& feedback) {
            ts::configureRuntime(0);
            *summary = ts::mergeRuns(request, &feedback);
        },
        [this, summary, out] {
            for (const auto& warning : summary->warnings)
                window_.logWarning(QString::fromStdString(warning));
            QStringList splits;
            for (const auto& [name, values] : summary->splits)
                splits << tr("%1 loss %2, accuracy %3")
                              .arg(QString::fromStdString(name))
                              .arg(values.first, 0, 'g', 4)
                              .arg(values.second, 0, 'g', 4);
            window_.logInfo(
                tr("Merged %1 runs into %2: %3").arg(summary->inputPaths.size()).arg(out, splits.join("; ")));
            window_.openRuns({out});
        });
}

} // namespace ts::app
