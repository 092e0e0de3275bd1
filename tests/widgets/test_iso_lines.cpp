// Marching squares, levels and the surface scale against analytic truth.
#include <QtTest>

#include "widgets/landscape/IsoLines.h"
#include "widgets/landscape/SurfaceScale.h"

#include <cmath>

using namespace ts::widgets;

class TestIsoLines : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void circleOfBowl();
    void straightLineOfPlane();
    void saddleFollowsCentre();
    void missingPointsAreSkipped();
    void levelsAndScale();
    void interpolationIsBilinear();
};

static std::vector<double> axis(int n, double lo, double hi)
{
    std::vector<double> v;
    for (int i = 0; i < n; ++i)
        v.push_back(lo + (hi - lo) * i / (n - 1));
    return v;
}

template <class F> static std::vector<double> sample(const std::vector<double>& xs, const std::vector<double>& ys, F f)
{
    std::vector<double> g;
    for (double y : ys)
        for (double x : xs)
            g.push_back(f(x, y));
    return g;
}

void TestIsoLines::circleOfBowl()
{
    // x² + y² = 0.25 is the circle of radius 0.5; linear interpolation along the cell edges is
    // within h²/4·(second derivative) of it.
    const auto xs = axis(81, -1, 1), ys = axis(61, -1, 1);
    const auto g = sample(xs, ys, [](double x, double y) { return x * x + y * y; });
    const auto segments = isoSegments(g, xs, ys, 0.25);
    QVERIFY(segments.size() > 50);
    double length = 0;
    for (const auto& s : segments) {
        QVERIFY(std::abs(std::hypot(s.x0, s.y0) - 0.5) < 2e-3);
        QVERIFY(std::abs(std::hypot(s.x1, s.y1) - 0.5) < 2e-3);
        length += std::hypot(s.x1 - s.x0, s.y1 - s.y0);
    }
    QVERIFY(std::abs(length - M_PI) < 5e-3); // the circumference
}

void TestIsoLines::straightLineOfPlane()
{
    // A plane's iso-line is exact: 2x + y = 0.3.
    const auto xs = axis(7, -1, 1), ys = axis(5, -1, 1);
    const auto g = sample(xs, ys, [](double x, double y) { return 2 * x + y; });
    const auto segments = isoSegments(g, xs, ys, 0.3);
    QVERIFY(!segments.empty());
    for (const auto& s : segments) {
        QVERIFY(std::abs(2 * s.x0 + s.y0 - 0.3) < 1e-12);
        QVERIFY(std::abs(2 * s.x1 + s.y1 - 0.3) < 1e-12);
    }
}

void TestIsoLines::saddleFollowsCentre()
{
    // One cell, corners (0,0)=1 (1,0)=0 (1,1)=1 (0,1)=0 plus a centre mean of 0.5.
    const std::vector<double> xs{0, 1}, ys{0, 1};
    const std::vector<double> g{1, 0, 0, 1}; // row-major: (0,0)=1 (1,0)=0 (0,1)=0 (1,1)=1
    // Level 0.4: the centre (0.5) is high like corners (0,0) and (1,1), so the segments cut
    // off the low corners (1,0) and (0,1).
    auto segments = isoSegments(g, xs, ys, 0.4);
    QCOMPARE(segments.size(), size_t(2));
    for (const auto& s : segments) {
        const double mx = (s.x0 + s.x1) / 2, my = (s.y0 + s.y1) / 2;
        QVERIFY((mx > 0.5 && my < 0.5) || (mx < 0.5 && my > 0.5));
    }
    // Level 0.6: the centre is low, so the high corners are cut off.
    segments = isoSegments(g, xs, ys, 0.6);
    QCOMPARE(segments.size(), size_t(2));
    for (const auto& s : segments) {
        const double mx = (s.x0 + s.x1) / 2, my = (s.y0 + s.y1) / 2;
        QVERIFY((mx < 0.5 && my < 0.5) || (mx > 0.5 && my > 0.5));
    }
}

void TestIsoLines::missingPointsAreSkipped()
{
    const auto xs = axis(3, 0, 2), ys = axis(2, 0, 1);
    std::vector<double> g{0, 1, 2, 0, 1, 2};
    QCOMPARE(isoSegments(g, xs, ys, 0.5).size(), size_t(1));
    QCOMPARE(isoSegments(g, xs, ys, 1.5).size(), size_t(1));
    g[1] = std::nan(""); // both cells touch the missing point
    QVERIFY(isoSegments(g, xs, ys, 0.5).empty());
    QVERIFY(isoSegments(g, xs, ys, 1.5).empty());
}

void TestIsoLines::levelsAndScale()
{
    const auto levels = evenLevels(0, 10, 4);
    QCOMPARE(levels.size(), size_t(4));
    QCOMPARE(levels.front(), 2.0);
    QCOMPARE(levels.back(), 8.0);
    QVERIFY(evenLevels(1, 1, 5).empty());

    SurfaceScale scale;
    QCOMPARE(scale.apply(3.5), 3.5);
    scale.zClip = 2;
    QCOMPARE(scale.apply(3.5), 2.0);
    scale.log = true;
    QCOMPARE(scale.apply(100), std::log10(2.0));
    QCOMPARE(scale.apply(0.01), -2.0);
    QVERIFY(std::isnan(scale.apply(0)));
    QVERIFY(std::isnan(scale.apply(std::nan(""))));
}

void TestIsoLines::interpolationIsBilinear()
{
    // A bilinear function is reproduced exactly between grid points.
    const auto xs = axis(5, -1, 1), ys = axis(4, 0, 3);
    const auto f = [](double x, double y) { return 1 + 2 * x - y + 0.5 * x * y; };
    const auto g = sample(xs, ys, f);
    for (double x : {-0.9, -0.3, 0.1, 0.77})
        for (double y : {0.1, 1.4, 2.9})
            QVERIFY(std::abs(interpolateGrid(g, xs, ys, x, y) - f(x, y)) < 1e-12);
    QVERIFY(std::isnan(interpolateGrid(g, xs, ys, 1.5, 1)));
}

QTEST_GUILESS_MAIN(TestIsoLines)
#include "test_iso_lines.moc"
