#pragma once
#include "app/gui/reactions/Reaction.h"

namespace ts::app {

// Analysis → Grokking Dashboard…: events, verdict and progress measures of a run, computed
// on a worker thread; the dashboard opens as a tab.
class GrokkingReaction : public Reaction {
    Q_OBJECT
public:
    explicit GrokkingReaction(MainWindow& window);
    void retranslate() override;
    // Computes and shows the dashboard of an open run (the dialog-free entry point).
    void analyse(const QString& runPath);

protected:
    void onTriggered() override;
};

} // namespace ts::app
