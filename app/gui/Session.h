#pragma once
// A saved analysis session: open runs, what is plotted, view settings and window layout,
// as a versioned JSON file.
#include "app/gui/CurveGroups.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ts::app {

struct SessionRun {
    QString path;
    bool checked = true;
};

struct Session {
    static constexpr int kVersion = 1;
    QList<SessionRun> runs;
    QStringList metrics;
    bool logX = false;
    bool logY = false;
    double smoothing = 0.0;
    bool ignoreOutliers = false;
    QString theme = "light";
    GroupOptions groups; // seeds grouped, groups made by hand, centre and band
    QByteArray geometry;
    QByteArray windowState;

    bool save(const QString& path, QString* error) const;
    // Returns false with a message for unreadable, malformed or newer files.
    bool load(const QString& path, QString* error);
};

} // namespace ts::app
