#pragma once
namespace ts::cli {
// Dispatches `trainscope <subcommand> ...`; every error becomes one line on stderr and an
// exit code (see Commands.h), never an uncaught exception.
int runCli(int argc, char** argv);
} // namespace ts::cli
