#pragma once
// Builds the result views of an interpolation: loss and accuracy against α with the barrier,
// the layer × α heatmap, the LiNeS sweep and the Bézier-vs-straight chart.
#include "core/analysis/CheckpointInterpolation.h"

#include "app/gui/analysis/AnalysisView.h"

#include <QString>
#include <QWidget>

#include <memory>
#include <utility>
#include <vector>

namespace ts::app {

// The caller takes ownership of the widgets. title: "A@step → B@step".
std::vector<AnalysisView> makeInterpolationViews(const ts::CheckpointInterpolation& results, const QString& title);

} // namespace ts::app
