#pragma once
#include "app/gui/reactions/Reaction.h"

namespace ts::app {

// Edit → Preferences…: language and theme, kept in QSettings and applied at once.
class PreferencesReaction : public Reaction {
    Q_OBJECT
public:
    explicit PreferencesReaction(MainWindow& window);
    void retranslate() override;

protected:
    void onTriggered() override;
};

} // namespace ts::app
