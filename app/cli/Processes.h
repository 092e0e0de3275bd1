#pragma once
// The processes the current command runs in (one, or the ranks of an mpirun job), for the
// commands that share their work: landscape, sharpness, interpolate.
namespace ts::mpi {
class ProcessGroup;
}

namespace ts::cli {

ts::mpi::ProcessGroup& processes();

} // namespace ts::cli
