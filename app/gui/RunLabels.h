#pragma once
// Names for runs shown together (legends, choosers): the file name, or "name (folder)" where
// two runs share it, so that every label names exactly one run.
#include <QStringList>

namespace ts::app {

// One label per path, in order; withSuffix: "run.h5" rather than "run".
QStringList runLabels(const QStringList& paths, bool withSuffix);

} // namespace ts::app
