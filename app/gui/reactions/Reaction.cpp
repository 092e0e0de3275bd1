#include "app/gui/reactions/Reaction.h"

#include "app/gui/MainWindow.h"

namespace ts::app {

Reaction::Reaction(MainWindow& window, const QString& objectName)
    : QObject(&window), window_(window), action_(new QAction(&window))
{
    action_->setObjectName(objectName);
    connect(action_, &QAction::triggered, this, [this] { onTriggered(); });
}

} // namespace ts::app
