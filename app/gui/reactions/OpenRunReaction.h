#pragma once
#include "app/gui/reactions/Reaction.h"

namespace ts::app {

// File → Open Run… (or, with follow, File → Attach to Running Run…).
class OpenRunReaction : public Reaction {
    Q_OBJECT
public:
    OpenRunReaction(MainWindow& window, bool follow);
    void retranslate() override;

protected:
    void onTriggered() override;

private:
    bool follow_;
};

} // namespace ts::app
