#include "core/Runtime.h"

#include <ATen/Parallel.h>
#include <ATen/Context.h>

namespace ts {

void configureRuntime(int threads)
{
    if (threads <= 0)
        threads = kDefaultTorchThreads;
    at::set_num_threads(threads);
    at::globalContext().setFlushDenormal(true);
}

int torchThreads() { return at::get_num_threads(); }

} // namespace ts
