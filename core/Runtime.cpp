#include "core/Runtime.h"

#include <ATen/Parallel.h>
#include <ATen/Context.h>

#include <dlfcn.h>
#include <malloc.h>

namespace ts {

void configureRuntime(int threads)
{
    if (threads <= 0)
        threads = kDefaultTorchThreads;
    at::set_num_threads(threads);
    // Debian's LibTorch calls the system BLAS (OpenBLAS), whose own thread pool ignores
    // at::set_num_threads; without this a "1-thread" run still multiplies on every core.
    using SetBlasThreads = void (*)(int);
    if (auto setBlas = reinterpret_cast<SetBlasThreads>(dlsym(RTLD_DEFAULT, "openblas_set_num_threads")))
        setBlas(threads);
    at::globalContext().setFlushDenormal(true);
    // LibTorch allocates every activation afresh; glibc serves blocks above 128 KiB with
    // mmap/munmap, so each training step paid page faults for all its buffers (half the step
    // time on the grokking demo, docs/benchmarks.md). Keep such blocks on the heap instead.
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024); // glibc's maximum
    mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
}

int torchThreads() { return at::get_num_threads(); }

} // namespace ts
