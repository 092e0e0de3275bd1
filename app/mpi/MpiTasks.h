#pragma once
// TaskDistributor across the ranks of an mpirun job (OpenMPI). Dynamic distribution: the root
// keeps every other rank supplied with a queue of two tasks, sending the next one whenever a
// result comes back, and computes tasks itself in between; a slow or late rank gets fewer
// tasks instead of holding the others up. One thread per rank makes the MPI calls (no
// MPI_THREAD_MULTIPLE needed); LibTorch's threads stay inside each task.
#include "core/parallel/TaskDistributor.h"

namespace ts::mpi {

class MpiTasks : public TaskDistributor {
public:
    MpiTasks(); // MPI must be initialised (ProcessGroup)
    int rank() const override { return rank_; }
    int size() const override { return size_; }
    void run(const DistributedTasks& tasks, Feedback* feedback) override;
    // Root: after a run that stopped early, waits (at most timeoutSeconds) until every rank
    // has acknowledged the stop, receiving and dropping results still in flight, so that all
    // can finalise MPI. False on timeout (a rank died or hangs). Called after the command
    // has saved its results, which must not wait for this.
    bool settle(double timeoutSeconds);

private:
    void runRoot(const DistributedTasks& tasks, Feedback* feedback);
    void runWorker(const DistributedTasks& tasks);
    int rank_ = 0, size_ = 1;
    bool unsettled_ = false; // root: a stop went out whose acknowledgements are not all in
};

} // namespace ts::mpi
