#pragma once
// Ctrl-C for a long command. While the guard lives, SIGINT (and SIGTERM, which mpirun sends
// when a rank dies) cancels the command's Feedback: the
// work stops at its next poll (ts::Cancelled) and the command says what it kept. A second
// Ctrl-C exits at once with kExitInterrupted. The previous handler is back when the guard goes.
#include <csignal>

namespace ts {
class Feedback;
}

namespace ts::cli {

class InterruptGuard {
public:
    explicit InterruptGuard(Feedback& feedback);
    ~InterruptGuard();
    InterruptGuard(const InterruptGuard&) = delete;
    InterruptGuard& operator=(const InterruptGuard&) = delete;

private:
    struct sigaction previous_;
    struct sigaction previousTerm_;
    Feedback* outer_; // a guard inside another one (nested commands) hands the signal back
};

} // namespace ts::cli
