#include "app/gui/RunLabels.h"

#include <QDir>
#include <QFileInfo>

namespace ts::app {

QStringList runLabels(const QStringList& paths, bool withSuffix)
{
    QStringList names;
    for (const QString& path : paths)
        names << (withSuffix ? QFileInfo(path).fileName() : QFileInfo(path).completeBaseName());
    QStringList labels;
    for (int i = 0; i < paths.size(); ++i)
        labels << (names.count(names[i]) > 1
                       ? QStringLiteral("%1 (%2)").arg(names[i], QDir::toNativeSeparators(QFileInfo(paths[i]).absolutePath()))
                       : names[i]);
    return labels;
}

} // namespace ts::app
