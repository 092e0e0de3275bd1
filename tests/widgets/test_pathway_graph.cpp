// The expert-pathway graph and dashboard: counts, loads and specialisation of the layered
// graph, crossing reduction (against a brute-force count), sample highlighting (exactly the
// sample's edges, and drawn), the checkpoint slider, filters, search and exports.
#include "widgets/charts/CurveChartView.h"
#include "widgets/charts/HeatmapView.h"
#include "widgets/export/FigureExporter.h"
#include "widgets/pathways/PathwayDashboard.h"
#include "widgets/pathways/PathwayGraph.h"
#include "widgets/pathways/PathwayGraphView.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

using namespace ts::widgets;

namespace {
PathwayCheckpoint checkpoint(qint64 step, std::vector<std::vector<std::vector<int>>> kept)
{
    PathwayCheckpoint c;
    c.step = step;
    c.kept = std::move(kept);
    for (const auto& sample : c.kept) {
        QStringList layers;
        for (const auto& ids : sample) {
            QStringList e;
            for (int id : ids)
                e << QString::number(id);
            layers << e.join(',');
        }
        c.pathways << layers.join('-');
    }
    return c;
}

// 6 samples, 3 layers, 4 experts; routing spread out at step 100, collapsed at step 2000.
PathwayViewData synthetic()
{
    PathwayViewData d;
    d.title = "synthetic";
    d.layers = 3;
    d.experts = 4;
    d.checkpoints.push_back(checkpoint(100, {{{0}, {1}, {2}},
                                             {{1}, {0}, {3}},
                                             {{0, 2}, {1}, {2}},
                                             {{3}, {2}, {0}},
                                             {{1}, {0}, {3}},
                                             {{2}, {3}, {1}}}));
    d.checkpoints.push_back(checkpoint(2000, {{{0}, {0}, {0}},
                                              {{0}, {0}, {0}},
                                              {{0}, {0}, {0}},
                                              {{0}, {0}, {0}},
                                              {{0}, {0}, {0}},
                                              {{1}, {1}, {1}}}));
    d.labels = {3, 7, 3, 5, 7, 1};
    d.labelTitle = "answer";
    d.splits = QStringList{"train", "train", "train", "train", "train", "train"};
    d.memorisedFrom = {0, 1, -1, 1, 0, -1};
    d.metrics.push_back({"d_path", "D_path", {4.0, 0.7}});
    d.metrics.push_back({"entropy", "entropy", {1.2, 0.3}});
    d.trainLossSteps = {0, 1000, 2000};
    d.trainLoss = {4.2, 0.1, 0.01};
    d.testAccSteps = {0, 1000, 2000};
    d.testAcc = {0.01, 0.5, 1.0};
    return d;
}

std::vector<int> all(int n)
{
    std::vector<int> v(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i)
        v[std::size_t(i)] = i;
    return v;
}

std::vector<std::vector<int>> identityOrder(int layers, int experts)
{
    return std::vector<std::vector<int>>(static_cast<std::size_t>(layers), all(experts));
}

// Brute force: every pair of edges between the same layers that cross, weighted.
long long bruteCrossings(const PathwayGraph& g)
{
    long long total = 0;
    const auto& e = g.edges();
    for (std::size_t i = 0; i < e.size(); ++i)
        for (std::size_t j = i + 1; j < e.size(); ++j) {
            if (e[i].layer != e[j].layer)
                continue;
            const int du = g.position(e[i].layer, e[i].from) - g.position(e[j].layer, e[j].from);
            const int dv = g.position(e[i].layer + 1, e[i].to) - g.position(e[j].layer + 1, e[j].to);
            if ((du < 0 && dv > 0) || (du > 0 && dv < 0))
                total += (long long)e[i].count * e[j].count;
        }
    return total;
}

bool sameEdges(std::vector<PathwayEdge> a, std::vector<PathwayEdge> b)
{
    auto key = [](const PathwayEdge& e) { return std::make_tuple(e.layer, e.from, e.to); };
    auto less = [&](const PathwayEdge& x, const PathwayEdge& y) { return key(x) < key(y); };
    std::sort(a.begin(), a.end(), less);
    std::sort(b.begin(), b.end(), less);
    return a == b;
}
} // namespace

class TestPathwayGraph : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void countsLoadsAndSpecialisation()
    {
        const auto d = synthetic();
        const auto g = PathwayGraph::build(d, 0, all(6));
        QCOMPARE(g.groupSize(), 6);
        QCOMPARE(g.node(0, 0).count, 2); // samples 0 and 2
        QCOMPARE(g.node(0, 2).count, 2); // samples 2 and 5
        QCOMPARE(g.node(0, 0).load, 2.0 / 6);
        QCOMPARE(g.node(0, 1).majorityLabel, 7); // samples 1 and 4, both label 7
        QCOMPARE(g.node(0, 1).purity, 1.0);
        QCOMPARE(g.labelKinds(), 4);
        auto count = [&](int layer, int from, int to) {
            for (const auto& e : g.edges())
                if (e.layer == layer && e.from == from && e.to == to)
                    return e.count;
            return 0;
        };
        QCOMPARE(count(0, 0, 1), 2); // samples 0 and 2
        QCOMPARE(count(0, 2, 1), 1); // sample 2's second expert
        QCOMPARE(count(0, 1, 0), 2);
        QCOMPARE(count(1, 0, 3), 2);
        QCOMPARE(count(1, 1, 2), 2);
        QCOMPARE(count(0, 3, 3), 0);
        for (std::size_t i = 1; i < g.edges().size(); ++i)
            QVERIFY(g.edges()[i - 1].count >= g.edges()[i].count);
        // A group counts only its samples.
        const auto sub = PathwayGraph::build(d, 0, {1, 4});
        QCOMPARE(sub.node(0, 1).count, 2);
        QCOMPARE(sub.node(0, 0).count, 0);
        QCOMPARE(sub.edges().size(), std::size_t(2));
    }

    void crossingsMatchBruteForceAndAreReduced()
    {
        // Two experts swapped between layers: one crossing in id order, none after reduction.
        PathwayViewData d;
        d.layers = 2;
        d.experts = 2;
        d.labels = {-1, -1};
        d.checkpoints.push_back(checkpoint(0, {{{0}, {1}}, {{1}, {0}}}));
        auto g = PathwayGraph::build(d, 0, all(2));
        QCOMPARE(g.weightedCrossings(), 0LL);
        g.setOrder(identityOrder(2, 2));
        QCOMPARE(g.weightedCrossings(), 1LL);

        // Random routing: the Fenwick count equals brute force, and reduction never hurts.
        std::mt19937 rng(3);
        PathwayViewData r;
        r.layers = 5;
        r.experts = 12;
        std::vector<std::vector<std::vector<int>>> kept;
        for (int s = 0; s < 200; ++s) {
            std::vector<std::vector<int>> layers;
            int cluster = s % 4;
            for (int l = 0; l < r.layers; ++l) {
                // Clustered pathways with noise, experts shuffled per layer.
                const int base = (cluster * 3 + l * 5) % r.experts;
                layers.push_back({int(rng() % 4 == 0 ? rng() % r.experts : base)});
                if (rng() % 3 == 0)
                    layers.back().push_back((layers.back()[0] + 1) % r.experts);
            }
            kept.push_back(layers);
            r.labels.push_back(cluster);
        }
        r.checkpoints.push_back(checkpoint(0, kept));
        auto rg = PathwayGraph::build(r, 0, all(200));
        QCOMPARE(rg.weightedCrossings(), bruteCrossings(rg));
        const long long reduced = rg.weightedCrossings();
        rg.setOrder(identityOrder(r.layers, r.experts));
        QCOMPARE(rg.weightedCrossings(), bruteCrossings(rg));
        QVERIFY2(reduced < rg.weightedCrossings(),
                 qPrintable(QString("%1 vs %2").arg(reduced).arg(rg.weightedCrossings())));
    }

    void selectingASampleHighlightsExactlyItsEdges()
    {
        PathwayDashboard dash;
        dash.resize(1300, 900);
        dash.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dash));
        dash.setData(synthetic());
        dash.setCheckpointIndex(0);
        QTRY_VERIFY(!dash.graphView()->isAnimating());
        auto* view = dash.graphView();
        QVERIFY(view->highlightedEdges().empty());

        // The midpoint of the highlighted curve from layer 0 expert 2 to layer 1 expert 1.
        const QRectF a = view->nodeRect(0, 2), b = view->nodeRect(1, 1);
        const QPoint mid(int((a.right() + b.left()) / 2), int((a.center().y() + b.center().y()) / 2));
        const QImage before = view->grab().toImage();
        dash.selectSample(2);
        QCOMPARE(dash.selectedSample(), 2);
        QVERIFY(sameEdges(view->highlightedEdges(), {{0, 0, 1, 1}, {0, 2, 1, 1}, {1, 1, 2, 1}}));
        const QImage after = view->grab().toImage();
        const qreal dpr = after.devicePixelRatio();
        const QColor was = before.pixelColor(mid * dpr), now = after.pixelColor(mid * dpr);
        QVERIFY2(qGray(now.rgb()) < 80, qPrintable(now.name()));
        QVERIFY(qGray(was.rgb()) > qGray(now.rgb()) + 40);

        // Another sample: exactly its own edges; clearing removes them.
        dash.selectSample(3);
        QVERIFY(sameEdges(view->highlightedEdges(), {{0, 3, 2, 1}, {1, 2, 0, 1}}));
        dash.selectSample(-1);
        QVERIFY(view->highlightedEdges().empty());
    }

    void sliderChangesTheGraph()
    {
        PathwayDashboard dash;
        dash.resize(1300, 900);
        dash.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dash));
        dash.setData(synthetic());
        QCOMPARE(dash.checkpointIndex(), 1); // starts at the last checkpoint
        auto* view = dash.graphView();
        QCOMPARE(view->graph().node(0, 0).count, 5);
        const double collapsedHeight = view->nodeRect(0, 0).height();
        dash.setCheckpointIndex(0);
        QCOMPARE(view->graph().node(0, 0).count, 2);
        QVERIFY(view->isAnimating()); // a transition, not a jump
        QTRY_VERIFY(!view->isAnimating());
        QVERIFY(view->nodeRect(0, 0).height() < collapsedHeight * 0.7);
        // The highlight follows the checkpoint.
        dash.selectSample(5);
        QVERIFY(sameEdges(view->highlightedEdges(), {{0, 2, 3, 1}, {1, 3, 1, 1}}));
        QVERIFY(dash.setCheckpointStep(2000));
        QVERIFY(sameEdges(view->highlightedEdges(), {{0, 1, 1, 1}, {1, 1, 1, 1}}));
        QVERIFY(!dash.setCheckpointStep(1234));
    }

    void filtersAndSearch()
    {
        PathwayDashboard dash;
        dash.setData(synthetic());
        QCOMPARE(dash.filteredSamples().size(), std::size_t(6));
        dash.setFilter(QString(), 7, PathwayDashboard::Memorised::All);
        QCOMPARE(dash.filteredSamples(), (std::vector<int>{1, 4}));
        QCOMPARE(dash.graphView()->graph().groupSize(), 2);
        dash.setFilter(QString(), -1, PathwayDashboard::Memorised::Memorised); // at step 2000
        QCOMPARE(dash.filteredSamples(), (std::vector<int>{0, 1, 3, 4}));
        dash.setCheckpointIndex(0); // sample 0 and 4 memorised from checkpoint 0 only
        QCOMPARE(dash.filteredSamples(), (std::vector<int>{0, 4}));
        dash.setFilter(QString(), -1, PathwayDashboard::Memorised::NotMemorised);
        QCOMPARE(dash.filteredSamples(), (std::vector<int>{1, 2, 3, 5}));
        dash.setFilter("nonexistent-split-falls-back-to-all", -1, PathwayDashboard::Memorised::All);
        QCOMPARE(dash.filteredSamples().size(), std::size_t(6));

        dash.setSearchText("#5");
        QCOMPARE(dash.visibleSampleTexts().size(), 1);
        QVERIFY(dash.visibleSampleTexts().front().startsWith("#5  answer 1"));
        dash.setSearchText("answer 7");
        QCOMPARE(dash.visibleSampleTexts().size(), 2);
        dash.setSearchText("0,2-1-2"); // a pathway at step 100
        QCOMPARE(dash.visibleSampleTexts().size(), 1);
    }

    void distanceMatrixIsClustered()
    {
        PathwayDashboard dash;
        dash.setData(synthetic());
        // Step 2000: five identical pathways and one other ("1-1-1" vs "0-0-0": 3 edits).
        auto* heatmap = dash.distanceHeatmap();
        int zeros = 0, threes = 0;
        for (int i = 0; i < 6; ++i)
            for (int j = 0; j < 6; ++j) {
                const QString t = heatmap->cellText(i, j);
                zeros += t.endsWith(": 0") || t.endsWith("= 0") ? 1 : 0;
                threes += t.endsWith(": 3") || t.endsWith("= 3") ? 1 : 0;
            }
        QCOMPARE(zeros, 26);
        QCOMPARE(threes, 10);
    }

    // Replay: the graph at the last routing checkpoint reached, the metrics up to the cursor.
    void replayCursorPicksTheCheckpointReached()
    {
        PathwayDashboard dash;
        dash.resize(1300, 900);
        dash.show();
        dash.setData(synthetic());
        QCOMPARE(dash.checkpointIndex(), 1);
        auto* loss = dash.metricCharts()[0];
        QVERIFY(loss->isStepAxis());
        dash.setReplayStep(500);
        QCOMPARE(dash.checkpointIndex(), 0);
        const auto pts = loss->plottedPoints("train_loss");
        QVERIFY(!pts.isEmpty());
        QCOMPARE(pts.back().x(), 500.0);
        QCOMPARE(pts.back().y(), 4.2 + (0.1 - 4.2) * 0.5); // interpolated at the cursor
        dash.setReplayStep(50); // before the first routing checkpoint: the first one
        QCOMPARE(dash.checkpointIndex(), 0);
        dash.setReplayStep(2000);
        QCOMPARE(dash.checkpointIndex(), 1);
        dash.setReplayStep(500);
        dash.setReplayStep(std::numeric_limits<double>::infinity());
        QCOMPARE(dash.checkpointIndex(), 1);
        QCOMPARE(loss->plottedPoints("train_loss").back().x(), 2000.0);
    }

    void exports()
    {
        QTemporaryDir dir;
        PathwayDashboard dash;
        dash.resize(1300, 900);
        dash.setData(synthetic());
        ts::widgets::FigureExporter exporter(&dash);
        exporter.setPixelSize(QSize(1600, 1000));
        QVERIFY(exporter.savePng(dir.filePath("dash.png")));
        QImage png(dir.filePath("dash.png"));
        QCOMPARE(png.size(), QSize(1600, 1000));
        ts::widgets::FigureExporter graph(dash.graphView());
        graph.setPixelSize(QSize(1200, 800));
        QVERIFY(graph.saveSvg(dir.filePath("graph.svg")));
        QVERIFY(graph.savePdf(dir.filePath("graph.pdf")));
        QFile svg(dir.filePath("graph.svg"));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray svgText = svg.readAll();
        QVERIFY(svgText.contains("<path")); // vectors, not a cached bitmap
        QVERIFY(!svgText.contains("<image"));
        QFile pdf(dir.filePath("graph.pdf"));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(4) == "%PDF");

        QString error;
        QVERIFY2(dash.graphView()->writeCsv(dir.filePath("graph.csv"), &error), qPrintable(error));
        QFile csv(dir.filePath("graph.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly | QIODevice::Text));
        const auto lines = QString(csv.readAll()).split('\n', Qt::SkipEmptyParts);
        const auto& g = dash.graphView()->graph();
        QCOMPARE(lines.size(), 1 + g.layers() * g.experts() + int(g.edges().size()));
        QVERIFY(lines.contains("edge,0,0,0,5,,,,"));
        QVERIFY(dash.writeCsv(dir.filePath("metrics.csv"), &error));
        QFile metrics(dir.filePath("metrics.csv"));
        QVERIFY(metrics.open(QIODevice::ReadOnly | QIODevice::Text));
        // Shortest text that reads back to the same double, as every CSV of the app writes it.
        QCOMPARE(QString(metrics.readAll()), QString("step,d_path,entropy\n100,4,1.2\n2000,0.7,0.3\n"));
        QVERIFY(!dash.writeCsv(dir.filePath("no-such-folder/metrics.csv"), &error));
        QVERIFY2(error.startsWith("Cannot write"), qPrintable(error));
    }
};

QTEST_MAIN(TestPathwayGraph)
#include "test_pathway_graph.moc"
