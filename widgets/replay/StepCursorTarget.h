#pragma once
// A view that can show a finished run as it was at one training step (the replay cursor):
// curves drawn up to the step, events once crossed, the checkpoint nearest at or before it.
#include <limits>

namespace ts::widgets {

class StepCursorTarget {
public:
    virtual ~StepCursorTarget() = default;
    // +inf (or NaN): show everything again, as before the replay.
    virtual void setReplayStep(double step) = 0;

    static constexpr double kEverything = std::numeric_limits<double>::infinity();
};

} // namespace ts::widgets
