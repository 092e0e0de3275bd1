#include "app/cli/CliMain.h"

#include "app/cli/CommandLine.h"
#include "app/cli/Commands.h"

#include "core/Error.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <exception>
#include <string>
#include <vector>

namespace ts::cli {

namespace {

// Every subcommand once: its name, its entry point and its line in `trainscope help`.
// `render` needs the GUI libraries and is dispatched by main(); it is listed for the help text.
struct Command {
    const char* name;
    int (*run)(const std::vector<std::string>& args);
    const char* summary;
};

const Command kCommands[] = {
    {"train", trainCommand, "train a model headless and write a run file (trainscope train --help)"},
    {"info", infoCommand, "summarise a run file (trainscope info RUN.h5 [--json])"},
    {"render", nullptr, "write a figure of runs without a window (trainscope render --help)"},
    {"evaluate", evaluateCommand, "loss and accuracy of checkpoints (trainscope evaluate --help)"},
    {"interpolate", interpolateCommand, "curves between two checkpoints (trainscope interpolate --help)"},
    {"sharpness", sharpnessCommand, "Hessian eigenvalues, trace, density (trainscope sharpness --help)"},
    {"grokking", grokkingCommand, "events, verdict and progress measures of a run"},
    {"tickets", ticketsCommand, "grokking tickets and their controls (trainscope tickets --help)"},
    {"sweep", sweepCommand, "one setting varied over several runs (trainscope sweep --help)"},
    {"pathways", pathwaysCommand, "expert-pathway metrics of a mixture-of-experts run"},
    {"import", importCommand, "a run from PyTorch checkpoints, a TorchScript model and data (trainscope import --help)"},
    {"landscape", landscapeCommand, "a loss surface or slice around a checkpoint (trainscope landscape --help)"},
};

bool isHelp(const std::string& word) { return word == "help" || word == "--help" || word == "-h"; }

std::string usage()
{
    std::string text = "usage: trainscope [RUN.h5 ...] [--demo NAME]   the desktop application\n"
                       "       trainscope <command> [options]\n\ncommands:\n";
    for (const Command& c : kCommands) {
        std::string name = c.name;
        name.resize(std::max<std::size_t>(name.size() + 1, 13), ' ');
        text += "  " + name + c.summary + "\n";
    }
    return text + "  help         this text\n";
}

} // namespace

bool isCliCommand(const char* name)
{
    if (isHelp(name))
        return true;
    for (const Command& c : kCommands)
        if (c.run && std::strcmp(c.name, name) == 0)
            return true;
    return false;
}

int runCli(int argc, char** argv)
{
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || isHelp(args[0])) {
        std::fputs(usage().c_str(), args.empty() ? stderr : stdout);
        return args.empty() ? kExitUsage : kExitOk;
    }
    const std::string command = args[0];
    args.erase(args.begin());
    try {
        for (const Command& c : kCommands)
            if (c.run && command == c.name)
                return c.run(args);
        std::fprintf(stderr, "trainscope: unknown command '%s'\n%s", command.c_str(), usage().c_str());
        return kExitUsage;
    } catch (const ts::Cancelled&) {
        // Ctrl-C (app/cli/InterruptGuard.h) in a command whose outputs are all on stdout, or
        // complete files (a cancelled training's file says so in its status).
        std::fprintf(stderr, "trainscope %s: interrupted\n", command.c_str());
        return kExitInterrupted;
    } catch (const UsageError& e) {
        std::fprintf(stderr, "trainscope %s: %s\n", command.c_str(), e.what());
        return kExitUsage;
    } catch (const ts::Error& e) { // ConfigError, FileError, ...
        std::fprintf(stderr, "trainscope %s: %s\n", command.c_str(), e.what());
        return kExitUsage;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "trainscope %s: internal error: %s\n", command.c_str(), e.what());
        return kExitFailed;
    }
}

} // namespace ts::cli
