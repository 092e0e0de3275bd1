#pragma once
// Builds the sharpness result views: top eigenvalue over training with its error band and the
// 2/lr line (edge of stability), the Hessian eigenvalue density, and per-layer λ_max.
#include "core/analysis/GroupCurves.h"
#include "core/analysis/SharpnessReport.h"
#include "widgets/charts/CurveChartView.h"

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

// A group of seeds, each run's sharpness computed on its own: λ_max over training as one mean
// line with a ± std band and the runs behind each step (Curve lower/upper/count), and the
// 2/lr line when the learning rate is known (> 0).
QVector<ts::widgets::CurveChartView::Curve> groupSharpnessCurves(const ts::GroupSeries& group, int runs,
                                                                 double learningRate);
// The "sharpness" view of a group.
std::vector<AnalysisView> makeGroupSharpnessViews(const ts::GroupSeries& group, int runs, double learningRate,
                                                  const QString& title);

} // namespace ts::app
