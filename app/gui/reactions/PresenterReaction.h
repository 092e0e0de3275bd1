#pragma once
#include "app/gui/reactions/Reaction.h"

namespace ts::app {

// View → Presenter (F11): switches presenter mode on and off (see PresenterMode).
class PresenterReaction : public Reaction {
    Q_OBJECT
public:
    explicit PresenterReaction(MainWindow& window);
    void retranslate() override;

protected:
    void onTriggered() override;
};

} // namespace ts::app
