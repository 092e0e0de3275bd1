// Redraw cost of a 1,000,000-point training curve rendered into a 1600x1000 image:
// (a) CurveChartView, which hands Qt Charts a per-pixel-column min/max decimation, against
// (b) a plain QChart/QLineSeries holding all the points. Run with QT_QPA_PLATFORM=offscreen.
// Usage: bench_decimation_redraw [points] [runs]
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QElapsedTimer>
#include <QGraphicsScene>
#include <QImage>
#include <QLineSeries>
#include <QPainter>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <random>
#include <vector>

#include "widgets/charts/CurveChartView.h"

namespace {

const QSize kImageSize(1600, 1000);

double medianMs(int runs, const std::function<void()>& work) {
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

// What a repaint costs: the view's scene (the chart) painted into an image.
void render(QChartView& view) {
    QImage image(kImageSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    view.scene()->render(&p, QRectF(QPointF(), QSizeF(kImageSize)),
                         QRectF(QPointF(), QSizeF(view.chart()->size())));
}

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    const std::size_t n = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 1'000'000;
    const int runs = argc > 2 ? std::atoi(argv[2]) : 5;

    // A noisy, decaying loss with a few spikes: the worst case for naive decimation.
    ts::widgets::CurveChartView::Curve curve;
    curve.id = QStringLiteral("loss");
    curve.label = QStringLiteral("train loss");
    curve.color = QColor(31, 119, 180);
    std::mt19937 rng(7);
    std::normal_distribution<double> noise(0.0, 0.05);
    curve.x.resize(n);
    curve.y.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        curve.x[i] = double(i);
        curve.y[i] = std::exp(-double(i) / double(n) * 4) + noise(rng) + (i % 99'991 == 0 ? 1 : 0);
    }
    const double xMax = double(n - 1);

    // (a) CurveChartView.
    ts::widgets::CurveChartView decimated;
    decimated.resize(kImageSize);
    decimated.show();
    QElapsedTimer load;
    load.start();
    decimated.setCurves({curve});
    QCoreApplication::processEvents();
    const double loadA = double(load.nsecsElapsed()) / 1e6;
    const double renderA = medianMs(runs, [&] { render(decimated); });
    int step = 0;
    const double zoomA = medianMs(runs, [&] { // a zoom/pan: re-decimate, then repaint
        const double lo = xMax * 0.1 * (step++ % 5);
        decimated.zoomTo({lo, lo + xMax * 0.5});
        render(decimated);
    });
    const int pointsA = int(decimated.plottedPoints(curve.id).size());

    // (b) Plain Qt Charts with every point.
    QChartView raw;
    raw.setRenderHint(QPainter::Antialiasing);
    raw.resize(kImageSize);
    raw.show();
    load.restart();
    auto* series = new QLineSeries;
    QList<QPointF> points;
    points.reserve(qsizetype(n));
    for (std::size_t i = 0; i < n; ++i) points.append(QPointF(curve.x[i], curve.y[i]));
    series->replace(points);
    series->setPen(QPen(curve.color, 1.6));
    raw.chart()->addSeries(series);
    raw.chart()->createDefaultAxes();
    QCoreApplication::processEvents();
    const double loadB = double(load.nsecsElapsed()) / 1e6;
    const int rawRuns = std::max(1, std::min(runs, 3)); // each one takes seconds
    const double renderB = medianMs(rawRuns, [&] { render(raw); });
    auto* axisX = qobject_cast<QValueAxis*>(raw.chart()->axes(Qt::Horizontal).value(0));
    step = 0;
    const double zoomB = medianMs(rawRuns, [&] {
        const double lo = xMax * 0.1 * (step++ % 5);
        if (axisX) axisX->setRange(lo, lo + xMax * 0.5);
        render(raw);
    });

    std::printf("points per curve: %zu, image %dx%d, median of %d (decimated) / %d (raw) runs\n",
                n, kImageSize.width(), kImageSize.height(), runs, rawRuns);
    std::printf("points handed to Qt Charts: decimated %d, raw %zu\n", pointsA, n);
    std::printf("%-34s %12s %12s %9s\n", "", "decimated ms", "raw ms", "ratio");
    std::printf("%-34s %12.1f %12.1f %8.1fx\n", "load data (setCurves / replace)", loadA, loadB,
                loadB / loadA);
    std::printf("%-34s %12.1f %12.1f %8.1fx\n", "render to 1600x1000 image", renderA, renderB,
                renderB / renderA);
    std::printf("%-34s %12.1f %12.1f %8.1fx\n", "zoom (new x-range) + render", zoomA, zoomB,
                zoomB / zoomA);
    return 0;
}
