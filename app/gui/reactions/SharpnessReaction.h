#pragma once
#include "app/gui/reactions/Reaction.h"

namespace ts::app {

// Analysis → Sharpness…: Hessian eigenvalues (and trace, density, per layer) at a checkpoint
// or over training, computed on a worker thread; results open as tabs.
class SharpnessReaction : public Reaction {
    Q_OBJECT
public:
    explicit SharpnessReaction(MainWindow& window);
    void retranslate() override;

protected:
    void onTriggered() override;
};

} // namespace ts::app
