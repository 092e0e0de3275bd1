#pragma once
// Builds the result views of an interpolation: loss and accuracy against α with the barrier,
// the layer × α heatmap, the LiNeS sweep and the Bézier-vs-straight chart.
#include "core/analysis/Interpolation.h"
#include "core/analysis/PathSharpness.h"

#include "app/gui/analysis/AnalysisView.h"

#include <QString>
#include <QWidget>

#include <memory>
#include <utility>
#include <vector>

namespace ts::app {

struct InterpolationResults {
    QString title; // "A@step → B@step"
    std::string warning; // approximate results (format-1 file of a BatchNorm model)
    ts::InterpolationResult linear;
    std::unique_ptr<ts::LayerwiseResult> layerwise;
    std::unique_ptr<ts::LinesResult> lines;
    std::unique_ptr<ts::BezierResult> bezier;
    std::unique_ptr<ts::PathSharpnessResult> layerSharpness;
};

// The caller takes ownership of the widgets.
std::vector<AnalysisView> makeInterpolationViews(const InterpolationResults& results);

} // namespace ts::app
