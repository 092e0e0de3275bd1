// Frame times of the expert-pathway graph at OLMoE scale (16 layers × 64 experts, top-8
// routing, 1,000 samples): graph construction per checkpoint, a full redraw, a highlight /
// hover redraw over the cached picture, transition frames, and a redraw without level of
// detail for comparison. Run under xvfb-run (docs/benchmarks.md).
#include "widgets/pathways/PathwayDashboard.h"
#include "widgets/pathways/PathwayGraph.h"
#include "widgets/pathways/PathwayGraphView.h"

#include "core/pathways/Pathway.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <numeric>
#include <random>

using namespace ts::widgets;

namespace {
PathwayViewData olmoeShaped(int samples, int layers, int experts, int topK, int checkpoints)
{
    PathwayViewData d;
    d.title = "olmoe-shaped";
    d.layers = layers;
    d.experts = experts;
    std::mt19937 rng(0);
    std::gamma_distribution<float> gamma(2.0f, 1.0f);
    std::vector<int> ids(static_cast<std::size_t>(experts));
    for (int c = 0; c < checkpoints; ++c) {
        ts::pathways::RoutingTable t;
        t.samples = samples;
        t.layers = layers;
        t.experts = experts;
        t.weights.assign(std::size_t(samples * layers * experts), 0.0f);
        for (int s = 0; s < samples; ++s)
            for (int l = 0; l < layers; ++l) {
                std::iota(ids.begin(), ids.end(), 0);
                std::shuffle(ids.begin(), ids.end(), rng);
                float* row = t.at(s, l);
                float sum = 0;
                for (int k = 0; k < topK; ++k)
                    sum += row[ids[std::size_t(k)]] = gamma(rng);
                for (int k = 0; k < topK; ++k)
                    row[ids[std::size_t(k)]] /= sum;
            }
        const auto p = ts::pathways::buildPathways(t);
        PathwayCheckpoint cp;
        cp.step = c * 1000;
        for (int s = 0; s < samples; ++s) {
            cp.kept.emplace_back();
            for (const auto& layer : p.kept[std::size_t(s)])
                cp.kept.back().emplace_back(layer.begin(), layer.end());
            cp.pathways << QString::fromStdString(p.strings[std::size_t(s)]);
        }
        d.checkpoints.push_back(std::move(cp));
    }
    for (int s = 0; s < samples; ++s) {
        d.labels.push_back(s % 10);
        d.splits << "train";
    }
    d.labelTitle = "class";
    return d;
}

struct Stats {
    double median = 0, max = 0;
};
template <typename F> Stats frames(int n, F&& frame)
{
    std::vector<double> ms;
    for (int i = 0; i < n; ++i)
        ms.push_back(frame(i));
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms.back()};
}
} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const auto data = olmoeShaped(1000, 16, 64, 8, 10);
    QElapsedTimer t;
    t.start();
    std::vector<int> all(1000);
    std::iota(all.begin(), all.end(), 0);
    for (int c = 0; c < 10; ++c)
        PathwayGraph::build(data, c, all);
    std::printf("graph build (counts + crossing reduction): %.1f ms per checkpoint\n", t.elapsed() / 10.0);

    PathwayDashboard dash;
    dash.resize(1600, 1000);
    dash.show();
    (void)QTest::qWaitForWindowExposed(&dash);
    t.restart();
    dash.setData(data);
    std::printf("dashboard setData (graph, list, charts, clustered 300x300 distance matrix): %.0f ms\n",
                double(t.elapsed()));
    auto* view = dash.graphView();
    std::printf("graph: %d nodes, %zu edges, %d drawn at the default level of detail (min %d samples)\n",
                view->graph().layers() * view->graph().experts(), view->graph().edges().size(), view->drawnEdgeCount(),
                view->edgeThreshold());
    std::vector<double> paintMs;
    auto report = [&](const char* what, Stats s) {
        std::sort(paintMs.begin(), paintMs.end());
        std::printf("%-46s median %6.1f ms, max %6.1f ms (paintEvent alone: median %.1f ms)\n", what, s.median, s.max,
                    paintMs.empty() ? 0.0 : paintMs[paintMs.size() / 2]);
        paintMs.clear();
    };
    auto timedRepaint = [&] {
        QElapsedTimer f;
        f.start();
        view->repaint();
        paintMs.push_back(view->lastFrameMs());
        return f.nsecsElapsed() / 1e6;
    };
    report("full redraw (resize, cache rebuilt)", frames(10, [&](int i) {
               view->resize(view->width() + (i % 2 ? 1 : -1), view->height());
               return timedRepaint();
           }));
    report("highlight a sample (overlay on the cache)", frames(20, [&](int i) {
               dash.selectSample(i * 37 % 1000);
               return timedRepaint();
           }));
    report("hover (overlay on the cache)", frames(20, [&](int) { return timedRepaint(); }));
    // Transition frames: each slider move starts a 350 ms animation; paint a frame mid-way.
    report("checkpoint change (new graph + first frame)", frames(9, [&](int i) {
               QElapsedTimer f;
               f.start();
               dash.setCheckpointIndex(i);
               view->repaint();
               return f.nsecsElapsed() / 1e6;
           }));
    report("transition frame (no cache)", frames(20, [&](int i) {
               dash.setCheckpointIndex(i % 10);
               QTest::qWait(20);
               return timedRepaint();
           }));
    view->setMaxEdges(1 << 30);
    view->setEdgeThreshold(1);
    std::printf("without level of detail: %d edges drawn\n", view->drawnEdgeCount());
    report("full redraw without level of detail", frames(3, [&](int i) {
               view->resize(view->width() + (i % 2 ? 1 : -1), view->height());
               return timedRepaint();
           }));
    return 0;
}
