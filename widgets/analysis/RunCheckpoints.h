#pragma once
// What analysis dialogs need to know of an open run: its file and checkpoint steps.
#include <QString>
#include <QVector>

namespace ts::widgets {

struct RunCheckpoints {
    QString path;
    QString name;
    QVector<qint64> steps;
};

} // namespace ts::widgets
