#include "app/gui/reactions/OpenRunReaction.h"

#include "app/gui/MainWindow.h"

#include <QFileDialog>

namespace ts::app {

OpenRunReaction::OpenRunReaction(MainWindow& window, bool follow)
    : Reaction(window, follow ? "actionAttachRun" : "actionOpenRun"), follow_(follow)
{
    if (!follow)
        action()->setShortcut(QKeySequence::Open);
    retranslate();
}

void OpenRunReaction::retranslate()
{
    action()->setText(follow_ ? tr("&Attach to Running Run…") : tr("&Open Run…"));
    action()->setStatusTip(follow_ ? tr("Follow a run file that another program is still writing")
                                   : tr("Open one or more run files"));
}

void OpenRunReaction::onTriggered()
{
    const QStringList files = QFileDialog::getOpenFileNames(&window_, follow_ ? tr("Attach to run") : tr("Open runs"),
                                                            QString(), tr("Run files (*.h5 *.hdf5);;All files (*)"));
    if (!files.isEmpty())
        window_.openRuns(files, follow_);
}

} // namespace ts::app
