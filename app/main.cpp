// trainscope: the desktop application, or a headless subcommand (`trainscope help`).
#include "app/cli/CliMain.h"
#include "app/gui/GuiMain.h"
#include "app/gui/reactions/FigureComposerReaction.h"
#include "app/render/FigureCommand.h"
#include "app/render/FigureRendering.h"
#include "app/render/HeadlessDemo.h"
#include "app/render/RenderCommand.h"

#include <cstring>

int main(int argc, char** argv)
{
    if (argc > 1) {
        if (!std::strcmp(argv[1], "render")) // needs Qt: like figure, a command the CLI library cannot run
            return ts::app::renderCommand(argc, argv);
        if (!std::strcmp(argv[1], "figure"))
            return ts::app::figureCommand(argc, argv);
        if (ts::cli::isCliCommand(argv[1]) || ts::cli::isUnknownCommand(argv[1]))
            return ts::cli::runCli(argc, argv);
    }
    ts::app::FigureComposerReaction::setRenderer(ts::app::figureRenderer()); // render builds on the GUI
    // Without a display the main job still produces something real: figures of the demo.
    return ts::app::hasDisplay() ? ts::app::runGui(argc, argv) : ts::app::runHeadless(argc, argv);
}
