#pragma once
#include "app/gui/reactions/Reaction.h"

namespace ts::app {

// Analysis → Sweep…: a demo trained once per value of one setting, in the background; the
// runs open and the t50/t90 chart opens as a tab.
class SweepReaction : public Reaction {
    Q_OBJECT
public:
    explicit SweepReaction(MainWindow& window);
    void retranslate() override;

protected:
    void onTriggered() override;
};

} // namespace ts::app
