#include "app/mpi/ProcessGroup.h"

#include "core/Error.h"

#include <cstdlib>
#include <exception>
#include <string>

#ifdef TRAINSCOPE_HAVE_MPI
#include "app/mpi/MpiTasks.h"
#include <mpi.h>
#else
namespace ts::mpi {
class MpiTasks : public LocalTasks {};
} // namespace ts::mpi
#endif

namespace ts::mpi {

namespace {

// OpenMPI's mpirun (and PMIx-based launchers such as srun) set these in every rank.
int launcherSize()
{
    for (const char* name : {"OMPI_COMM_WORLD_SIZE", "PMIX_SIZE", "PMI_SIZE"})
        if (const char* v = std::getenv(name))
            return std::atoi(v);
    return 0;
}

} // namespace

bool ProcessGroup::available()
{
#ifdef TRAINSCOPE_HAVE_MPI
    return true;
#else
    return false;
#endif
}

ProcessGroup::ProcessGroup()
{
    const int launched = launcherSize();
#ifdef TRAINSCOPE_HAVE_MPI
    if (launched > 0) {
        int provided = 0;
        MPI_Init_thread(nullptr, nullptr, MPI_THREAD_FUNNELED, &provided);
        initialised_ = true;
        mpi_ = std::make_unique<MpiTasks>();
    }
#else
    if (launched > 1)
        throw ConfigError("started by mpirun with " + std::to_string(launched) +
                          " ranks, but this trainscope was built without MPI (install libopenmpi-dev and "
                          "configure again); every rank would compute everything");
#endif
}

ProcessGroup::~ProcessGroup()
{
#ifdef TRAINSCOPE_HAVE_MPI
    if (!initialised_)
        return;
    // A stop after a cancel or failure: wait briefly for the other ranks, else end them.
    if (mpi_ && !mpi_->settle(30.0))
        MPI_Abort(MPI_COMM_WORLD, 1);
    mpi_.reset();
    MPI_Finalize();
#endif
}

TaskDistributor& ProcessGroup::tasks() const
{
    if (mpi_)
        return *mpi_;
    return localTasks();
}

void ProcessGroup::agree(const std::function<void()>& setup)
{
    std::exception_ptr failure;
    try {
        setup();
    } catch (...) {
        failure = std::current_exception();
    }
#ifdef TRAINSCOPE_HAVE_MPI
    if (distributed()) {
        int mine = failure ? 1 : 0, any = 0;
        MPI_Allreduce(&mine, &any, 1, MPI_INT, MPI_MAX, MPI_COMM_WORLD);
        if (any && !failure)
            throw PeerStopped(isRoot() ? "another rank could not start (its error is above)" : "", false);
    }
#endif
    if (failure)
        std::rethrow_exception(failure);
}

void ProcessGroup::abort(int exitCode)
{
#ifdef TRAINSCOPE_HAVE_MPI
    if (initialised_)
        MPI_Abort(MPI_COMM_WORLD, exitCode);
#endif
    std::exit(exitCode);
}

} // namespace ts::mpi
