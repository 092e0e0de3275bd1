#pragma once
namespace ts::cli {
// Whether `trainscope NAME ...` is one of the headless subcommands runCli() dispatches (or help).
bool isCliCommand(const char* name);
// A word meant as a subcommand but not one (`trainscope influnce`): it names no file and has
// neither a '/' nor a '.', so it is no run file either. runCli() answers it with the list of
// subcommands instead of the window's "no such file".
bool isUnknownCommand(const char* word);
// Dispatches `trainscope <subcommand> ...`; every error becomes one line on stderr and an
// exit code (see Commands.h), never an uncaught exception.
int runCli(int argc, char** argv);
} // namespace ts::cli
