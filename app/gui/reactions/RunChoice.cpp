#include "app/gui/reactions/RunChoice.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QInputDialog>

namespace ts::app {

QStringList runChoiceLabels(const QStringList& paths)
{
    QStringList names;
    for (const QString& path : paths)
        names << QFileInfo(path).fileName();
    QStringList labels;
    for (int i = 0; i < paths.size(); ++i)
        labels << (names.count(names[i]) > 1
                       ? QStringLiteral("%1 (%2)").arg(names[i], QDir::toNativeSeparators(QFileInfo(paths[i]).absolutePath()))
                       : names[i]);
    return labels;
}

QString chooseRun(QWidget* parent, const QString& title, const QStringList& paths)
{
    const QStringList labels = runChoiceLabels(paths);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(parent, title, QCoreApplication::translate("RunChoice", "Run"), labels, 0, false, &ok);
    const int index = labels.indexOf(chosen);
    return ok && index >= 0 ? paths[index] : QString();
}

} // namespace ts::app
