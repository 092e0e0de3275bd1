#pragma once
#include "app/gui/reactions/Reaction.h"

#include "core/analysis/CheckpointInterpolation.h"

#include <QStringList>

namespace ts::app {

// Analysis → Interpolate Checkpoints…: the dialog, the computation on a worker thread with
// progress and cancel, then the result views as tabs. A run interpolated with itself whose
// group of seeds is open can be interpolated as the group (mean ± std band).
class InterpolateReaction : public Reaction {
    Q_OBJECT
public:
    explicit InterpolateReaction(MainWindow& window);
    void retranslate() override;

protected:
    void onTriggered() override;

private:
    void interpolateGroup(const ts::CheckpointInterpolationSpec& spec, const QStringList& runs);
};

} // namespace ts::app
