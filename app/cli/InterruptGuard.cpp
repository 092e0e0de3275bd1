#include "app/cli/InterruptGuard.h"

#include "app/cli/Commands.h"

#include "core/Feedback.h"

#include <unistd.h>

#include <atomic>

namespace ts::cli {

namespace {
std::atomic<Feedback*> g_feedback{nullptr};
volatile std::sig_atomic_t g_signals = 0;

extern "C" void onInterrupt(int signal)
{
    // Only async-signal-safe calls: an atomic load, an atomic store (Feedback::cancel), write, _exit.
    if (++g_signals > 1)
        _exit(kExitInterrupted);
    static const char kNote[] = "\ninterrupting (Ctrl-C again to quit at once)\n";
    static const char kTerm[] = "\nterminated (under mpirun: Ctrl-C, or a rank stopped); keeping what was computed\n";
    [[maybe_unused]] const auto written = signal == SIGTERM ? write(STDERR_FILENO, kTerm, sizeof kTerm - 1)
                                                            : write(STDERR_FILENO, kNote, sizeof kNote - 1);
    if (Feedback* f = g_feedback.load())
        f->cancel();
}
} // namespace

InterruptGuard::InterruptGuard(Feedback& feedback) : outer_(g_feedback.exchange(&feedback))
{
    g_signals = 0;
    struct sigaction action = {};
    action.sa_handler = onInterrupt;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, &previous_);
    // mpirun ends the surviving ranks with SIGTERM when one dies: the root keeps its results.
    sigaction(SIGTERM, &action, &previousTerm_);
}

InterruptGuard::~InterruptGuard()
{
    sigaction(SIGINT, &previous_, nullptr);
    sigaction(SIGTERM, &previousTerm_, nullptr);
    g_feedback.store(outer_);
}

} // namespace ts::cli
