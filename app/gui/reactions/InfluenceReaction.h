#pragma once
#include "app/gui/reactions/Reaction.h"

namespace ts::app {

// Analysis → Influence…: which training examples support or oppose a prediction (TracIn over
// the checkpoints, or an influence function at one), or the self-influence of every training
// example, computed on a worker thread; results open as tabs.
class InfluenceReaction : public Reaction {
    Q_OBJECT
public:
    explicit InfluenceReaction(MainWindow& window);
    void retranslate() override;

protected:
    void onTriggered() override;
};

} // namespace ts::app
