#include "app/gui/reactions/ImportReaction.h"

#include "app/gui/MainWindow.h"

#include "core/Runtime.h"
#include "core/importing/RunImporter.h"

#include <QFileInfo>

namespace ts::app {

ImportReaction::ImportReaction(MainWindow& window) : Reaction(window, "actionImport") { retranslate(); }

void ImportReaction::retranslate()
{
    action()->setText(tr("&Import Run…"));
    action()->setStatusTip(tr("A run from PyTorch checkpoints, a TorchScript model, data and TensorBoard logs"));
}

void ImportReaction::onTriggered()
{
    widgets::ImportDialog dialog(&window_);
    if (dialog.exec() != QDialog::Accepted)
        return;
    import(dialog.request());
}

void ImportReaction::import(const widgets::ImportRequest& r)
{
    ts::ImportOptions o;
    o.checkpoints = {r.checkpoints.toStdString()};
    o.model = r.model.toStdString();
    o.data = r.data.toStdString();
    o.tensorboard = r.tensorboard.toStdString();
    o.loss = r.loss.toStdString();
    o.out = r.out.toStdString();
    const QString out = r.out;
    window_.runInBackground(tr("Importing %1").arg(QFileInfo(out).fileName()), tr("Import failed"),
        [o](ts::Feedback& feedback) {
            ts::configureRuntime(0);
            ts::importRun(o, &feedback);
        },
        [this, out] {
            window_.logInfo(tr("Imported %1").arg(out));
            window_.openRuns({out});
        });
}

} // namespace ts::app
