// trainscope_headless: the subcommands of `trainscope` without the desktop window or `render`,
// for the sanitizer build, which leaves Qt and VTK out (docs/reliability.md).
#include "app/cli/CliMain.h"

int main(int argc, char** argv) { return ts::cli::runCli(argc, argv); }
