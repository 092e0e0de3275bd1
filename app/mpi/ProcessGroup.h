#pragma once
// The processes a `trainscope` command runs in: this one, or every rank of an mpirun job.
// Made once by the CLI's entry point; MPI is initialised only when the process was started by
// mpirun (OpenMPI's environment says so), so a plain `trainscope landscape` never touches it.
// Built without MPI, a start under mpirun with more than one rank is refused with a clear error.
#include "core/parallel/TaskDistributor.h"

#include <functional>
#include <memory>

namespace ts::mpi {

class MpiTasks;

class ProcessGroup {
public:
    ProcessGroup();  // ConfigError when started by mpirun but MPI is not available
    ~ProcessGroup(); // settles and finalises MPI
    ProcessGroup(const ProcessGroup&) = delete;
    ProcessGroup& operator=(const ProcessGroup&) = delete;

    int rank() const { return tasks().rank(); }
    int size() const { return tasks().size(); }
    bool isRoot() const { return rank() == 0; }
    bool distributed() const { return size() > 1; }
    TaskDistributor& tasks() const;

    // Runs setup on every rank and then agrees: when it threw anywhere, every rank throws —
    // the failing ones their own error, the others PeerStopped — so no rank waits for tasks
    // from a root that gave up (or the other way round).
    void agree(const std::function<void()>& setup);
    // Ends every rank at once (after an error that left the ranks out of step).
    [[noreturn]] void abort(int exitCode);

    // Whether this build can run across MPI ranks.
    static bool available();

private:
    std::unique_ptr<MpiTasks> mpi_;
    bool initialised_ = false;
};

} // namespace ts::mpi
