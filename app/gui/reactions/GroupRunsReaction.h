#pragma once
#include "app/gui/reactions/Reaction.h"

namespace ts::app {

// View → Group Checked Runs… (any runs, by hand, under a name) and View → Ungroup Runs: run
// groups drawn as one line with a band (CurvePresenter; seeds are grouped by the chart tool
// bar's Group seeds).
class GroupRunsReaction : public Reaction {
    Q_OBJECT
public:
    enum class Mode { Group, Ungroup };
    GroupRunsReaction(MainWindow& window, Mode mode);
    void retranslate() override;

protected:
    void onTriggered() override;

private:
    Mode mode_;
};

} // namespace ts::app
