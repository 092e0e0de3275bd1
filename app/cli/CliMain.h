#pragma once
namespace ts::cli {
// Whether `trainscope NAME ...` is one of the headless subcommands runCli() dispatches (or help).
bool isCliCommand(const char* name);
// Dispatches `trainscope <subcommand> ...`; every error becomes one line on stderr and an
// exit code (see Commands.h), never an uncaught exception.
int runCli(int argc, char** argv);
} // namespace ts::cli
