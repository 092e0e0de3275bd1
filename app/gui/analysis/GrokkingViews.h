#pragma once
// The grokking dashboard from a run's events and progress measures.
#include "app/gui/analysis/AnalysisView.h"
#include "core/grokking/GroupEvents.h"
#include "core/grokking/ProgressMeasures.h"
#include "widgets/grokking/GrokkingData.h"

#include <vector>

namespace ts {
class RunReader;
}

namespace ts::app {

widgets::GrokkingData toGrokkingData(const ts::RunReader& run, const ts::ProgressMeasures& measures, const QString& title);
std::vector<AnalysisView> makeGrokkingViews(const widgets::GrokkingData& data);
// The events of the run's group of seeds, drawn as intervals on the dashboard.
void setGroupEvents(widgets::GrokkingData& data, const ts::GroupEventSummary& group);

} // namespace ts::app
