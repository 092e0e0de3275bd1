#pragma once
// What the run browser shows of one open run (plain data, filled by the application).
#include <QString>
#include <QStringList>

namespace ts::widgets {

struct RunSummary {
    QString id;          // unique per open run (the absolute path)
    QString name;        // file name
    QString task;
    QString model;
    qint64 parameters = 0;
    qint64 lastStep = -1;
    qint64 checkpoints = 0;
    QStringList metrics;
    QString status;      // running, finished, ...
    QString events;      // e.g. detected transitions, later issues
    QString warning;     // why analyses of this run are approximate; empty when they are exact
};

} // namespace ts::widgets
