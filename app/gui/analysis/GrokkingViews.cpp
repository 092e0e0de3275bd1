#include "app/gui/analysis/GrokkingViews.h"

#include "core/runfile/RunReader.h"
#include "widgets/grokking/GrokkingDashboard.h"

#include <QCoreApplication>

namespace ts::app {

void setGroupEvents(widgets::GrokkingData& data, const ts::GroupEventSummary& group)
{
    const auto interval = [](const ts::SampleSummary& s) {
        return widgets::GrokkingData::EventInterval{s.mean, s.std, s.n};
    };
    data.groupRuns = group.runs;
    data.groupMem = interval(group.tMem);
    data.group50 = interval(group.t50);
    data.group90 = interval(group.t90);
}

widgets::GrokkingData toGrokkingData(const ts::RunReader& run, const ts::ProgressMeasures& m, const QString& title)
{
    widgets::GrokkingData d;
    d.title = title;
    auto series = [&run](const char* name, std::vector<double>& x, std::vector<double>& y) {
        for (const auto& n : run.metricNames())
            if (n == name) {
                auto s = run.readMetric(name);
                x.assign(s.steps.begin(), s.steps.end());
                y = s.values;
            }
    };
    series("train_acc", d.trainSteps, d.trainAcc);
    series("test_acc", d.testSteps, d.testAcc);
    if (m.hasEvents) {
        const auto& e = m.events;
        d.tMem = e.tMem;
        d.t10 = e.t10;
        d.t50 = e.t50;
        d.t90 = e.t90;
        d.t99 = e.t99;
        d.verdict = QString::fromStdString(e.verdictName);
        d.explanation = QString::fromStdString(e.explanation);
    }
    d.steps.assign(m.steps.begin(), m.steps.end());
    d.weightNorm = m.weightNorm;
    d.distInit = m.distInit;
    d.distFitA = m.distInitFit.a;
    d.distFitB = m.distInitFit.b;
    d.distFitR2 = m.distInitFit.r2;
    d.coherenceTrain = m.coherenceTrain;
    d.coherenceTest = m.coherenceTest;
    d.fourier = m.fourierApplicable;
    d.gini = m.fourierGini;
    d.restrictedLoss = m.restrictedLoss;
    d.excludedLoss = m.excludedLoss;
    d.frequencyNorms = m.frequencyNorms;
    return d;
}

std::vector<AnalysisView> makeGrokkingViews(const widgets::GrokkingData& data)
{
    auto* dashboard = new widgets::GrokkingDashboard;
    dashboard->setData(data);
    return {{"grokking", QCoreApplication::translate("GrokkingViews", "Grokking: %1").arg(data.title), dashboard}};
}

} // namespace ts::app
