#pragma once
// Builds the result views of an interpolation: loss and accuracy against α with the barrier,
// the layer × α heatmap, the LiNeS sweep and the Bézier-vs-straight chart.
#include "core/analysis/CheckpointInterpolation.h"
#include "core/analysis/GroupCurves.h"
#include "widgets/charts/CurveChartView.h"

#include "app/gui/analysis/AnalysisView.h"

#include <QString>
#include <QWidget>

#include <memory>
#include <utility>
#include <vector>

namespace ts::app {

// The caller takes ownership of the widgets. title: "A@step → B@step".
std::vector<AnalysisView> makeInterpolationViews(const ts::CheckpointInterpolation& results, const QString& title);

// A group of seeds, each run interpolated on its own: per split one mean line with a ± std
// band and the runs behind each α (Curve lower/upper/count).
QVector<ts::widgets::CurveChartView::Curve> groupInterpolationCurves(const ts::GroupInterpolation& group, bool accuracy);
// The loss and accuracy views ("interpolation", "interpolation-accuracy") of a group; the loss
// chart's title states the barrier as mean ± std over the runs and n.
std::vector<AnalysisView> makeGroupInterpolationViews(const ts::GroupInterpolation& group, const QString& title);

} // namespace ts::app
