#pragma once
#include "app/gui/reactions/Reaction.h"

namespace ts::app {

// Analysis → Grokking Tickets…: prune, rewind and retrain (with controls) on a worker
// thread; the new runs open overlaid on the dense one.
class TicketsReaction : public Reaction {
    Q_OBJECT
public:
    explicit TicketsReaction(MainWindow& window);
    void retranslate() override;

protected:
    void onTriggered() override;
};

} // namespace ts::app
