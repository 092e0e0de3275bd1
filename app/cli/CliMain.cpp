#include "app/cli/CliMain.h"

#include "app/cli/CommandLine.h"
#include "app/cli/Commands.h"
#include "app/cli/Processes.h"
#include "app/cli/Version.h"
#include "app/mpi/ProcessGroup.h"

#include "core/Error.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <exception>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace ts::cli {

namespace {

// Every subcommand once: its name, its entry point and its line in `trainscope help`.
// `render` and `figure` need the GUI libraries and are dispatched by main(); they are listed for
// the help text.
struct Command {
    const char* name;
    int (*run)(const std::vector<std::string>& args);
    const char* summary;
    bool distributed = false; // shares its work among the ranks of an mpirun job
};

const Command kCommands[] = {
    {"train", trainCommand, "train a model headless and write a run file (trainscope train --help)"},
    {"info", infoCommand, "summarise a run file (trainscope info RUN.h5 [--json])"},
    {"render", nullptr, "write a figure of runs without a window (trainscope render --help)"},
    {"figure", nullptr, "a paper figure of several panels from a JSON spec (trainscope figure --help)"},
    {"evaluate", evaluateCommand, "loss and accuracy of checkpoints (trainscope evaluate --help)"},
    {"interpolate", interpolateCommand, "curves between two checkpoints (trainscope interpolate --help)", true},
    {"sharpness", sharpnessCommand, "Hessian eigenvalues, trace, density (trainscope sharpness --help)", true},
    {"influence", influenceCommand,
     "training examples that support or oppose a test example (trainscope influence --help)"},
    {"grokking", grokkingCommand, "events, verdict and progress measures of a run"},
    {"tickets", ticketsCommand, "grokking tickets and their controls (trainscope tickets --help)"},
    {"sweep", sweepCommand, "one setting varied over several runs (trainscope sweep --help)"},
    {"pathways", pathwaysCommand, "expert-pathway metrics of a mixture-of-experts run"},
    {"import", importCommand,
     "a run from PyTorch checkpoints, a TorchScript model and data (trainscope import --help)"},
    {"landscape", landscapeCommand, "a loss surface or slice around a checkpoint (trainscope landscape --help)", true},
    {"merge", mergeCommand, "merge checkpoints of runs into a new run (trainscope merge --help)"},
};

bool isHelp(const std::string& word) { return word == "help" || word == "--help" || word == "-h"; }
bool isVersion(const std::string& word) { return word == "--version"; }

std::string usage()
{
    std::string text = "usage: trainscope [RUN.h5 ...] [--demo NAME]   the desktop application\n"
                       "       trainscope <command> [options]\n"
                       "       trainscope --version\n\ncommands:\n";
    for (const Command& c : kCommands) {
        std::string name = c.name;
        name.resize(std::max<std::size_t>(name.size() + 1, 13), ' ');
        text += "  " + name + c.summary + "\n";
    }
    text += "  help         this text\n";
    if (mpi::ProcessGroup::available())
        text += "\nlandscape, sharpness and interpolate share their work among the ranks of\n"
                "`mpirun -n N trainscope ...` (rank 0 writes the files and prints).\n";
    text += std::string("\ntrainscope ") + version() + "\n";
    return text;
}

} // namespace

bool isCliCommand(const char* name)
{
    if (isHelp(name) || isVersion(name))
        return true;
    for (const Command& c : kCommands)
        if (c.run && std::strcmp(c.name, name) == 0)
            return true;
    return false;
}

bool isUnknownCommand(const char* word)
{
    if (!*word || word[0] == '-' || std::strchr(word, '/') || std::strchr(word, '.') || isCliCommand(word))
        return false;
    std::error_code error;
    return !std::filesystem::exists(word, error);
}

namespace {

ts::mpi::ProcessGroup* g_processes = nullptr;

int dispatch(const std::string& command, const std::vector<std::string>& args)
{
    for (const Command& c : kCommands)
        if (c.run && command == c.name) {
            if (processes().distributed() && !c.distributed)
                throw UsageError("runs in one process; start it without mpirun (landscape, sharpness and "
                                 "interpolate share their work among MPI ranks)");
            return c.run(args);
        }
    std::fprintf(stderr, "trainscope: unknown command '%s'\n%s", command.c_str(), usage().c_str());
    return kExitUsage;
}

} // namespace

ts::mpi::ProcessGroup& processes()
{
    // Commands run only through runCli, which makes the group (and ends MPI after them).
    if (!g_processes)
        throw std::logic_error("a command ran outside runCli");
    return *g_processes;
}

int runCli(int argc, char** argv)
{
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || isHelp(args[0])) {
        std::fputs(usage().c_str(), args.empty() ? stderr : stdout);
        return args.empty() ? kExitUsage : kExitOk;
    }
    if (isVersion(args[0])) { // headless and quick: nothing loaded, no MPI started
        std::printf("trainscope %s\n", version());
        return kExitOk;
    }
    const std::string command = args[0];
    args.erase(args.begin());
    std::unique_ptr<ts::mpi::ProcessGroup> group;
    // Under mpirun every rank gets the same arguments, so a usage or configuration error is
    // printed once, by the root; other errors (a file one node lacks) name their rank.
    auto fail = [&](const char* what, int code, bool sameOnEveryRank = false) {
        if (group && group->distributed() && !group->isRoot()) {
            if (!sameOnEveryRank)
                std::fprintf(stderr, "trainscope %s (rank %d): %s\n", command.c_str(), group->rank(), what);
        } else {
            std::fprintf(stderr, "trainscope %s: %s\n", command.c_str(), what);
        }
        return code;
    };
    int code = kExitOk;
    try {
        group = std::make_unique<ts::mpi::ProcessGroup>();
        g_processes = group.get();
        code = dispatch(command, args);
    } catch (const ts::Cancelled&) {
        // Ctrl-C (app/cli/InterruptGuard.h) in a command whose outputs are all on stdout, or
        // complete files (a cancelled training's file says so in its status).
        std::fprintf(stderr, "trainscope %s: interrupted\n", command.c_str());
        code = kExitInterrupted;
    } catch (const ts::PeerStopped& e) {
        // Stopped by the root (or, on the root, by a rank that could not start): the root says why.
        if (group && group->isRoot() && *e.what())
            std::fprintf(stderr, "trainscope %s: %s\n", command.c_str(), e.what());
        code = e.cancelled() ? kExitInterrupted : kExitUsage;
    } catch (const UsageError& e) {
        code = fail(e.what(), kExitUsage, true);
    } catch (const ts::ConfigError& e) {
        code = fail(e.what(), kExitUsage, true);
    } catch (const ts::Error& e) { // ConfigError, FileError, ...
        code = fail(e.what(), kExitUsage);
    } catch (const std::exception& e) {
        code = fail((std::string("internal error: ") + e.what()).c_str(), kExitFailed);
    }
    g_processes = nullptr; // the group ends (MPI finalised) on return
    return code;
}

} // namespace ts::cli
