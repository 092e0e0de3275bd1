#include "app/gui/analysis/InfluenceViews.h"

#include "widgets/charts/CurveChartView.h"
#include "widgets/charts/HeatmapView.h"
#include "widgets/influence/InfluenceRanking.h"

#include "core/influence/Influence.h"
#include "core/runfile/RunReader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLegend>

#include <cmath>
#include <limits>

namespace ts::app {

namespace {

QString methodText(ts::InfluenceMethod m)
{
    switch (m) {
    case ts::InfluenceMethod::TracIn: return QCoreApplication::translate("InfluenceViews", "TracIn");
    case ts::InfluenceMethod::Ekfac:
        return QCoreApplication::translate("InfluenceViews", "influence function (EK-FAC)");
    case ts::InfluenceMethod::Cg:
        return QCoreApplication::translate("InfluenceViews", "influence function (conjugate gradients)");
    case ts::InfluenceMethod::Exact:
        return QCoreApplication::translate("InfluenceViews", "influence function (exact Hessian)");
    }
    return {};
}

QString subject(const InfluenceResults& r)
{
    if (r.scores.testIndex < 0)
        return QCoreApplication::translate("InfluenceViews", "%1: self-influence (%2)")
            .arg(r.title, methodText(r.scores.method));
    return QCoreApplication::translate("InfluenceViews", "%1: influence on %2 example %3 %4 (%5)")
        .arg(r.title, QString::fromStdString(r.scores.testSplit))
        .arg(r.scores.testIndex)
        .arg(r.testExample, methodText(r.scores.method));
}

widgets::InfluenceRanking::Entry entry(const InfluenceResults& r, const QString& kind, int64_t row)
{
    widgets::InfluenceRanking::Entry e;
    e.kind = kind;
    e.row = row;
    const auto i = std::size_t(row);
    e.example = i < r.train.labels.size() ? QString::fromStdString(r.train.labels[i]) : QString::number(row);
    e.label = i < r.train.targets.size() ? QString::fromStdString(r.train.targets[i]) : QString();
    e.score = r.scores.scores[i];
    return e;
}

QWidget* rankingView(const InfluenceResults& r)
{
    std::vector<widgets::InfluenceRanking::Entry> entries;
    if (r.scores.testIndex < 0) {
        for (int64_t row : ts::topProponents(r.scores.scores, r.top))
            entries.push_back(entry(r, QCoreApplication::translate("InfluenceViews", "self"), row));
    } else {
        for (int64_t row : ts::topProponents(r.scores.scores, r.top))
            entries.push_back(entry(r, QCoreApplication::translate("InfluenceViews", "supports"), row));
        for (int64_t row : ts::topOpponents(r.scores.scores, r.top))
            entries.push_back(entry(r, QCoreApplication::translate("InfluenceViews", "opposes"), row));
    }
    auto* ranking = new widgets::InfluenceRanking;
    ranking->setEntries(subject(r), entries);
    return ranking;
}

// The modular task's training pairs as an a×b table; pairs that are not training examples
// (the test set, or the other half of a symmetric task) stay blank.
QWidget* pairsView(const InfluenceResults& r)
{
    const int64_t p = r.train.modulus;
    const double blank = std::numeric_limits<double>::quiet_NaN();
    std::vector<std::vector<double>> values(std::size_t(p), std::vector<double>(std::size_t(p), blank));
    for (std::size_t i = 0; i < r.train.a.size() && i < r.scores.scores.size(); ++i)
        values[std::size_t(r.train.a[i])][std::size_t(r.train.b[i])] = r.scores.scores[i];
    QStringList rows;
    std::vector<double> columns;
    for (int64_t k = 0; k < p; ++k) {
        rows << QString("a = %1").arg(k);
        columns.push_back(double(k));
    }
    auto* heat = new widgets::HeatmapView;
    heat->setDiverging(r.scores.testIndex >= 0);
    heat->setData(rows, columns, values);
    heat->setMarkedCell(r.testA, r.testB); // the test pair itself, outlined
    heat->setTitles(subject(r), QCoreApplication::translate("InfluenceViews", "b"),
                    r.scores.testIndex < 0 ? QCoreApplication::translate("InfluenceViews", "self-influence")
                                           : QCoreApplication::translate("InfluenceViews", "influence"));
    return heat;
}

// TracIn: each listed example's influence summed over the checkpoints up to each step.
QWidget* overCheckpointsView(const InfluenceResults& r)
{
    const auto& steps = r.scores.steps;
    std::vector<double> x(steps.begin(), steps.end());
    QVector<widgets::CurveChartView::Curve> curves;
    auto add = [&](int64_t row, const QColor& colour) {
        widgets::CurveChartView::Curve c;
        c.id = QString("row%1").arg(row);
        c.label = QString::fromStdString(r.train.labels[std::size_t(row)]);
        c.color = colour;
        c.x = x;
        double sum = 0;
        for (const auto& contribution : r.scores.perCheckpoint) {
            sum += contribution[std::size_t(row)];
            c.y.push_back(sum);
        }
        curves.push_back(c);
    };
    const QColor supports[] = {"#0072B2", "#56B4E9", "#009E73", "#332288", "#44AA99"};
    const QColor opposes[] = {"#D55E00", "#E69F00", "#CC79A7", "#882255", "#AA4499"};
    const auto pro = ts::topProponents(r.scores.scores, 5);
    for (std::size_t i = 0; i < pro.size(); ++i)
        add(pro[i], supports[i]);
    if (r.scores.testIndex >= 0) {
        const auto con = ts::topOpponents(r.scores.scores, 5);
        for (std::size_t i = 0; i < con.size(); ++i)
            add(con[i], opposes[i]);
    }
    auto* chart = new widgets::CurveChartView;
    chart->setCurves(curves);
    chart->setAxisTitles(QCoreApplication::translate("InfluenceViews", "step"),
                         r.scores.testIndex < 0
                             ? QCoreApplication::translate("InfluenceViews", "self-influence up to the step")
                             : QCoreApplication::translate("InfluenceViews", "influence up to the step"));
    chart->chart()->setTitle(subject(r));
    // Ten examples' names do not fit in one row above the plot: list them beside it.
    chart->chart()->legend()->setAlignment(Qt::AlignRight);
    return chart;
}

} // namespace

InfluenceResults computeInfluenceResults(const QString& runPath, const ts::InfluenceOptions& options, int top,
                                         ts::Feedback* feedback)
{
    ts::RunReader run(runPath.toStdString());
    InfluenceResults r;
    r.title = QFileInfo(runPath).completeBaseName();
    r.top = top;
    r.scores = ts::computeInfluence(run, options, feedback);
    r.train = ts::describeSplit(run, options.trainSplit);
    if (options.testIndex >= 0) {
        const ts::ExampleTable test = ts::describeSplit(run, options.testSplit);
        const auto row = std::size_t(options.testIndex);
        if (row < test.labels.size())
            r.testExample = QString::fromStdString(test.labels[row]);
        if (row < test.a.size() && test.modulus == r.train.modulus) {
            r.testA = int(test.a[row]);
            r.testB = int(test.b[row]);
        }
    }
    return r;
}

std::vector<AnalysisView> makeInfluenceViews(const InfluenceResults& r)
{
    std::vector<AnalysisView> views;
    if (r.scores.scores.empty())
        return views;
    views.push_back({"influence",
                     r.scores.testIndex < 0 ? QCoreApplication::translate("InfluenceViews", "Self-influence")
                                            : QCoreApplication::translate("InfluenceViews", "Influence"),
                     rankingView(r)});
    if (r.train.modulus > 0)
        views.push_back(
            {"influence-pairs", QCoreApplication::translate("InfluenceViews", "Influence over pairs"), pairsView(r)});
    if (!r.scores.perCheckpoint.empty())
        views.push_back({"influence-checkpoints",
                         QCoreApplication::translate("InfluenceViews", "Influence over checkpoints"),
                         overCheckpointsView(r)});
    return views;
}

} // namespace ts::app
