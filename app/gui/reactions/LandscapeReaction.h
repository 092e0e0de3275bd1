#pragma once
#include "app/gui/reactions/Reaction.h"

#include "core/landscape/LandscapeSpec.h"

namespace ts::app {

// Analysis → Loss Landscape…: a surface around a checkpoint of an open run, computed on a
// worker thread level by level (the panel opens with the first coarse level and fills in),
// saved next to the run as a surface file, partial on cancel; asking again for the same
// surface resumes the partial file where it stopped.
class LandscapeReaction : public Reaction {
    Q_OBJECT
public:
    explicit LandscapeReaction(MainWindow& window);
    void retranslate() override;
    void compute(const QString& run, const ts::LandscapeSpec& spec);
    // Where a landscape's surface is saved: next to the run, named by what it holds.
    static QString surfacePathFor(const QString& run, const ts::LandscapeSpec& spec);

protected:
    void onTriggered() override;
};

} // namespace ts::app
