#pragma once
// Runs that several tests (several test processes: ctest runs each test alone) only read:
// made once per build into TEST_FIXTURE_DIR and shared, instead of every test retraining the
// same demo. A lock file makes parallel ctest processes wait for the one that makes it; a
// fixture older than the binary whose code made it is made again, so a change to training
// never meets a stale fixture.
#include "tests/RunProcess.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <filesystem>
#include <functional>
#include <stdexcept>
#include <string>

namespace ts::test {

// name: a file or folder name in TEST_FIXTURE_DIR; maker: the binary or script that makes it
// (its code decides what the fixture holds); make(path) writes the fixture there or throws.
inline std::string sharedFixture(const std::string& name, const std::string& maker,
                                 const std::function<void(const std::string&)>& make)
{
    namespace fs = std::filesystem;
    const fs::path dir = TEST_FIXTURE_DIR;
    fs::create_directories(dir);
    const fs::path fixture = dir / name;
    const int lock = ::open((fixture.string() + ".lock").c_str(), O_CREAT | O_RDWR, 0644);
    if (lock < 0 || ::flock(lock, LOCK_EX) != 0)
        throw std::runtime_error("cannot lock " + fixture.string() + ".lock");
    struct Unlock {
        int fd;
        ~Unlock() { ::close(fd); } // closing releases the flock
    } unlock{lock};

    std::error_code ec;
    if (fs::exists(fixture) && fs::last_write_time(fixture, ec) >= fs::last_write_time(maker, ec))
        return fixture.string();
    const std::string partial = fixture.string() + ".partial";
    fs::remove_all(partial, ec);
    fs::remove_all(fixture, ec); // a stale file or folder: rename cannot replace a folder
    make(partial);
    fs::rename(partial, fixture); // whole or absent: a killed test leaves no half fixture
    return fixture.string();
}

// `trainscope train --demo NAME` with the demo's own settings.
inline std::string sharedDemoRun(const std::string& exe, const std::string& demo)
{
    return sharedFixture("demo-" + demo + ".h5", exe, [&](const std::string& path) {
        const auto r = runProcess(exe + " train --demo " + demo + " --quiet --out " + path);
        if (r.exitCode != 0)
            throw std::runtime_error("training the " + demo + " demo failed: " + r.err);
    });
}

} // namespace ts::test
