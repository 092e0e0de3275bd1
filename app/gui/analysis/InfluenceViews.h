#pragma once
// Builds the influence result views: the ranking of training examples that support and
// oppose a prediction (or by self-influence), for the modular task the scores over the a×b
// table of pairs, and for TracIn each top example's influence accumulated over checkpoints.
#include "core/influence/ExampleTable.h"
#include "core/influence/InfluenceResult.h"

#include "app/gui/analysis/AnalysisView.h"

#include <QString>

#include <vector>

namespace ts {
class Feedback;
}

namespace ts::app {

struct InfluenceResults {
    QString title;               // the run's name
    ts::InfluenceScores scores;
    ts::ExampleTable train;      // the scored split's rows as people read them
    QString testExample;         // the test example as people read it (empty for self-influence)
    int testA = -1, testB = -1;  // modular task: the test example's operands (-1: none)
    int top = 20;                // proponents and opponents listed
};

// Computes the influence of a run (a worker thread's job): scores and example tables.
InfluenceResults computeInfluenceResults(const QString& runPath, const ts::InfluenceOptions& options, int top,
                                         ts::Feedback* feedback);

std::vector<AnalysisView> makeInfluenceViews(const InfluenceResults& results);

} // namespace ts::app
