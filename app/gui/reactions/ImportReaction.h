#pragma once
#include "app/gui/reactions/Reaction.h"
#include "widgets/importing/ImportDialog.h"

namespace ts::app {

// File → Import…: checkpoints trained elsewhere + a TorchScript model + data (+ TensorBoard
// logs) become a run file, written on a worker thread (nothing is left on failure or cancel)
// and then opened like any run.
class ImportReaction : public Reaction {
    Q_OBJECT
public:
    explicit ImportReaction(MainWindow& window);
    void retranslate() override;
    void import(const widgets::ImportRequest& request);

protected:
    void onTriggered() override;
};

} // namespace ts::app
