#pragma once
#include "app/gui/reactions/Reaction.h"

namespace ts::app {

// File → Save Session… / Open Session…
class SessionReaction : public Reaction {
    Q_OBJECT
public:
    enum class Mode { Save, Open };
    SessionReaction(MainWindow& window, Mode mode);
    void retranslate() override;

protected:
    void onTriggered() override;

private:
    Mode mode_;
};

} // namespace ts::app
