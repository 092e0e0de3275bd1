#pragma once
#include "app/gui/reactions/Reaction.h"

namespace ts::app {

// Analysis → Merge Runs…: merges open runs of one architecture (weighted average, task
// arithmetic, TIES, DARE) into a new run file on a worker thread, then opens it like any run.
class MergeReaction : public Reaction {
    Q_OBJECT
public:
    explicit MergeReaction(MainWindow& window);
    void retranslate() override;

protected:
    void onTriggered() override;
};

} // namespace ts::app
