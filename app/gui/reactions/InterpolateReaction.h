#pragma once
#include "app/gui/reactions/Reaction.h"

namespace ts::app {

// Analysis → Interpolate Checkpoints…: the dialog, the computation on a worker thread with
// progress and cancel, then the result views as tabs.
class InterpolateReaction : public Reaction {
    Q_OBJECT
public:
    explicit InterpolateReaction(MainWindow& window);
    void retranslate() override;

protected:
    void onTriggered() override;
};

} // namespace ts::app
