#include "app/gui/reactions/FigureComposerReaction.h"

#include "app/gui/MainWindow.h"
#include "app/gui/RunDocument.h"
#include "app/gui/RunRegistry.h"
#include "widgets/figure/FigureComposerDialog.h"

#include <QMessageBox>

namespace ts::app {

namespace {
widgets::FigureRenderer& installedRenderer()
{
    static widgets::FigureRenderer renderer;
    return renderer;
}
} // namespace

FigureComposerReaction::FigureComposerReaction(MainWindow& window) : Reaction(window, "actionComposeFigure")
{
    retranslate();
}

void FigureComposerReaction::setRenderer(const widgets::FigureRenderer& renderer) { installedRenderer() = renderer; }

void FigureComposerReaction::retranslate()
{
    action()->setText(tr("Compose &Figure…"));
    action()->setStatusTip(tr("A figure of several panels for a paper: page size, font, panel letters, shared axes"));
}

void FigureComposerReaction::onTriggered()
{
    if (!installedRenderer().valid()) {
        QMessageBox::warning(&window_, tr("Compose Figure"), tr("This build cannot draw figures."));
        return;
    }
    QStringList runs;
    for (auto* doc : window_.registry().documents())
        runs << doc->path();
    widgets::FigureComposerDialog dialog(runs, installedRenderer(), &window_);
    dialog.exec();
}

} // namespace ts::app
