#pragma once
// File → Recent Runs: the last opened run files, kept in QSettings; missing files are
// pruned whenever the menu is rebuilt.
#include <QObject>
#include <QStringList>

class QMenu;

namespace ts::app {

class MainWindow;

class RecentRuns : public QObject {
    Q_OBJECT
public:
    RecentRuns(MainWindow& window, QMenu* menu);
    void add(const QString& path);
    QStringList paths() const; // existing files only, most recent first
    void rebuildMenu();

private:
    MainWindow& window_;
    QMenu* menu_;
};

} // namespace ts::app
