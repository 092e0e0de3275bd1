#include "app/gui/reactions/GroupMates.h"

#include "app/gui/CurveGroups.h"
#include "app/gui/RunDocument.h"
#include "app/gui/RunRegistry.h"

namespace ts::app {

QStringList groupMates(const RunRegistry& registry, const QString& runPath)
{
    GroupOptions seeds;
    seeds.bySeed = true;
    for (const auto& group : groupShownRuns(registry.documents(), seeds)) {
        QStringList paths;
        for (auto* member : group.members)
            paths << member->path();
        if (paths.contains(runPath))
            return paths;
    }
    return {runPath};
}

} // namespace ts::app
