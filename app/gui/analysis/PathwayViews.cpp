#include "app/gui/analysis/PathwayViews.h"

#include "widgets/pathways/PathwayDashboard.h"

#include "core/Error.h"
#include "core/Feedback.h"
#include "core/pathways/PathwayMetrics.h"
#include "core/pathways/ProbeLosses.h"
#include "core/runfile/RunReader.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace ts::app {

namespace {
void readCurve(const ts::RunReader& run, const std::string& name, std::vector<double>& steps,
               std::vector<double>& values)
{
    const auto& names = run.metricNames();
    if (std::find(names.begin(), names.end(), name) == names.end())
        return;
    const auto series = run.readMetric(name);
    steps.assign(series.steps.begin(), series.steps.end());
    values = series.values;
}
} // namespace

widgets::PathwayViewData toPathwayViewData(const ts::RunReader& run, const PathwayViewOptions& options,
                                           const QString& title, ts::Feedback* feedback)
{
    if (!run.hasRouting())
        throw ts::ConfigError(run.path() + ": the run records no mixture-of-experts routing (model '" +
                              run.modelArch() +
                              "' has no MoE layers, or routing was not recorded), so it has no expert pathways");
    const auto shape = run.routingShape();
    const auto steps = run.routingSteps();
    widgets::PathwayViewData d;
    d.title = title;
    d.layers = int(shape.layers);
    d.experts = int(shape.experts);
    d.threshold = options.threshold;

    ts::pathways::PathwayOptions po;
    po.threshold = options.threshold;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        if (feedback) {
            feedback->throwIfCancelled();
            feedback->setProgress(0.3 * double(i) / double(steps.size()));
        }
        const auto pathways =
            ts::pathways::buildPathways(ts::pathways::routingFromHostArray(run.readRouting(int64_t(i))), po);
        widgets::PathwayCheckpoint cp;
        cp.step = steps[i];
        cp.kept.resize(std::size_t(pathways.samples));
        for (int64_t s = 0; s < pathways.samples; ++s) {
            for (const auto& layer : pathways.kept[std::size_t(s)])
                cp.kept[std::size_t(s)].emplace_back(layer.begin(), layer.end());
            cp.pathways << QString::fromStdString(pathways.strings[std::size_t(s)]);
        }
        d.checkpoints.push_back(std::move(cp));
    }

    const auto labels = ts::pathways::probeLabels(run);
    d.labels.assign(std::size_t(shape.samples), -1);
    for (std::size_t s = 0; s < labels.size(); ++s)
        d.labels[s] = int(labels[s]);
    d.labelTitle = run.configValue("task") == "modular" ? QCoreApplication::translate("PathwayViews", "answer")
                                                        : QCoreApplication::translate("PathwayViews", "class");
    const auto splits = run.splitNames();
    const bool fromTrain = std::find(splits.begin(), splits.end(), "train") != splits.end();
    for (int64_t s = 0; s < shape.samples; ++s)
        d.splits << (fromTrain ? QStringLiteral("train") : QCoreApplication::translate("PathwayViews", "probe"));

    // Memorised samples need per-sample losses, i.e. the run's model.
    ts::pathways::PathwayMetricsOptions mo;
    mo.pathway = po;
    int64_t memorisedCount = -1;
    std::vector<int64_t> firstCheckpoint;
    try {
        ts::ScaledFeedback lossPart(feedback, 0.0, 0.3);
        const auto losses = ts::pathways::probeLosses(run, feedback ? &lossPart : nullptr);
        const int64_t checkpoints = int64_t(steps.size());
        const double eps = ts::pathways::chooseEpsilon(losses, checkpoints, shape.samples);
        const auto memorised = ts::pathways::memorisedSamples(losses, checkpoints, shape.samples, eps);
        firstCheckpoint = memorised.firstCheckpoint;
        d.memorisedFrom.assign(firstCheckpoint.begin(), firstCheckpoint.end());
        memorisedCount = memorised.memorisedCount;
        if (options.memorisedOnly && memorised.memorisedCount >= 2) {
            mo.group = memorised.memorisedSamples();
            // A threshold of exactly 0 (losses that underflow) read as a bug when printed "loss ≤ 0".
            d.groupNote = eps > 0 ? QCoreApplication::translate(
                                        "PathwayViews", "the %1 memorised samples (probe loss below %2 from then on)")
                                        .arg(memorised.memorisedCount)
                                        .arg(QString::number(eps, eps < 1e-3 ? 'e' : 'g', 2))
                                  : QCoreApplication::translate(
                                        "PathwayViews", "the %1 memorised samples (fitted exactly from then on)")
                                        .arg(memorised.memorisedCount);
        }
    } catch (const ts::Cancelled&) {
        throw;
    } catch (const ts::Error& e) {
        d.groupNote = QCoreApplication::translate("PathwayViews", "all samples (memorised samples unknown: %1)")
                          .arg(QString::fromStdString(e.what()));
    }
    if (d.groupNote.isEmpty())
        d.groupNote = QCoreApplication::translate("PathwayViews", "all %1 probe samples").arg(shape.samples);

    ts::ScaledFeedback sub(feedback, 0.3, 1.0);
    const auto metrics = ts::pathways::pathwayMetricsForRun(run, mo, feedback ? &sub : nullptr);
    if (!metrics.empty() && !metrics.front().consistency.defined)
        d.consistencyNote = QString::fromStdString(metrics.front().consistency.note);
    auto add = [&](const QString& key, const QString& t) -> std::vector<double>& {
        d.metrics.push_back({key, t, {}});
        return d.metrics.back().values;
    };
    {
        auto& v = add("d_path", QCoreApplication::translate("PathwayViews", "D_path"));
        for (const auto& m : metrics)
            v.push_back(m.distance.mean);
    }
    for (int l = 0; l < d.layers; ++l) {
        auto& v = add(QString("d_path_layer%1").arg(l),
                      QCoreApplication::translate("PathwayViews", "D_path layer %1").arg(l));
        for (const auto& m : metrics)
            v.push_back(std::size_t(l) < m.distance.layerMean.size() ? m.distance.layerMean[std::size_t(l)] : NAN);
    }
    const std::pair<const char*, const char*> scalars[] = {
        {"consistency", QT_TRANSLATE_NOOP("PathwayViews", "consistency C")},
        {"mean_cosine", QT_TRANSLATE_NOOP("PathwayViews", "mean adjacent cosine")},
        {"entropy", QT_TRANSLATE_NOOP("PathwayViews", "routing entropy")},
        {"distinct", QT_TRANSLATE_NOOP("PathwayViews", "distinct pathways")}};
    for (const auto& [key, t] : scalars) {
        auto& v = add(key, QCoreApplication::translate("PathwayViews", t));
        for (const auto& m : metrics) {
            const QString k = key;
            v.push_back(k == "consistency"   ? m.consistency.mean
                        : k == "mean_cosine" ? m.consistency.meanCosine
                        : k == "entropy"     ? m.routingEntropy
                                             : double(m.distinctPathways));
        }
    }
    if (memorisedCount >= 0) {
        auto& v = add("memorised", QCoreApplication::translate("PathwayViews", "memorised samples"));
        for (std::size_t i = 0; i < steps.size(); ++i)
            v.push_back(double(std::count_if(firstCheckpoint.begin(), firstCheckpoint.end(),
                                             [i](int64_t t) { return t >= 0 && t <= int64_t(i); })));
    }
    readCurve(run, "train_loss", d.trainLossSteps, d.trainLoss);
    readCurve(run, "test_acc", d.testAccSteps, d.testAcc);
    return d;
}

std::vector<AnalysisView> makePathwayViews(const widgets::PathwayViewData& data)
{
    auto* dashboard = new widgets::PathwayDashboard;
    dashboard->setData(data);
    return {{"pathways", QCoreApplication::translate("PathwayViews", "Pathways: %1").arg(data.title), dashboard}};
}

} // namespace ts::app
