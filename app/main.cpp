// trainscope: entry point. Subcommands run headless (see `trainscope help`).
#include "app/cli/CliMain.h"

int main(int argc, char** argv) { return ts::cli::runCli(argc, argv); }
