#pragma once
#include "app/gui/reactions/Reaction.h"

namespace ts::app {

// File → New Training Run…: the dialog, then a live training job.
class NewTrainingReaction : public Reaction {
    Q_OBJECT
public:
    explicit NewTrainingReaction(MainWindow& window);
    void retranslate() override;

protected:
    void onTriggered() override;
};

} // namespace ts::app
