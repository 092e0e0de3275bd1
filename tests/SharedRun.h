#pragma once
// Demo runs that several tests only read: trained once per trainscope binary into the build
// tree (TEST_FIXTURE_DIR) and shared, instead of every test retraining the same demo. A lock
// file makes parallel ctest processes wait for the one that trains; a run older than the
// binary is trained again, so a change to training never meets a stale fixture.
#include "tests/RunProcess.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <filesystem>
#include <stdexcept>
#include <string>

namespace ts::test {

inline std::string sharedDemoRun(const std::string& exe, const std::string& demo)
{
    namespace fs = std::filesystem;
    const fs::path dir = TEST_FIXTURE_DIR;
    fs::create_directories(dir);
    const fs::path run = dir / ("demo-" + demo + ".h5");
    const int lock = ::open((run.string() + ".lock").c_str(), O_CREAT | O_RDWR, 0644);
    if (lock < 0 || ::flock(lock, LOCK_EX) != 0)
        throw std::runtime_error("cannot lock " + run.string() + ".lock");
    struct Unlock {
        int fd;
        ~Unlock() { ::close(fd); } // closing releases the flock
    } unlock{lock};

    std::error_code ec;
    if (fs::exists(run) && fs::last_write_time(run, ec) >= fs::last_write_time(exe, ec))
        return run.string();
    const std::string partial = run.string() + ".partial";
    fs::remove(partial, ec);
    const auto r = runProcess(exe + " train --demo " + demo + " --quiet --out " + partial);
    if (r.exitCode != 0)
        throw std::runtime_error("training the " + demo + " demo failed: " + r.err);
    fs::rename(partial, run); // whole or absent: a killed test run leaves no half fixture
    return run.string();
}

} // namespace ts::test
