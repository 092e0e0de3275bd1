#include "core/parallel/TaskDistributor.h"

#include "core/Feedback.h"

namespace ts {

void LocalTasks::run(const DistributedTasks& tasks, Feedback* feedback)
{
    for (int64_t i = 0; i < tasks.count; ++i) {
        if (feedback)
            feedback->throwIfCancelled();
        tasks.deliver(i, tasks.compute(i, tasks.describe(i)));
    }
}

TaskDistributor& localTasks()
{
    static LocalTasks local;
    return local;
}

} // namespace ts
