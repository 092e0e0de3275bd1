#pragma once
// Builds the sharpness result views: top eigenvalue over training with its error band and the
// 2/lr line (edge of stability), the Hessian eigenvalue density, and per-layer λ_max.
#include "core/analysis/SharpnessReport.h"

#include "app/gui/analysis/AnalysisView.h"

#include <QString>
#include <QWidget>

#include <utility>
#include <vector>

namespace ts::app {

struct SharpnessResults {
    QString title; // the run's name
    ts::SharpnessReport report;
};

std::vector<AnalysisView> makeSharpnessViews(const SharpnessResults& results);

} // namespace ts::app
