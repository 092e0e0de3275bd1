#pragma once
// Choosing one of the open runs by name: labels that tell runs with the same file name apart.
#include <QString>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace ts::app {

// One label per path, in order: the file name, or "name (folder)" where two runs share a
// file name, so that every label picks exactly one run.
QStringList runChoiceLabels(const QStringList& paths);

// Asks which run to use; returns its path, or an empty string when the user cancels. With one
// run there is nothing to ask: its path comes back without a dialog.
QString chooseRun(QWidget* parent, const QString& title, const QStringList& paths);

} // namespace ts::app
