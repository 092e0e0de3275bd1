#include "app/gui/reactions/RunChoice.h"

#include "app/gui/RunLabels.h"

#include <QCoreApplication>
#include <QInputDialog>

namespace ts::app {

QStringList runChoiceLabels(const QStringList& paths) { return runLabels(paths, true); }

QString chooseRun(QWidget* parent, const QString& title, const QStringList& paths)
{
    if (paths.size() == 1) // nothing to choose: no dialog
        return paths.front();
    const QStringList labels = runChoiceLabels(paths);
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(parent, title, QCoreApplication::translate("RunChoice", "Run"), labels, 0, false, &ok);
    const int index = labels.indexOf(chosen);
    return ok && index >= 0 ? paths[index] : QString();
}

} // namespace ts::app
