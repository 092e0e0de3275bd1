#include "app/gui/reactions/GroupMates.h"

#include "app/gui/RunDocument.h"
#include "app/gui/RunRegistry.h"

#include "core/runfile/RunReader.h"
#include "core/stats/RunGrouping.h"

namespace ts::app {

QStringList groupMates(const RunRegistry& registry, const QString& runPath)
{
    std::vector<RunDocument*> docs;
    std::vector<ts::ConfigEntries> configs;
    for (auto* doc : registry.documents())
        if (doc->reader()) {
            docs.push_back(doc);
            configs.push_back(doc->reader()->config());
        }
    for (const auto& group : ts::groupRuns(configs)) {
        QStringList paths;
        for (auto m : group.members)
            paths << docs[m]->path();
        if (paths.contains(runPath))
            return paths;
    }
    return {runPath};
}

} // namespace ts::app
