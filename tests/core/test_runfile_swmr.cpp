// SWMR behaviour of the run file across processes: a RunReader follows a run another
// process is writing, and a run whose writer is killed with SIGKILL still opens with every
// checkpoint it had announced. The writer is tests/tools/swmr_test_writer.cpp, whose path
// the build passes as SWMR_TEST_WRITER_PATH.
#include "core/Error.h"
#include "core/runfile/H5Handle.h"
#include "core/runfile/RunReader.h"

#include "tests/TempDir.h"

#include <gtest/gtest.h>
#include <hdf5.h>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <thread>
#include <vector>

extern char** environ;

// Set by the build to the swmr_test_writer executable; without it the tests fail, not skip.
#ifndef SWMR_TEST_WRITER_PATH
#define SWMR_TEST_WRITER_PATH ""
#endif

namespace fs = std::filesystem;
using namespace ts;
using ts::test::TempDir;
using Clock = std::chrono::steady_clock;

namespace {

// --- what swmr_test_writer writes (keep in sync with tests/tools/swmr_test_writer.cpp) ------
float paramValue(int64_t k, int param, int64_t i)
{
    return static_cast<float>(k) + 0.5f * static_cast<float>(param) + 0.25f * static_cast<float>(i % 64);
}
float routingValue(int64_t k, int64_t i) { return static_cast<float>(k) + 0.125f * static_cast<float>(i); }
float bufferValue(int64_t k, int64_t i) { return static_cast<float>(k) - 0.25f * static_cast<float>(i); }
int64_t stepOf(int64_t k) { return 10 * k; }
const std::vector<std::vector<int64_t>> kShapes = {{32, 48}, {7}};

// The writer process, its stdout as a pipe. Killed and reaped on destruction if still alive.
class Writer {
public:
    Writer(const std::string& path, int checkpoints, int sleepMs)
    {
        if (std::string(SWMR_TEST_WRITER_PATH).empty())
            throw std::runtime_error("the build did not define SWMR_TEST_WRITER_PATH");
        int fds[2];
        if (pipe(fds) != 0)
            throw std::runtime_error("pipe failed");
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
        posix_spawn_file_actions_addclose(&actions, fds[0]);
        posix_spawn_file_actions_addclose(&actions, fds[1]);
        const std::string exe = SWMR_TEST_WRITER_PATH;
        const std::string n = std::to_string(checkpoints), ms = std::to_string(sleepMs);
        std::vector<char*> argv = {const_cast<char*>(exe.c_str()), const_cast<char*>(path.c_str()),
                                   const_cast<char*>(n.c_str()), const_cast<char*>(ms.c_str()), nullptr};
        const int rc = posix_spawn(&pid_, exe.c_str(), &actions, nullptr, argv.data(), environ);
        posix_spawn_file_actions_destroy(&actions);
        close(fds[1]);
        out_ = fds[0];
        if (rc != 0) {
            pid_ = -1;
            throw std::runtime_error("cannot start " + exe + ": " + std::strerror(rc));
        }
    }
    ~Writer()
    {
        if (pid_ > 0) {
            kill(pid_, SIGKILL);
            waitpid(pid_, nullptr, 0);
        }
        if (out_ >= 0)
            close(out_);
    }

    // The next line the writer printed, waiting at most `timeout`; nullopt on timeout or EOF.
    std::optional<std::string> readLine(std::chrono::milliseconds timeout)
    {
        const auto deadline = Clock::now() + timeout;
        for (;;) {
            const std::size_t nl = buf_.find('\n');
            if (nl != std::string::npos) {
                std::string line = buf_.substr(0, nl);
                buf_.erase(0, nl + 1);
                return line;
            }
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
            if (left.count() <= 0)
                return std::nullopt;
            pollfd p{out_, POLLIN, 0};
            if (poll(&p, 1, static_cast<int>(left.count())) <= 0)
                continue;
            char chunk[256];
            const ssize_t got = read(out_, chunk, sizeof chunk);
            if (got <= 0)
                return std::nullopt; // EOF: the writer is gone
            buf_.append(chunk, static_cast<std::size_t>(got));
        }
    }

    // Lines available right now, without waiting.
    int drainLines()
    {
        int n = 0;
        while (readLine(std::chrono::milliseconds(0)))
            ++n;
        return n;
    }

    // True once the writer has exited (reaped; its exit status in `status`).
    bool exited(int& status)
    {
        if (pid_ <= 0)
            return true;
        const pid_t r = waitpid(pid_, &status, WNOHANG);
        if (r == pid_)
            pid_ = -1;
        return pid_ <= 0;
    }

    void killNow()
    {
        ASSERT_GT(pid_, 0);
        ASSERT_EQ(kill(pid_, SIGKILL), 0);
        int status = 0;
        ASSERT_EQ(waitpid(pid_, &status, 0), pid_);
        pid_ = -1;
        EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
    }

private:
    pid_t pid_ = -1;
    int out_ = -1;
    std::string buf_;
};

// Checks checkpoints [from, r.checkpointCount()) and the metric and routing rows: every
// row a reader can see must hold exactly what the writer wrote.
void verifyVisible(const RunReader& r, int64_t from = 0)
{
    const int64_t n = r.checkpointCount();
    const std::vector<int64_t> steps = r.checkpointSteps();
    ASSERT_EQ(static_cast<int64_t>(steps.size()), n);
    for (int64_t k = 0; k < n; ++k)
        ASSERT_EQ(steps[k], stepOf(k));
    for (int64_t k = from; k < n; ++k)
        for (std::size_t p = 0; p < kShapes.size(); ++p) {
            const std::vector<float> v = r.readParam(k, p);
            for (std::size_t i = 0; i < v.size(); ++i)
                ASSERT_EQ(v[i], paramValue(k, static_cast<int>(p), static_cast<int64_t>(i)))
                    << "checkpoint " << k << " param " << p << " element " << i;
        }
    // Format version 2: the buffers committed with each checkpoint.
    for (int64_t k = from; k < n; ++k) {
        const std::vector<HostArray> b = r.readBuffers(k);
        ASSERT_EQ(b.size(), 2u);
        for (int64_t i = 0; i < 7; ++i)
            ASSERT_EQ(b[0].data<float>()[i], bufferValue(k, i)) << "checkpoint " << k << " buffer element " << i;
        ASSERT_EQ(b[1].data<int64_t>()[0], 100 * k) << "checkpoint " << k << " counter";
    }
    const MetricSeries loss = r.readMetric("loss");
    ASSERT_EQ(loss.steps.size(), loss.values.size());
    for (std::size_t k = 0; k < loss.steps.size(); ++k) {
        ASSERT_EQ(loss.steps[k], stepOf(static_cast<int64_t>(k)));
        ASSERT_EQ(loss.values[k], 1.0 / static_cast<double>(k + 1));
    }
    const std::vector<int64_t> rsteps = r.routingSteps();
    for (std::size_t k = 0; k < rsteps.size(); ++k) {
        ASSERT_EQ(rsteps[k], stepOf(static_cast<int64_t>(k)));
        const HostArray a = r.readRouting(static_cast<int64_t>(k));
        for (int64_t i = 0; i < a.numel(); ++i)
            ASSERT_EQ(a.data<float>()[i], routingValue(static_cast<int64_t>(k), i));
    }
}

// The write order itself, seen through raw extents (what a reader that only looks at the
// step dataset relies on): no step row may exist before the rows it commits.
void expectDataNotBehindSteps(const std::string& path)
{
    h5::silenceErrors();
    h5::Handle f(H5Fopen(path.c_str(), H5F_ACC_RDONLY | H5F_ACC_SWMR_READ, H5P_DEFAULT), h5::Kind::File);
    ASSERT_TRUE(f.valid()) << h5::errorMessage();
    auto rows = [&](const char* name) {
        h5::Handle ds(H5Dopen2(f.get(), name, H5P_DEFAULT), h5::Kind::Dataset);
        h5::Handle space(H5Dget_space(ds.get()), h5::Kind::Dataspace);
        hsize_t dims[4] = {0, 0, 0, 0};
        EXPECT_GE(H5Sget_simple_extent_dims(space.get(), dims, nullptr), 1) << name;
        return static_cast<int64_t>(dims[0]);
    };
    const int64_t steps = rows("/checkpoints/step");
    EXPECT_GE(rows("/checkpoints/params/layers.0.w"), steps);
    EXPECT_GE(rows("/checkpoints/params/layers.0.b"), steps);
    EXPECT_GE(rows("/checkpoints/buffers/bn.running_mean"), steps);
    EXPECT_GE(rows("/checkpoints/buffers/bn.num_batches_tracked"), steps);
    EXPECT_GE(rows("/metrics/loss/value"), rows("/metrics/loss/step"));
    EXPECT_GE(rows("/routing/weights"), rows("/routing/step"));
}

void checkSchema(const RunReader& r)
{
    ASSERT_EQ(r.params().size(), kShapes.size());
    for (std::size_t p = 0; p < kShapes.size(); ++p)
        EXPECT_EQ(r.params()[p].shape, kShapes[p]);
    EXPECT_EQ(r.configValue("task"), "swmr_test");
    EXPECT_EQ(r.formatVersion(), 2);
    ASSERT_TRUE(r.storesBuffers());
    ASSERT_EQ(r.buffers().size(), 2u);
    EXPECT_EQ(r.buffers()[0].name, "bn.running_mean");
    EXPECT_EQ(r.buffers()[1].dtype, DType::Int64);
    EXPECT_TRUE(r.buffers()[1].shape.empty());
    EXPECT_TRUE(r.hasRouting());
}

} // namespace

TEST(RunFileSwmr, ReaderFollowsARunBeingWritten)
{
    TempDir dir;
    const std::string path = dir.file("live.h5");
    constexpr int kTotal = 30;
    Writer w(path, kTotal, 50);
    ASSERT_EQ(w.readLine(std::chrono::seconds(30)), std::optional<std::string>("checkpoint 0"));

    RunReader r(path);
    checkSchema(r);
    EXPECT_EQ(r.status(), RunStatus::Running);
    int announced = 1; // "checkpoint k" lines read so far
    int64_t count = r.checkpointCount(), verified = 0;
    std::set<int64_t> seenCounts{count};
    int exitStatus = 0;
    const auto deadline = Clock::now() + std::chrono::seconds(60);
    while (!w.exited(exitStatus)) {
        ASSERT_LT(Clock::now(), deadline) << "writer did not finish";
        // Lines read before refresh() are checkpoints the writer has flushed: they must show.
        announced += w.drainLines();
        r.refresh();
        const int64_t now = r.checkpointCount();
        ASSERT_GE(now, count) << "checkpoint count went backwards";
        ASSERT_GE(now, announced) << "a flushed checkpoint is not visible after refresh()";
        count = now;
        seenCounts.insert(count);
        verifyVisible(r, verified);
        verified = count;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    ASSERT_TRUE(WIFEXITED(exitStatus) && WEXITSTATUS(exitStatus) == 0) << "writer failed";
    EXPECT_GE(seenCounts.size(), 5u) << "the reader should have watched the run grow";

    r.refresh();
    EXPECT_EQ(r.checkpointCount(), kTotal);
    EXPECT_EQ(r.readMetric("loss").steps.size(), static_cast<std::size_t>(kTotal));
    EXPECT_EQ(r.routingSteps().size(), static_cast<std::size_t>(kTotal));
    verifyVisible(r);
    EXPECT_EQ(r.status(), RunStatus::Finished);
    EXPECT_EQ(r.statusMessage(), "done");

    // A fresh reader of the closed file agrees.
    RunReader again(path);
    EXPECT_EQ(again.checkpointCount(), kTotal);
    EXPECT_EQ(again.status(), RunStatus::Finished);
}

TEST(RunFileSwmr, RunSurvivesKillNine)
{
    TempDir dir;
    const std::string path = dir.file("killed.h5");
    Writer w(path, 100000, 100);
    constexpr int kLines = 5;
    for (int k = 0; k < kLines; ++k)
        ASSERT_EQ(w.readLine(std::chrono::seconds(30)), std::optional<std::string>("checkpoint " + std::to_string(k)));
    w.killNow();

    expectDataNotBehindSteps(path);
    RunReader r(path);
    checkSchema(r);
    EXPECT_GE(r.checkpointCount(), kLines);
    EXPECT_LE(r.checkpointCount(), kLines + 1);
    EXPECT_GE(r.readMetric("loss").steps.size(), static_cast<std::size_t>(kLines));
    verifyVisible(r);
    EXPECT_EQ(r.status(), RunStatus::Running);
}

// SIGKILL at arbitrary moments of a writer that never pauses: most kills land inside an
// append. Whatever the moment, the file opens and every visible row is complete.
TEST(RunFileSwmr, KillDuringWritesLeavesConsistentFiles)
{
    TempDir dir;
    for (int round = 0; round < 20; ++round) {
        SCOPED_TRACE("round " + std::to_string(round));
        const std::string path = dir.file("killed" + std::to_string(round) + ".h5");
        Writer w(path, 1000000, 0);
        const int lines = 1 + (round * 7) % 40;
        for (int k = 0; k < lines; ++k)
            ASSERT_TRUE(w.readLine(std::chrono::seconds(30))) << "writer stopped early";
        w.killNow();

        expectDataNotBehindSteps(path);
        RunReader r(path);
        checkSchema(r);
        EXPECT_GE(r.checkpointCount(), lines);
        verifyVisible(r);
        EXPECT_EQ(r.status(), RunStatus::Running);
    }
}

// The kill -9 trials of docs/reliability.md: kill points drawn at random (how many
// checkpoints to let the writer announce, then a delay of up to 3 ms so the kill lands
// anywhere inside the following appends). Every checkpoint announced before the kill,
// including lines still in the pipe, was flushed and must be there, intact.
// TS_KILL_TRIALS (default 20) and TS_KILL_SEED (default: random, printed) repeat a run.
TEST(RunFileSwmr, RandomKillPointsLoseNothingFlushed)
{
    const char* trialsEnv = std::getenv("TS_KILL_TRIALS");
    const char* seedEnv = std::getenv("TS_KILL_SEED");
    const int trials = trialsEnv ? std::atoi(trialsEnv) : 20;
    const unsigned seed = seedEnv ? unsigned(std::strtoul(seedEnv, nullptr, 10)) : std::random_device{}();
    std::printf("kill -9 trials: %d, seed %u (TS_KILL_SEED repeats them)\n", trials, seed);
    std::printf("| trial | announced before kill | delay (us) | checkpoints in file | all intact |\n");
    std::printf("|---|---|---|---|---|\n");
    std::mt19937 rng(seed);
    std::uniform_int_distribution<int> linesDist(1, 60), delayDist(0, 3000);
    TempDir dir;
    for (int t = 0; t < trials; ++t) {
        SCOPED_TRACE("trial " + std::to_string(t) + ", seed " + std::to_string(seed));
        const int lines = linesDist(rng), delayUs = delayDist(rng);
        const std::string path = dir.file("trial" + std::to_string(t) + ".h5");
        int announced = 0;
        {
            Writer w(path, 1000000, 0);
            for (; announced < lines; ++announced)
                ASSERT_TRUE(w.readLine(std::chrono::seconds(30))) << "writer stopped early";
            std::this_thread::sleep_for(std::chrono::microseconds(delayUs));
            w.killNow();
            // Lines it printed before it died, still in the pipe (read to EOF): flushed too.
            while (w.readLine(std::chrono::seconds(5)))
                ++announced;
        }
        expectDataNotBehindSteps(path);
        RunReader r(path);
        checkSchema(r);
        const int64_t n = r.checkpointCount();
        EXPECT_GE(n, announced) << "a flushed checkpoint was lost";
        // At most the checkpoint being announced when the kill came can be there unannounced.
        EXPECT_LE(n, announced + 1);
        verifyVisible(r);
        std::printf("| %d | %d | %d | %lld | %s |\n", t + 1, announced, delayUs, static_cast<long long>(n),
                    !::testing::Test::HasFailure() ? "yes" : "NO");
        std::error_code ec;
        fs::remove(path, ec);
    }
}
