#pragma once
// The CLI's subcommands. Each takes the arguments after its name and returns an exit code:
// 0 success, 2 bad usage, bad value or unreadable file, 3 training failed (non-finite
// loss), 130 interrupted.
#include <string>
#include <vector>

namespace ts {
class Settings;
}

namespace ts::cli {

class CommandLine;

constexpr int kExitOk = 0;
constexpr int kExitUsage = 2;
constexpr int kExitFailed = 3;
constexpr int kExitInterrupted = 130;

int trainCommand(const std::vector<std::string>& args);
int infoCommand(const std::vector<std::string>& args);
int interpolateCommand(const std::vector<std::string>& args);
int evaluateCommand(const std::vector<std::string>& args);
int sharpnessCommand(const std::vector<std::string>& args);
int influenceCommand(const std::vector<std::string>& args);
int grokkingCommand(const std::vector<std::string>& args);
int ticketsCommand(const std::vector<std::string>& args);
int sweepCommand(const std::vector<std::string>& args);
int pathwaysCommand(const std::vector<std::string>& args);
int importCommand(const std::vector<std::string>& args);
int landscapeCommand(const std::vector<std::string>& args);
int mergeCommand(const std::vector<std::string>& args);
// `train --demo skip-connections` (two runs and their landscapes): the parsed training
// settings and the command line for --out PREFIX, --grid, --range, --surface-subset, --json.
int skipConnectionsDemo(const Settings& training, const CommandLine& cl);

// Prints the summary `trainscope info` shows; shared with `train`, which ends with it.
void printRunSummary(const std::string& path, bool json);

} // namespace ts::cli
