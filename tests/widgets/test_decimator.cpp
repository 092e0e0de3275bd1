// Per-pixel-column min/max decimation: spikes survive, sizes are bounded, ranges respected.
#include <QtTest>
#include <cmath>
#include <limits>
#include <random>

#include "widgets/charts/Decimator.h"

using ts::widgets::Decimator;

class TestDecimator : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void spikeSurvivesMillionPoints();
    void zoomedRangeKeepsOnlyNeighbours();
    void logXColumnsAreEqualInLogSpace();
    void nonFiniteValuesAreSkipped();
    void smallSeriesUnchanged();
    void emptyAndSinglePoint();
};

namespace {

bool containsY(const std::vector<Decimator::Point>& pts, double y) {
    for (const auto& p : pts)
        if (p.y == y) return true;
    return false;
}

} // namespace

void TestDecimator::spikeSurvivesMillionPoints() {
    const std::size_t n = 1'000'000;
    std::mt19937 rng(1234);
    std::uniform_int_distribution<std::size_t> pick(1, n - 2);
    const std::size_t spikeAt = pick(rng);
    std::vector<double> x(n), y(n);
    for (std::size_t i = 0; i < n; ++i) {
        x[i] = double(i);
        y[i] = std::sin(double(i) * 1e-4);
    }
    y[spikeAt] = 42.0;

    Decimator::Options o;
    o.xMin = 0;
    o.xMax = double(n - 1);
    o.columns = 800;
    const auto pts = Decimator::decimate(x, y, o);
    QVERIFY2(containsY(pts, 42.0), qPrintable(QString("spike at %1 lost").arg(spikeAt)));
    QVERIFY(pts.size() <= 4 * std::size_t(o.columns) + 4);
    QVERIFY(pts.size() >= std::size_t(o.columns)); // every column has points
    QCOMPARE(pts.front().x, 0.0);
    QCOMPARE(pts.back().x, double(n - 1));
    for (std::size_t i = 1; i < pts.size(); ++i) QVERIFY(pts[i - 1].x < pts[i].x);

    // A negative spike too: the column minimum is kept.
    y[spikeAt] = -42.0;
    QVERIFY(containsY(Decimator::decimate(x, y, o), -42.0));
}

void TestDecimator::zoomedRangeKeepsOnlyNeighbours() {
    const std::size_t n = 1'000'000;
    std::vector<double> x(n), y(n);
    for (std::size_t i = 0; i < n; ++i) {
        x[i] = double(i) * 0.5; // x in [0, 499999.5]
        y[i] = double(i % 97);
    }
    Decimator::Options o;
    o.xMin = 100000.25; // between samples
    o.xMax = 200000.25;
    o.columns = 500;
    const auto pts = Decimator::decimate(x, y, o);
    QVERIFY(pts.size() <= 4 * std::size_t(o.columns) + 4);
    // Global first and last, one point either side of the range, the rest inside it.
    QCOMPARE(pts.front().x, 0.0);
    QCOMPARE(pts.back().x, x.back());
    QCOMPARE(pts[1].x, 100000.0);                // just before xMin
    QCOMPARE(pts[pts.size() - 2].x, 200000.5);   // just after xMax
    for (std::size_t i = 2; i + 2 < pts.size(); ++i) {
        QVERIFY(pts[i].x >= o.xMin);
        QVERIFY(pts[i].x <= o.xMax);
    }
    QVERIFY(containsY(pts, 96.0)); // each column spans whole periods: max kept
    QVERIFY(containsY(pts, 0.0));
}

void TestDecimator::logXColumnsAreEqualInLogSpace() {
    // Steps 1..1e6: on a log axis the first decade (9 points) gets as many columns as the
    // last (900,000 points), so its points all survive.
    const std::size_t n = 1'000'000;
    std::vector<double> x(n), y(n);
    for (std::size_t i = 0; i < n; ++i) {
        x[i] = double(i + 1);
        y[i] = std::cos(double(i));
    }
    Decimator::Options o;
    o.xMin = 1;
    o.xMax = 1e6;
    o.columns = 600; // 100 columns per decade
    o.logX = true;
    const auto pts = Decimator::decimate(x, y, o);
    QVERIFY(pts.size() <= 4 * std::size_t(o.columns) + 4);
    for (double step = 1; step <= 9; ++step) {
        bool found = false;
        for (const auto& p : pts) found = found || p.x == step;
        QVERIFY2(found, qPrintable(QString("step %1 lost on log x").arg(step)));
    }
    // Linear columns would merge the whole first decade into a single column.
    o.logX = false;
    const auto lin = Decimator::decimate(x, y, o);
    int firstDecade = 0;
    for (const auto& p : lin) firstDecade += p.x < 10 ? 1 : 0;
    QVERIFY(firstDecade <= 4);

    // Non-positive x cannot be drawn on a log axis.
    std::vector<double> x2{-1, 0, 1, 2, 3}, y2{1, 2, 3, 4, 5};
    o.logX = true;
    o.xMin = 0.5;
    o.xMax = 10;
    const auto few = Decimator::decimate(x2, y2, o);
    QCOMPARE(few.size(), std::size_t(3));
    QCOMPARE(few.front().x, 1.0);
}

void TestDecimator::nonFiniteValuesAreSkipped() {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    // Small series (returned whole) and a large one (decimated).
    std::vector<double> x{0, 1, 2, 3, 4}, y{nan, 1, inf, 3, nan};
    Decimator::Options o;
    o.xMin = 0;
    o.xMax = 4;
    o.columns = 100;
    auto pts = Decimator::decimate(x, y, o);
    QCOMPARE(pts.size(), std::size_t(2));
    QCOMPARE(pts[0].y, 1.0);
    QCOMPARE(pts[1].y, 3.0);

    const std::size_t n = 100'000;
    std::vector<double> bx(n), by(n);
    for (std::size_t i = 0; i < n; ++i) {
        bx[i] = double(i);
        by[i] = i % 10 == 3 ? nan : (i % 10 == 7 ? -inf : double(i % 5));
    }
    by.front() = nan;
    o.xMax = double(n - 1);
    pts = Decimator::decimate(bx, by, o);
    QVERIFY(pts.size() <= 4 * 100 + 4);
    for (const auto& p : pts) QVERIFY(std::isfinite(p.y));
    QCOMPARE(pts.front().x, 1.0); // the first finite point
}

void TestDecimator::smallSeriesUnchanged() {
    std::vector<double> x, y;
    for (int i = 0; i < 300; ++i) {
        x.push_back(i * 3.0);
        y.push_back(std::sqrt(double(i)));
    }
    Decimator::Options o;
    o.xMin = 0;
    o.xMax = x.back();
    o.columns = 800; // 300 < 4 * 800
    const auto pts = Decimator::decimate(x, y, o);
    QCOMPARE(pts.size(), x.size());
    for (std::size_t i = 0; i < x.size(); ++i) {
        QCOMPARE(pts[i].x, x[i]);
        QCOMPARE(pts[i].y, y[i]);
    }
}

void TestDecimator::emptyAndSinglePoint() {
    Decimator::Options o;
    QVERIFY(Decimator::decimate(std::vector<double>{}, std::vector<double>{}, o).empty());
    const auto one = Decimator::decimate(std::vector<double>{5}, std::vector<double>{7}, o);
    QCOMPARE(one.size(), std::size_t(1)); // first == last, written once
    QCOMPARE(one[0].y, 7.0);
}

QTEST_MAIN(TestDecimator)
#include "test_decimator.moc"
