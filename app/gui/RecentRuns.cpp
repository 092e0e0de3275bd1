#include "app/gui/RecentRuns.h"

#include "app/gui/MainWindow.h"

#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace ts::app {

namespace {
constexpr int kMaxRecent = 10;
const char* kKey = "recentRuns";
} // namespace

RecentRuns::RecentRuns(MainWindow& window, QMenu* menu) : QObject(&window), window_(window), menu_(menu)
{
    connect(menu_, &QMenu::aboutToShow, this, &RecentRuns::rebuildMenu);
    rebuildMenu();
}

QStringList RecentRuns::paths() const
{
    QStringList out;
    for (const auto& p : QSettings().value(kKey).toStringList())
        if (QFileInfo::exists(p))
            out << p;
    return out;
}

void RecentRuns::add(const QString& path)
{
    QStringList list = paths();
    const QString abs = QFileInfo(path).absoluteFilePath();
    list.removeAll(abs);
    list.prepend(abs);
    while (list.size() > kMaxRecent)
        list.removeLast();
    QSettings().setValue(kKey, list);
}

void RecentRuns::rebuildMenu()
{
    const QStringList list = paths();
    QSettings().setValue(kKey, list); // prune missing files
    menu_->clear();
    for (const auto& p : list)
        menu_->addAction(QFileInfo(p).fileName(), this, [this, p] { window_.openRuns({p}); })->setToolTip(p);
    menu_->setEnabled(!list.isEmpty());
}

} // namespace ts::app
