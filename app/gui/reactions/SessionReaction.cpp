#include "app/gui/reactions/SessionReaction.h"

#include "app/gui/MainWindow.h"
#include "app/gui/Session.h"

#include <QFileDialog>

namespace ts::app {

SessionReaction::SessionReaction(MainWindow& window, Mode mode)
    : Reaction(window, mode == Mode::Save ? "actionSaveSession" : "actionOpenSession"), mode_(mode)
{
    if (mode == Mode::Save)
        action()->setShortcut(QKeySequence::Save);
    retranslate();
}

void SessionReaction::retranslate()
{
    action()->setText(mode_ == Mode::Save ? tr("&Save Session…") : tr("Open Sess&ion…"));
}

void SessionReaction::onTriggered()
{
    const QString filter = tr("TrainScope sessions (*.tssession);;All files (*)");
    QString error;
    if (mode_ == Mode::Save) {
        const QString path = QFileDialog::getSaveFileName(&window_, tr("Save session"), "session.tssession", filter);
        if (path.isEmpty())
            return;
        if (!window_.currentSession().save(path, &error))
            window_.showError(tr("Cannot save the session"), error);
        else
            window_.logInfo(tr("Saved session %1").arg(path));
        return;
    }
    const QString path = QFileDialog::getOpenFileName(&window_, tr("Open session"), QString(), filter);
    if (path.isEmpty())
        return;
    Session session;
    if (!session.load(path, &error))
        window_.showError(tr("Cannot open the session"), error);
    else
        window_.applySession(session);
}

} // namespace ts::app
