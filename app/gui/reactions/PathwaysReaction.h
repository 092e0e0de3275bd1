#pragma once
#include "app/gui/reactions/Reaction.h"

namespace ts::app {

// Analysis → Expert Pathways…: the pathway graph, metrics and distance matrix of a
// mixture-of-experts run, computed on a worker thread; the dashboard opens as a tab.
class PathwaysReaction : public Reaction {
    Q_OBJECT
public:
    explicit PathwaysReaction(MainWindow& window);
    void retranslate() override;
    void analyse(const QString& runPath);

protected:
    void onTriggered() override;
};

} // namespace ts::app
