#include "app/gui/reactions/PresenterReaction.h"

#include "app/gui/MainWindow.h"
#include "app/gui/PresenterMode.h"

namespace ts::app {

PresenterReaction::PresenterReaction(MainWindow& window) : Reaction(window, "actionPresenter")
{
    action()->setCheckable(true);
    action()->setShortcut(Qt::Key_F11);
    window_.addAction(action()); // F11 works while the menu bar is hidden
    connect(&window_.presenter(), &PresenterMode::activeChanged, action(), &QAction::setChecked);
    retranslate();
}

void PresenterReaction::retranslate()
{
    action()->setText(tr("&Presenter Mode"));
    action()->setToolTip(tr("Full screen, large text and high contrast for a projector (Esc leaves)"));
}

void PresenterReaction::onTriggered() { window_.presenter().setActive(action()->isChecked()); }

} // namespace ts::app
