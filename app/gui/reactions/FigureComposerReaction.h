#pragma once
#include "app/gui/reactions/Reaction.h"
#include "widgets/figure/FigureRenderer.h"

namespace ts::app {

// File → Compose Figure…: a figure of several panels for a paper (widgets/figure), from the
// open runs. The rendering comes from app/render (above this layer), installed by main().
class FigureComposerReaction : public Reaction {
    Q_OBJECT
public:
    explicit FigureComposerReaction(MainWindow& window);
    void retranslate() override;
    static void setRenderer(const widgets::FigureRenderer& renderer);

protected:
    void onTriggered() override;
};

} // namespace ts::app
