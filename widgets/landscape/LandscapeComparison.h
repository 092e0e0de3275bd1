#pragma once
// Loss surfaces side by side, each in its own LandscapePanel (3-D, contour map, slice), on ONE
// value scale: colours and heights span the union of the surfaces' ranges of the metric shown,
// so equal colours mean equal losses (Li et al.'s Figure 5 only compares that way). The metric,
// log scale and z-clip chosen in one panel apply to all of them.
#include "core/landscape/Surface.h"
#include "widgets/replay/StepCursorTarget.h"

#include <QStringList>
#include <QVector>
#include <QWidget>

#include <utility>

namespace ts::widgets {

class LandscapePanel;

class LandscapeComparison : public QWidget, public StepCursorTarget {
    Q_OBJECT
public:
    explicit LandscapeComparison(QWidget* parent = nullptr);

    // One titled panel per surface (replacing any shown before).
    void setSurfaces(const QVector<LandscapeSurface>& surfaces, const QStringList& titles);
    const QVector<LandscapePanel*>& panels() const { return panels_; }
    // Replay: every panel's trajectory up to the step (their runs share the steps).
    void setReplayStep(double step) override;
    // The shared range of the metric shown, in its own units after the z-clip; NaN without values.
    std::pair<double, double> valueRange() const { return range_; }

private:
    void synchronise(LandscapePanel* source);

    QVector<LandscapePanel*> panels_;
    class QSplitter* splitter_ = nullptr;
    std::pair<double, double> range_;
    bool syncing_ = false;
};

} // namespace ts::widgets
