#pragma once
// Runs a command line through the shell and captures its exit code, stdout and stderr.
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>

#include "tests/TempDir.h"

namespace ts::test {

struct ProcessResult {
    int exitCode = -1;
    std::string out;
    std::string err;
};

inline std::string readFile(const std::string& path)
{
    std::ifstream in(path);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

inline ProcessResult runProcess(const std::string& commandLine)
{
    TempDir dir;
    const std::string out = dir.file("out"), err = dir.file("err");
    const int status = std::system((commandLine + " >" + out + " 2>" + err + " </dev/null").c_str());
    ProcessResult r;
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    r.out = readFile(out);
    r.err = readFile(err);
    return r;
}

} // namespace ts::test
