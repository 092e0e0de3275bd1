#include "app/cli/CliMain.h"

#include "app/cli/CommandLine.h"
#include "app/cli/Commands.h"

#include "core/Error.h"

#include <cstdio>
#include <exception>
#include <string>
#include <vector>

namespace ts::cli {

namespace {
const char* kUsage =
    "usage: trainscope [RUN.h5 ...] [--demo NAME]   the desktop application\n"
    "       trainscope <command> [options]\n"
    "\n"
    "commands:\n"
    "  train   train a model headless and write a run file (trainscope train --help)\n"
    "  info    summarise a run file (trainscope info RUN.h5 [--json])\n"
    "  render  write a figure of runs without a window (trainscope render --help)\n"
    "  evaluate     loss and accuracy of checkpoints (trainscope evaluate --help)\n"
    "  interpolate  curves between two checkpoints (trainscope interpolate --help)\n"
    "  sharpness    Hessian eigenvalues, trace, density (trainscope sharpness --help)\n"
    "  grokking     events, verdict and progress measures of a run\n"
    "  tickets      grokking tickets and their controls (trainscope tickets --help)\n"
    "  sweep        one setting varied over several runs (trainscope sweep --help)\n"
    "  pathways     expert-pathway metrics of a mixture-of-experts run\n"
    "  import       a run from PyTorch checkpoints, a TorchScript model and data (trainscope import --help)\n"
    "  landscape    a loss surface or slice around a checkpoint (trainscope landscape --help)\n"
    "  help    this text\n";
}

int runCli(int argc, char** argv)
{
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "help" || args[0] == "--help" || args[0] == "-h") {
        std::fputs(kUsage, args.empty() ? stderr : stdout);
        return args.empty() ? kExitUsage : kExitOk;
    }
    const std::string command = args[0];
    args.erase(args.begin());
    try {
        if (command == "train")
            return trainCommand(args);
        if (command == "info")
            return infoCommand(args);
        if (command == "interpolate")
            return interpolateCommand(args);
        if (command == "evaluate")
            return evaluateCommand(args);
        if (command == "sharpness")
            return sharpnessCommand(args);
        if (command == "grokking")
            return grokkingCommand(args);
        if (command == "tickets")
            return ticketsCommand(args);
        if (command == "sweep")
            return sweepCommand(args);
        if (command == "pathways")
            return pathwaysCommand(args);
        if (command == "import")
            return importCommand(args);
        if (command == "landscape")
            return landscapeCommand(args);
        std::fprintf(stderr, "trainscope: unknown command '%s'\n%s", command.c_str(), kUsage);
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
