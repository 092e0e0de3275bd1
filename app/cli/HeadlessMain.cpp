// trainscope in the compute build (TRAINSCOPE_GUI=OFF, preset "headless"): every subcommand
// but `render`, and no desktop window — no Qt, VTK or X, for cluster and GPU nodes.
#include "app/cli/CliMain.h"

#include <cstdio>
#include <cstring>

int main(int argc, char** argv)
{
    if (argc > 1 && (!std::strcmp(argv[1], "render") || !std::strcmp(argv[1], "figure"))) {
        std::fprintf(stderr,
                     "trainscope %s: not in this build. This trainscope is the compute build "
                     "(TRAINSCOPE_GUI=OFF: no Qt, no VTK); render the files it writes with the desktop build.\n",
                     argv[1]);
        return 2;
    }
    if (argc > 1 && !ts::cli::isCliCommand(argv[1]) && !ts::cli::isUnknownCommand(argv[1]) && argv[1][0] != '-') {
        std::fprintf(stderr,
                     "trainscope: '%s' is not a subcommand, and this compute build (TRAINSCOPE_GUI=OFF) "
                     "has no desktop window to open run files in; see `trainscope help`\n",
                     argv[1]);
        return 2;
    }
    return ts::cli::runCli(argc, argv);
}
