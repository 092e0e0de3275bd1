#pragma once
// The expert-pathway dashboard from a run's recorded routing: pathways at every routing
// checkpoint, the memorised-sample group, the pathway metrics and the training curves.
#include "app/gui/analysis/AnalysisView.h"
#include "widgets/pathways/PathwayViewData.h"

#include <vector>

namespace ts {
class Feedback;
class RunReader;
} // namespace ts

namespace ts::app {

struct PathwayViewOptions {
    double threshold = 0.7;
    bool memorisedOnly = true; // the paper's default group for the metrics
};

// Throws ts::ConfigError (with a message for the user) when the run records no routing.
widgets::PathwayViewData toPathwayViewData(const ts::RunReader& run, const PathwayViewOptions& options,
                                           const QString& title, ts::Feedback* feedback = nullptr);
std::vector<AnalysisView> makePathwayViews(const widgets::PathwayViewData& data);

} // namespace ts::app
