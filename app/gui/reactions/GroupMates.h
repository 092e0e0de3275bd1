#pragma once
// A run's group of seeds among the open runs: the runs whose configurations equal its own but
// for the seed (core/stats/RunGrouping.h).
#include <QStringList>

namespace ts::app {

class RunRegistry;

// The paths of the group `runPath` belongs to, itself included, in the registry's order; just
// runPath when no open run shares its configuration (or it is not open).
QStringList groupMates(const RunRegistry& registry, const QString& runPath);

} // namespace ts::app
