#pragma once
// Progress and cooperative cancel for every long operation (training, landscapes, Hessians).
// Workers call setProgress()/setMessage() and poll isCancelled(); the GUI, the CLI and the
// tests subclass it (or just read it) so that all of them drive long work the same way.
#include <atomic>
#include <chrono>
#include <mutex>
#include <string>

namespace ts {

class Feedback {
public:
    Feedback() = default;
    // A linked Feedback also counts as cancelled (and paused) while its parent is, so a worker
    // that polls a sub-task's Feedback sees a cancel of the whole job at once.
    explicit Feedback(const Feedback* parent) : parent_(parent) {}
    virtual ~Feedback() = default;

    // fraction in [0, 1]; values outside are clamped.
    void setProgress(double fraction);
    double progress() const { return progress_.load(); }

    void setMessage(const std::string& message);
    std::string message() const;

    // Thread-safe: any thread may cancel, the worker polls.
    void cancel() { cancelled_.store(true); }
    bool isCancelled() const { return cancelled_.load() || (parent_ && parent_->isCancelled()); }
    // The one cancel convention of the core: long operations poll this often enough that a
    // cancel takes effect within a second, and throw ts::Cancelled after keeping what they promise.
    void throwIfCancelled() const;

    // Pause for operations that can wait between units of work (training steps).
    void setPaused(bool paused) { paused_.store(paused); }
    bool isPaused() const { return paused_.load() || (parent_ && parent_->isPaused()); }
    // Blocks while paused; returns early when cancelled.
    void waitWhilePaused() const;

    // A pace limit for demos: operations made of steps (training) start at most this many
    // steps per second; 0 = unlimited. Thread-safe, may change while the work runs; a linked
    // Feedback without its own follows its parent's.
    void setPace(double stepsPerSecond) { pace_.store(stepsPerSecond > 0 ? stepsPerSecond : 0.0); }
    double pace() const;
    // Blocks until 1/pace seconds have passed since `since` (a step's start); returns early when
    // cancelled, at once when there is no limit.
    void waitForPace(std::chrono::steady_clock::time_point since) const;

protected:
    // Called on the worker thread after each change; subclasses forward (and throttle) it.
    virtual void onProgress(double /*fraction*/, const std::string& /*message*/) {}

private:
    const Feedback* parent_ = nullptr;
    std::atomic<double> progress_{0.0};
    std::atomic<bool> cancelled_{false};
    std::atomic<bool> paused_{false};
    std::atomic<double> pace_{0.0};
    mutable std::mutex messageMutex_;
    std::string message_;
};

// A sub-task's Feedback: its progress maps into [from, to] of the parent's (which may be
// null), and it is cancelled and paused whenever the parent is.
class ScaledFeedback : public Feedback {
public:
    ScaledFeedback(Feedback* parent, double from, double to) : Feedback(parent), parent_(parent), from_(from), to_(to) {}

protected:
    void onProgress(double fraction, const std::string& message) override;

private:
    Feedback* parent_;
    double from_, to_;
};

} // namespace ts
