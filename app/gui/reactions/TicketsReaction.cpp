#include "app/gui/reactions/TicketsReaction.h"

#include "app/gui/MainWindow.h"
#include "app/gui/RunDocument.h"
#include "app/gui/RunRegistry.h"
#include "widgets/grokking/TicketsDialog.h"

#include "core/Runtime.h"
#include "core/grokking/Tickets.h"
#include "core/runfile/RunReader.h"

#include <QFileInfo>

#include <memory>

namespace ts::app {

TicketsReaction::TicketsReaction(MainWindow& window) : Reaction(window, "actionTickets") { retranslate(); }

void TicketsReaction::retranslate()
{
    action()->setText(tr("Grokking &Tickets…"));
    action()->setStatusTip(tr("Prune a grokked run, rewind to initialisation and retrain, with controls"));
}

void TicketsReaction::onTriggered()
{
    QStringList paths;
    for (auto* doc : window_.registry().documents())
        paths << doc->path();
    widgets::TicketsDialog dialog(paths, &window_);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString dense = dialog.run();
    const QFileInfo info(dense);
    const QString prefix = info.dir().filePath(info.completeBaseName() + QString("-ticket%1").arg(int(dialog.keep() * 100)));
    ts::TicketOptions options;
    options.keep = dialog.keep();
    options.controls = dialog.controls();
    auto runs = std::make_shared<std::vector<ts::TicketRun>>();
    const std::string densePath = dense.toStdString(), outPrefix = prefix.toStdString();
    window_.runInBackground(tr("Training tickets of %1").arg(info.fileName()), tr("Tickets failed"),
        [densePath, outPrefix, options, runs](ts::Feedback& feedback) {
            ts::configureRuntime(0);
            *runs = ts::trainGrokkingTickets(ts::RunReader(densePath), options, outPrefix, &feedback);
        },
        [this, runs] {
            QStringList opened;
            for (const auto& r : *runs) {
                opened << QString::fromStdString(r.path);
                window_.logInfo(tr("%1: density %2, t90 %3")
                                    .arg(QString::fromStdString(r.kind))
                                    .arg(r.density, 0, 'f', 2)
                                    .arg(r.t90 < 0 ? tr("never") : QString::number(r.t90)));
            }
            window_.openRuns(opened); // overlaid with the dense run
        });
}

} // namespace ts::app
