#pragma once
// Numbered, independent tasks that may run in several processes. An analysis that splits into
// such pieces (blocks of surface points, checkpoints) describes them here; it runs them on
// whatever distributor it is given: LocalTasks in one process, or the MPI one the CLI makes
// when it is started by mpirun (app/mpi). Tasks travel as bytes (TaskBuffer.h), so a
// result is bit-for-bit what the computing process produced.
#include "core/Error.h"

#include <cstdint>
#include <functional>
#include <string>

namespace ts {

class Feedback;

struct DistributedTasks {
    int64_t count = 0;
    // Root only: what task i needs, sent to the process that computes it.
    std::function<std::string(int64_t i)> describe;
    // Any process: task i's result.
    std::function<std::string(int64_t i, const std::string& input)> compute;
    // Root only: task i's result, in completion order (not index order).
    std::function<void(int64_t i, const std::string& output)> deliver;
};

// Thrown on the non-root processes when the root stopped the work (a cancel or a failure
// elsewhere); the root reports what happened, so these processes exit quietly.
class PeerStopped : public Error {
public:
    PeerStopped(const std::string& why, bool cancelled) : Error(why), cancelled_(cancelled) {}
    bool cancelled() const { return cancelled_; }

private:
    bool cancelled_;
};

class TaskDistributor {
public:
    virtual ~TaskDistributor() = default;
    virtual int rank() const = 0;
    virtual int size() const = 0;
    bool isRoot() const { return rank() == 0; }

    // Every process calls it; the root hands out tasks as processes ask for them and computes
    // some itself. Returns on every process once all tasks are delivered. On the root:
    // ts::Cancelled when feedback is cancelled, ts::Error naming the rank when a task fails
    // anywhere (the others are stopped first). On the others: PeerStopped, or their own task's
    // exception. feedback is polled between tasks on the root; may be null.
    virtual void run(const DistributedTasks& tasks, Feedback* feedback) = 0;
};

// One process: describe, compute and deliver each task in index order.
class LocalTasks : public TaskDistributor {
public:
    int rank() const override { return 0; }
    int size() const override { return 1; }
    void run(const DistributedTasks& tasks, Feedback* feedback) override;
};

// The process-wide LocalTasks (stateless).
TaskDistributor& localTasks();

} // namespace ts
