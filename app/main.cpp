// trainscope: the desktop application, or a headless subcommand (`trainscope help`).
#include "app/cli/CliMain.h"
#include "app/gui/GuiMain.h"
#include "app/render/RenderCommand.h"

#include <cstring>
#include <initializer_list>

int main(int argc, char** argv)
{
    if (argc > 1) {
        const char* command = argv[1];
        if (!std::strcmp(command, "render"))
            return ts::app::renderCommand(argc, argv);
        for (const char* c : {"train", "info", "interpolate", "evaluate", "sharpness", "grokking", "tickets", "sweep", "pathways", "import", "landscape", "help", "--help", "-h"})
            if (!std::strcmp(command, c))
                return ts::cli::runCli(argc, argv);
    }
    return ts::app::runGui(argc, argv);
}
