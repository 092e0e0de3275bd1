#include "app/mpi/MpiTasks.h"

#include "core/Feedback.h"

#include <mpi.h>

#include <chrono>
#include <cstring>
#include <deque>
#include <exception>
#include <thread>
#include <vector>

namespace ts::mpi {

namespace {

// Messages: root → rank: a task (index + input) or stop (reason); rank → root: a result
// (index + output), an error (text), or the acknowledgement of a stop.
enum Tag : int { kTask = 1, kStop = 2, kResult = 3, kFailure = 4, kStopped = 5 };
enum StopReason : int64_t { kDone = 0, kCancelled = 1, kFailed = 2 };
constexpr int kQueueDepth = 2; // tasks a rank holds: one running, one waiting

std::string withIndex(int64_t index, const std::string& body)
{
    std::string message(sizeof index, '\0');
    std::memcpy(message.data(), &index, sizeof index);
    return message + body;
}

int64_t indexOf(const std::string& message)
{
    int64_t index = -1;
    if (message.size() >= sizeof index)
        std::memcpy(&index, message.data(), sizeof index);
    return index;
}

void send(const std::string& message, int to, int tag)
{
    MPI_Send(message.data(), int(message.size()), MPI_BYTE, to, tag, MPI_COMM_WORLD);
}

// A message known to be there (MPI_Probe/Iprobe), received whole.
std::string receive(const MPI_Status& probed)
{
    int bytes = 0;
    MPI_Get_count(&probed, MPI_BYTE, &bytes);
    std::string message(std::size_t(bytes), '\0');
    MPI_Recv(message.data(), bytes, MPI_BYTE, probed.MPI_SOURCE, probed.MPI_TAG, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
    return message;
}

std::string describeException(std::exception_ptr e)
{
    try {
        std::rethrow_exception(e);
    } catch (const Cancelled&) {
        return "interrupted";
    } catch (const std::exception& x) {
        return x.what();
    } catch (...) {
        return "unknown error";
    }
}

} // namespace

MpiTasks::MpiTasks()
{
    MPI_Comm_rank(MPI_COMM_WORLD, &rank_);
    MPI_Comm_size(MPI_COMM_WORLD, &size_);
}

void MpiTasks::run(const DistributedTasks& tasks, Feedback* feedback)
{
    if (rank_ == 0)
        runRoot(tasks, feedback);
    else
        runWorker(tasks);
}

void MpiTasks::runRoot(const DistributedTasks& tasks, Feedback* feedback)
{
    int64_t next = 0, delivered = 0;
    std::vector<int> held(std::size_t(size_), 0);
    auto stopAll = [&](StopReason reason) {
        // Small messages go out eagerly: a rank that died does not block the root here.
        const std::string message = withIndex(reason, {});
        for (int r = 1; r < size_; ++r) {
            MPI_Request request;
            MPI_Isend(message.data(), int(message.size()), MPI_BYTE, r, kStop, MPI_COMM_WORLD, &request);
            MPI_Request_free(&request);
        }
    };
    // A second, queued task only while there is enough work left for every rank: a short
    // list (4 checkpoints on 4 ranks) goes out one each instead of two to the first ranks.
    auto handOut = [&](int r, int depth) {
        while (next < tasks.count && held[std::size_t(r)] < depth &&
               (held[std::size_t(r)] == 0 || tasks.count - next >= size_)) {
            send(withIndex(next, tasks.describe(next)), r, kTask);
            ++next;
            ++held[std::size_t(r)];
        }
    };
    try {
        for (int depth = 1; depth <= kQueueDepth; ++depth) // round robin: one each first
            for (int r = 1; r < size_; ++r)
                handOut(r, depth);
        // Results are collected between the root's own tasks; the queue of two keeps the
        // other ranks busy while the root computes.
        auto collect = [&] {
            int arrived = 1;
            while (true) {
                MPI_Status status;
                MPI_Iprobe(MPI_ANY_SOURCE, MPI_ANY_TAG, MPI_COMM_WORLD, &arrived, &status);
                if (!arrived)
                    return;
                const std::string message = receive(status);
                const int r = status.MPI_SOURCE;
                if (status.MPI_TAG == kFailure)
                    throw Error("rank " + std::to_string(r) + " failed: " + message);
                --held[std::size_t(r)];
                tasks.deliver(indexOf(message), message.substr(sizeof(int64_t)));
                ++delivered;
                handOut(r, kQueueDepth);
            }
        };
        while (delivered < tasks.count) {
            if (feedback)
                feedback->throwIfCancelled();
            collect();
            if (next < tasks.count) {
                const int64_t i = next++;
                tasks.deliver(i, tasks.compute(i, tasks.describe(i)));
                ++delivered;
            } else if (delivered < tasks.count) {
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            }
        }
    } catch (const Cancelled&) {
        stopAll(kCancelled);
        unsettled_ = true;
        throw;
    } catch (...) {
        stopAll(kFailed);
        unsettled_ = true;
        throw;
    }
    stopAll(kDone);
    unsettled_ = true;
    if (!settle(600.0))
        throw Error("the other ranks did not finish after all results arrived");
}

bool MpiTasks::settle(double timeoutSeconds)
{
    if (rank_ != 0 || !unsettled_)
        return true;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(timeoutSeconds);
    int acknowledged = 0;
    while (acknowledged < size_ - 1) {
        int arrived = 0;
        MPI_Status status;
        MPI_Iprobe(MPI_ANY_SOURCE, MPI_ANY_TAG, MPI_COMM_WORLD, &arrived, &status);
        if (arrived) {
            receive(status); // late results and failures are dropped
            acknowledged += status.MPI_TAG == kStopped;
        } else if (std::chrono::steady_clock::now() > deadline) {
            return false;
        } else {
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
    }
    unsettled_ = false;
    return true;
}

void MpiTasks::runWorker(const DistributedTasks& tasks)
{
    std::deque<std::string> queue;
    while (true) {
        // Wait for work when there is none; otherwise take what has arrived and go on.
        int arrived = queue.empty() ? 1 : 0;
        MPI_Status status;
        if (queue.empty())
            MPI_Probe(0, MPI_ANY_TAG, MPI_COMM_WORLD, &status);
        else
            MPI_Iprobe(0, MPI_ANY_TAG, MPI_COMM_WORLD, &arrived, &status);
        if (arrived) {
            const std::string message = receive(status);
            if (status.MPI_TAG == kStop) {
                send({}, 0, kStopped);
                switch (indexOf(message)) {
                case kDone:
                    return;
                case kCancelled:
                    throw PeerStopped("stopped: the job was interrupted", true);
                default:
                    throw PeerStopped("stopped: another rank failed", false);
                }
            }
            queue.push_back(message);
            continue; // more may be waiting
        }
        const std::string message = std::move(queue.front());
        queue.pop_front();
        const int64_t i = indexOf(message);
        std::string result;
        try {
            result = tasks.compute(i, message.substr(sizeof i));
        } catch (...) {
            send(describeException(std::current_exception()), 0, kFailure);
            // The root stops everyone; wait for that so no message is left in flight.
            while (true) {
                MPI_Probe(0, MPI_ANY_TAG, MPI_COMM_WORLD, &status);
                receive(status);
                if (status.MPI_TAG == kStop)
                    break;
            }
            send({}, 0, kStopped);
            throw;
        }
        send(withIndex(i, result), 0, kResult);
    }
}

} // namespace ts::mpi
