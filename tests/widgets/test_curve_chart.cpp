// CurveChartView: legend toggling, log axes, smoothing, outlier-robust range, zoom with
// decimation, live appends, mouse zoom and the full-resolution table for CSV export.
#include <QAreaSeries>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QSignalSpy>
#include <QValueAxis>
#include <QtTest>
#include <cmath>

#include "widgets/charts/CurveChartView.h"
#include "widgets/charts/EmaSmoother.h"

using ts::widgets::CurveChartView;

class TestCurveChart : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void legendMarkerTogglesSeries();
    void logAxes();
    void smoothingHoldsEma();
    void ignoreOutliersExcludesSpike();
    void zoomDecimatesVisibleRange();
    void mouseBoxZoomAndDoubleClickReset();
    void plottedTableIsFullResolution();
    void liveAppend();
    void fixedYRangeAndTheme();
    void groupBandShadedAndInTable();
    void groupErrorBars();

private:
    static CurveChartView::Curve makeCurve(const QString& id, std::size_t n, double offset);
    QRect plotRectInViewport() const;
    CurveChartView* view_ = nullptr;
};

CurveChartView::Curve TestCurveChart::makeCurve(const QString& id, std::size_t n, double offset) {
    CurveChartView::Curve c;
    c.id = id;
    c.label = QStringLiteral("run %1 / loss").arg(id);
    c.color = id == QLatin1String("a") ? QColor(31, 119, 180) : QColor(255, 127, 14);
    for (std::size_t i = 0; i < n; ++i) {
        c.x.push_back(double(i));
        c.y.push_back(offset + std::exp(-double(i) / double(n)) + 0.05 * std::sin(double(i)));
    }
    return c;
}

QRect TestCurveChart::plotRectInViewport() const {
    QChart* c = view_->chart();
    return view_->mapFromScene(c->mapToScene(c->plotArea())).boundingRect();
}

void TestCurveChart::init() {
    view_ = new CurveChartView;
    view_->resize(800, 500);
    view_->show();
    QVERIFY(QTest::qWaitForWindowExposed(view_));
    view_->setCurves({makeCurve("a", 200'000, 0.0), makeCurve("b", 5'000, 1.0)});
    QCoreApplication::processEvents();
}

void TestCurveChart::cleanup() {
    delete view_;
    view_ = nullptr;
}

void TestCurveChart::legendMarkerTogglesSeries() {
    QCOMPARE(view_->visibleCurveIds(), QStringList({"a", "b"}));
    QSignalSpy spy(view_, &CurveChartView::curveVisibilityChanged);
    const auto markers = view_->chart()->legend()->markers(view_->series("a"));
    QCOMPARE(markers.size(), 1);
    QLegendMarker* marker = markers.first();
    QCOMPARE(marker->label(), QStringLiteral("run a / loss"));

    Q_EMIT marker->clicked();
    QCOMPARE(view_->visibleCurveIds(), QStringList({"b"}));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("a"));
    QCOMPARE(spy.at(0).at(1).toBool(), false);
    QVERIFY(!view_->series("a")->isVisible());
    QVERIFY(marker->isVisible()); // still in the legend, to be clicked back on
    QVERIFY(marker->labelBrush().color().alphaF() < 0.5);
    QVERIFY(view_->plottedPoints("a").isEmpty());

    Q_EMIT marker->clicked();
    QCOMPARE(view_->visibleCurveIds(), QStringList({"a", "b"}));
    QCOMPARE(spy.count(), 2);
    QVERIFY(marker->labelBrush().color().alphaF() > 0.99);
    QVERIFY(!view_->plottedPoints("a").isEmpty());

    // Only one marker per curve: the faint raw companions stay out of the legend.
    view_->setSmoothing(0.6);
    int shown = 0;
    for (QLegendMarker* m : view_->chart()->legend()->markers()) shown += m->isVisible();
    QCOMPARE(shown, 2);
}

void TestCurveChart::logAxes() {
    QVERIFY(qobject_cast<QValueAxis*>(view_->axisX()));
    QVERIFY(qobject_cast<QValueAxis*>(view_->axisY()));
    view_->setLogX(true);
    QVERIFY(view_->isLogX());
    QVERIFY(qobject_cast<QLogValueAxis*>(view_->axisX()));
    QVERIFY(qobject_cast<QValueAxis*>(view_->axisY()));
    // Step 0 cannot sit on a log axis: dropped.
    for (const QPointF& p : view_->plottedPoints("a")) QVERIFY(p.x() > 0);
    QCOMPARE(view_->xRange().first, 1.0);

    // A curve with non-positive values on a log y axis.
    CurveChartView::Curve c = makeCurve("a", 1000, -0.5);
    view_->setCurves({c});
    view_->setLogY(true);
    QVERIFY(qobject_cast<QLogValueAxis*>(view_->axisY()));
    const auto pts = view_->plottedPoints("a");
    QVERIFY(!pts.isEmpty());
    for (const QPointF& p : pts) QVERIFY(p.y() > 0);
    QVERIFY(view_->yRange().first > 0);
    QVERIFY(view_->chart()->axes().contains(view_->axisX()));
    QCOMPARE(view_->series("a")->attachedAxes().size(), 2);

    view_->setLogX(false);
    view_->setLogY(false);
    QVERIFY(qobject_cast<QValueAxis*>(view_->axisX()));
    QVERIFY(qobject_cast<QValueAxis*>(view_->axisY()));
    QCOMPARE(view_->plottedPoints("a").size(), 1000);
}

void TestCurveChart::smoothingHoldsEma() {
    // Few enough points to be drawn whole: the main line is the EMA, the raw one faint.
    const CurveChartView::Curve c = makeCurve("b", 1'000, 1.0);
    view_->setCurves({makeCurve("a", 200'000, 0.0), c});
    view_->zoomTo({0, 999});
    QVERIFY(view_->smoothedValues("b").empty());
    QVERIFY(view_->plottedRawPoints("b").isEmpty());
    view_->setSmoothing(0.6);
    const auto smoothed = view_->smoothedValues("b");
    QCOMPARE(smoothed, ts::widgets::EmaSmoother::smooth(c.y, 0.6));
    const auto main = view_->plottedPoints("b");
    const auto raw = view_->plottedRawPoints("b");
    QCOMPARE(main.size(), 1000);
    QCOMPARE(raw.size(), 1000);
    for (int i = 0; i < 1000; ++i) {
        QCOMPARE(main[i].y(), smoothed[std::size_t(i)]);
        QCOMPARE(raw[i].y(), c.y[std::size_t(i)]);
    }
    // Same colour; the raw line faint.
    QCOMPARE(view_->series("b")->pen().color().alpha(), 255);
    bool faintFound = false;
    for (QAbstractSeries* s : view_->chart()->series()) {
        auto* ls = qobject_cast<QLineSeries*>(s);
        if (ls && ls != view_->series("b") && ls->isVisible() && ls->count() == 1000 &&
            ls->pen().color().rgb() == c.color.rgb())
            faintFound = ls->pen().color().alpha() < 128;
    }
    QVERIFY(faintFound);

    view_->setSmoothing(0);
    QVERIFY(view_->smoothedValues("b").empty());
    QCOMPARE(view_->plottedPoints("b")[123].y(), c.y[123]);
    QVERIFY(view_->plottedRawPoints("b").isEmpty());
}

void TestCurveChart::ignoreOutliersExcludesSpike() {
    CurveChartView::Curve c;
    c.id = "s";
    c.label = "spiky";
    c.color = Qt::darkGreen;
    for (int i = 0; i < 1000; ++i) {
        c.x.push_back(i);
        c.y.push_back(i == 500 ? 1000.0 : 0.5 + 0.4 * std::sin(i * 0.05));
    }
    view_->setCurves({c});
    QVERIFY(view_->yRange().second >= 1000.0);
    view_->setIgnoreOutliers(true);
    const auto r = view_->yRange();
    QVERIFY2(r.second < 2.0, qPrintable(QString::number(r.second)));
    QVERIFY(r.first > -0.5 && r.first < 0.2);
    view_->setIgnoreOutliers(false);
    QVERIFY(view_->yRange().second >= 1000.0);
}

void TestCurveChart::zoomDecimatesVisibleRange() {
    // 200,000 points never reach Qt Charts whole.
    const int columns = int(std::ceil(view_->chart()->plotArea().width()));
    QVERIFY(columns > 100);
    auto pts = view_->plottedPoints("a");
    QVERIFY(pts.size() <= 4 * columns + 4 + 64); // + slack: the view's width is its own
    QVERIFY(pts.size() > columns);

    QSignalSpy spy(view_, &CurveChartView::rangeChanged);
    view_->zoomTo({20'000, 30'000});
    QVERIFY(spy.count() >= 1);
    QCOMPARE(view_->xRange(), CurveChartView::Range(20'000, 30'000));
    pts = view_->plottedPoints("a");
    QVERIFY(pts.size() <= 4 * columns + 4 + 64);
    QCOMPARE(pts.front().x(), 0.0);          // the global first point ...
    QCOMPARE(pts.back().x(), 199'999.0);     // ... and last one are always kept
    QCOMPARE(pts[1].x(), 19'999.0);          // one point either side of the range
    QCOMPARE(pts[pts.size() - 2].x(), 30'001.0);
    for (int i = 2; i < pts.size() - 2; ++i) {
        QVERIFY(pts[i].x() >= 20'000);
        QVERIFY(pts[i].x() <= 30'000);
    }
    // y follows the zoomed data.
    const auto yr = view_->yRange();
    QVERIFY(yr.second < 1.1);

    view_->resetZoom();
    QCOMPARE(view_->xRange(), CurveChartView::Range(0, 199'999));
}

void TestCurveChart::mouseBoxZoomAndDoubleClickReset() {
    const QRect plot = plotRectInViewport();
    QVERIFY(plot.width() > 100);
    QSignalSpy moved(view_, &CurveChartView::cursorMoved);
    QWidget* vp = view_->viewport();
    const QPoint from(plot.left() + plot.width() / 4, plot.top() + 10);
    const QPoint to(plot.left() + plot.width() / 2, plot.bottom() - 10);
    const auto send = [vp](QEvent::Type type, QPoint pos, Qt::MouseButtons buttons) {
        QMouseEvent e(type, pos, vp->mapToGlobal(pos), Qt::LeftButton, buttons, Qt::NoModifier);
        QApplication::sendEvent(vp, &e);
    };
    send(QEvent::MouseButtonPress, from, Qt::LeftButton);
    send(QEvent::MouseMove, (from + to) / 2, Qt::LeftButton);
    send(QEvent::MouseMove, to, Qt::LeftButton);
    send(QEvent::MouseButtonRelease, to, Qt::NoButton);
    QVERIFY(moved.count() >= 1);
    const auto xr = view_->xRange();
    // A quarter to a half of 0..199,999, give or take a pixel.
    const double pixel = 200'000.0 / plot.width();
    QVERIFY2(std::abs(xr.first - 50'000) < 3 * pixel, qPrintable(QString::number(xr.first)));
    QVERIFY2(std::abs(xr.second - 100'000) < 3 * pixel, qPrintable(QString::number(xr.second)));

    QWheelEvent wheel(QPointF(plot.center()), QPointF(vp->mapToGlobal(plot.center())), QPoint(),
                      QPoint(0, 120), Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase,
                      false);
    QApplication::sendEvent(vp, &wheel);
    const auto zoomed = view_->xRange();
    QVERIFY(zoomed.second - zoomed.first < 0.9 * (xr.second - xr.first));

    QTest::mouseDClick(vp, Qt::LeftButton, Qt::NoModifier, plot.center());
    QCOMPARE(view_->xRange(), CurveChartView::Range(0, 199'999));
}

void TestCurveChart::plottedTableIsFullResolution() {
    const CurveChartView::Curve a = makeCurve("a", 200'000, 0.0);
    const CurveChartView::Curve b = makeCurve("b", 5'000, 1.0);
    view_->zoomTo({1000.5, 3000.5});
    auto table = view_->plottedTable();
    QCOMPARE(table.size(), 2);
    QCOMPARE(table[0].label, a.label);
    QCOMPARE(table[0].x.size(), std::size_t(2000));
    QCOMPARE(table[0].x.front(), 1001.0);
    for (std::size_t i = 0; i < table[0].x.size(); ++i) {
        QCOMPARE(table[0].x[i], a.x[1001 + i]);
        QCOMPARE(table[0].y[i], a.y[1001 + i]);
    }
    QVERIFY(table[0].smoothed.empty());
    QCOMPARE(table[1].y, std::vector<double>(b.y.begin() + 1001, b.y.begin() + 3001));

    view_->setSmoothing(0.9);
    view_->setCurveVisible("b", false);
    table = view_->plottedTable();
    QCOMPARE(table.size(), 1);
    const auto ema = ts::widgets::EmaSmoother::smooth(a.y, 0.9);
    QCOMPARE(table[0].smoothed, std::vector<double>(ema.begin() + 1001, ema.begin() + 3001));
}

void TestCurveChart::liveAppend() {
    view_->setSmoothing(0.6);
    std::vector<double> x, y;
    for (int i = 0; i < 100; ++i) {
        x.push_back(5000 + i);
        y.push_back(2.0 + i * 0.01);
    }
    view_->appendPoints("b", x, y);
    const auto pts = view_->plottedPoints("b");
    QCOMPARE(pts.back().x(), 5099.0);
    QCOMPARE(view_->xRange().second, 199'999.0); // a is longer still
    // The incremental EMA equals smoothing the grown curve from scratch.
    CurveChartView::Curve b = makeCurve("b", 5'000, 1.0);
    b.y.insert(b.y.end(), y.begin(), y.end());
    QCOMPARE(view_->smoothedValues("b"), ts::widgets::EmaSmoother::smooth(b.y, 0.6));
    QCOMPARE(view_->plottedTable()[1].x.size(), std::size_t(5100));
}

void TestCurveChart::fixedYRangeAndTheme() {
    view_->setFixedYRange(CurveChartView::Range(-1, 5));
    QCOMPARE(view_->yRange(), CurveChartView::Range(-1, 5));
    view_->setTheme(CurveChartView::Theme::Dark);
    QCOMPARE(view_->chart()->theme(), QChart::ChartThemeDark);
    // The theme must not override the curves' own colours.
    QCOMPARE(view_->series("a")->pen().color(), QColor(31, 119, 180));
    view_->setFixedYRange(std::nullopt);
    QVERIFY(view_->yRange().second < 3);
    view_->setAxisTitles(tr("Step"), tr("Loss"));
    QCOMPARE(view_->axisY()->titleText(), QStringLiteral("Loss"));
}

// A run group: the band is shaded under the line, counted in the y-range, kept out of the
// legend, and written to the table with the run counts.
void TestCurveChart::groupBandShadedAndInTable() {
    CurveChartView::Curve g;
    g.id = "group";
    g.label = "mean ± std";
    g.color = QColor(44, 160, 44);
    for (int i = 0; i < 100; ++i) {
        g.x.push_back(i);
        g.y.push_back(1.0);
        g.lower.push_back(0.5);
        g.upper.push_back(i == 50 ? 3.0 : 1.5);
        g.count.push_back(i < 80 ? 3 : 2);
    }
    view_->setCurves({g});
    QAreaSeries* band = nullptr;
    for (QAbstractSeries* s : view_->chart()->series())
        if (auto* a = qobject_cast<QAreaSeries*>(s)) band = a;
    QVERIFY(band);
    QVERIFY(band->isVisible());
    QCOMPARE(band->upperSeries()->points().size(), 100);
    QCOMPARE(band->lowerSeries()->points().front().y(), 0.5);
    QCOMPARE(band->brush().color().rgb(), g.color.rgb());
    for (QLegendMarker* m : view_->chart()->legend()->markers(band)) QVERIFY(!m->isVisible());
    QVERIFY(view_->yRange().second >= 3.0); // the band's top, not only the line's
    QVERIFY(view_->yRange().first <= 0.5);
    const auto table = view_->plottedTable();
    QCOMPARE(table.size(), 1);
    QCOMPARE(table[0].upper[50], 3.0);
    QCOMPARE(table[0].lower.size(), std::size_t(100));
    QCOMPARE(table[0].count[90], 2);
    // Hiding the group hides its band.
    view_->setCurveVisible("group", false);
    QVERIFY(!band->isVisible());
    // Replay draws the band only up to the step.
    view_->setCurveVisible("group", true);
    view_->setStepAxis(true);
    view_->setReplayStep(9.0);
    QCOMPARE(band->upperSeries()->points().size(), 10);
    QCOMPARE(band->upperSeries()->points().back().x(), 9.0);
}

// Sweeps: the band as a vertical bar with caps at each point, and visible point markers.
void TestCurveChart::groupErrorBars() {
    CurveChartView::Curve g;
    g.id = "t90";
    g.label = "t90";
    g.color = Qt::red;
    g.x = {0.1, 0.3, 1.0};
    g.y = {900, 400, 150};
    g.lower = {800, 350, 100};
    g.upper = {1000, 450, 200};
    g.count = {3, 3, 2};
    g.errorBars = true;
    view_->setCurves({g});
    QVector<QLineSeries*> bars;
    for (QAbstractSeries* s : view_->chart()->series())
        if (auto* l = qobject_cast<QLineSeries*>(s); l && l != view_->series("t90") && !l->points().isEmpty())
            bars << l;
    QCOMPARE(bars.size(), 3);
    QVERIFY(view_->series("t90")->pointsVisible());
    double lo = 1e9, hi = -1e9;
    for (const QPointF& p : bars[1]->points()) {
        if (std::abs(p.x() - 0.3) < 0.1) {
            lo = std::min(lo, p.y());
            hi = std::max(hi, p.y());
        }
    }
    QCOMPARE(lo, 350.0);
    QCOMPARE(hi, 450.0);
    QVERIFY(view_->plottedTable()[0].errorBars);
    // Room beside the first and last bars, so that the plot's edge does not cut them.
    QVERIFY(view_->xRange().first < 0.1);
    QVERIFY(view_->xRange().second > 1.0);
}

QTEST_MAIN(TestCurveChart)
#include "test_curve_chart.moc"
