// Replay: the transport bar (play at a speed, step to stops, scrub, bookmarks) and the views
// that follow its cursor (curves up to the step, events once crossed, the last checkpoint
// reached), and their return to the whole run.
#include "LandscapeTestSurface.h"
#include "widgets/charts/CurveChartView.h"
#include "widgets/grokking/GrokkingDashboard.h"
#include "widgets/landscape/ContourMapView.h"
#include "widgets/landscape/LandscapePanel.h"
#include "widgets/replay/TransportBar.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>
#include <QToolButton>

#include <cmath>
#include <limits>

using namespace ts;
using namespace ts::widgets;

namespace {
constexpr double kInf = std::numeric_limits<double>::infinity();

double lastX(const QList<QPointF>& pts) { return pts.isEmpty() ? std::nan("") : pts.back().x(); }

double maxX(const QList<QPointF>& pts)
{
    double m = -kInf;
    for (const auto& p : pts)
        m = std::max(m, p.x());
    return m;
}

GrokkingData grokking()
{
    GrokkingData d;
    d.title = "replay";
    for (int s = 0; s <= 2000; s += 10) {
        d.trainSteps.push_back(s);
        d.trainAcc.push_back(s >= 100 ? 1.0 : s / 100.0);
        d.testSteps.push_back(s);
        d.testAcc.push_back(s >= 1200 ? 1.0 : 0.01);
    }
    d.tMem = 100;
    d.t50 = 1200;
    d.t90 = 1300;
    d.verdict = "grokking";
    d.fourier = true;
    for (double step : {10.0, 50.0, 200.0, 800.0, 1250.0, 2000.0}) {
        d.steps.push_back(step);
        d.weightNorm.push_back(30 - step / 100);
        d.distInit.push_back(step / 100);
        d.coherenceTrain.push_back(1.0);
        d.coherenceTest.push_back(1.1);
        d.gini.push_back(step / 2000);
        d.restrictedLoss.push_back(1);
        d.excludedLoss.push_back(2);
        d.frequencyNorms.push_back(std::vector<double>(6, step));
    }
    return d;
}
} // namespace

class TestReplay : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void playAdvancesAtTheChosenSpeed()
    {
        TransportBar bar;
        bar.setRange(0, 2000);
        QCOMPARE(bar.speed(), 1.0);
        // 1× replays the whole run in kSecondsAtOneX seconds.
        QCOMPARE(bar.stepsPerSecond(), 2000 / TransportBar::kSecondsAtOneX);
        QSignalSpy moved(&bar, &TransportBar::stepChanged);
        bar.advance(2.0);
        QCOMPARE(bar.step(), 200.0);
        QCOMPARE(moved.count(), 1);
        QCOMPARE(moved.last().at(0).toDouble(), 200.0);
        bar.setSpeed(4);
        QCOMPARE(bar.findChild<QComboBox*>("replaySpeed")->currentText(), QString("4×"));
        bar.advance(0.5); // 4 × 100 steps/s × 0.5 s
        QCOMPARE(bar.step(), 400.0);
        bar.setSpeed(0.3); // snaps to 0.25
        QCOMPARE(bar.speed(), 0.25);
        bar.setSpeed(64);
        QCOMPARE(bar.speed(), 64.0);

        // The real timer at 1× (100 steps/s) moves by the time measured, never ahead of it.
        bar.setSpeed(1);
        bar.setStep(0);
        QElapsedTimer clock;
        clock.start();
        bar.play();
        QVERIFY(bar.isPlaying());
        QTest::qWait(200);
        const double played = bar.step(), seconds = clock.elapsed() / 1000.0;
        QVERIFY2(played >= 5 && played <= 100 * seconds, qPrintable(QString("%1 in %2 s").arg(played).arg(seconds)));
        // Playing on to the end (64×: 0.3 s) stops there; play again starts over.
        bar.setSpeed(64);
        QTRY_VERIFY_WITH_TIMEOUT(!bar.isPlaying(), 5000);
        QCOMPARE(bar.step(), 2000.0);
        bar.play();
        QVERIFY(bar.step() < 500);
        bar.pause();
        QVERIFY(!bar.isPlaying());
        bar.findChild<QToolButton*>("replayPlay")->click();
        QVERIFY(bar.isPlaying());
        bar.togglePlaying();
        QVERIFY(!bar.isPlaying());
    }

    void stepsScrubsAndBookmarks()
    {
        TransportBar bar;
        bar.setRange(0, 2000);
        bar.setStops({500, 0, 100, 2000, 100});
        QSignalSpy moved(&bar, &TransportBar::stepChanged);
        bar.setStep(100);
        bar.findChild<QToolButton*>("replayStepForward")->click();
        QCOMPARE(bar.step(), 500.0);
        bar.stepBack();
        QCOMPARE(bar.step(), 100.0);
        bar.setStep(300);
        bar.stepBack();
        QCOMPARE(bar.step(), 100.0);
        bar.stepBack();
        bar.stepBack();
        QCOMPARE(bar.step(), 0.0);

        // The scrub slider spans the range.
        moved.clear();
        bar.findChild<QSlider*>("replayScrub")->setValue(5000);
        QCOMPARE(moved.count(), 1);
        QCOMPARE(moved.last().at(0).toDouble(), 1000.0);
        // Setting the step moves the slider without a second signal.
        bar.setStep(1500);
        QCOMPARE(bar.findChild<QSlider*>("replayScrub")->value(), 7500);
        QCOMPARE(moved.count(), 2);
        bar.setStep(99999); // clamped
        QCOMPARE(bar.step(), 2000.0);

        bar.setBookmarks({{"t_mem", 120}, {"t90", 1300}});
        auto* t90 = bar.findChild<QToolButton*>("bookmark:t90");
        QVERIFY(t90);
        t90->click();
        QCOMPARE(bar.step(), 1300.0);
        bar.jumpToBookmark("t_mem");
        QCOMPARE(bar.step(), 120.0);
        bar.jumpToBookmark("nonsense");
        QCOMPARE(bar.step(), 120.0);
        bar.setBookmarks({{"t50", 700}});
        QVERIFY(!bar.findChild<QToolButton*>("bookmark:t90"));
        auto* t50 = bar.findChild<QToolButton*>("bookmark:t50");
        QVERIFY(t50);
        bar.setBookmarks({{"t50", 700}}); // the same again (a live run's range update): same button
        QCOMPARE(bar.findChild<QToolButton*>("bookmark:t50"), t50);
    }

    void chartDrawsUpToTheStepAndKeepsItsAxes()
    {
        CurveChartView chart;
        chart.resize(800, 500);
        chart.show();
        CurveChartView::Curve line{"line", "line", Qt::blue, {}, {}};
        for (int s = 0; s <= 100; s += 10) {
            line.x.push_back(s);
            line.y.push_back(2.0 * s);
        }
        chart.setCurves({line, {"event", "event", Qt::gray, {60, 60}, {0, 200}}});
        const auto x0 = chart.xRange(), y0 = chart.yRange();
        chart.setReplayStep(42.5); // not a step axis yet: ignored
        QCOMPARE(lastX(chart.plottedPoints("line")), 100.0);

        chart.setStepAxis(true);
        chart.setReplayStep(42.5);
        const auto pts = chart.plottedPoints("line");
        QCOMPARE(maxX(pts), 42.5);
        QCOMPARE(pts.back().y(), 85.0); // interpolated: the line ends at the cursor
        QVERIFY(chart.plottedPoints("event").isEmpty()); // not crossed yet
        QCOMPARE(chart.xRange(), x0);
        QCOMPARE(chart.yRange(), y0);
        chart.setReplayStep(60);
        QCOMPARE(chart.plottedPoints("event").size(), 2);
        QCOMPARE(maxX(chart.plottedPoints("line")), 60.0);
        chart.setReplayStep(-5);
        QVERIFY(chart.plottedPoints("line").isEmpty());
        chart.setReplayStep(kInf);
        QCOMPARE(lastX(chart.plottedPoints("line")), 100.0);
        QCOMPARE(chart.plottedPoints("line").size(), 11);
        // Smoothing: both the smoothed line and its faint raw companion stop at the cursor.
        chart.setSmoothing(0.5);
        chart.setReplayStep(55);
        QCOMPARE(maxX(chart.plottedPoints("line")), 55.0);
        QCOMPARE(maxX(chart.plottedRawPoints("line")), 55.0);
        QCOMPARE(chart.plottedRawPoints("line").back().y(), 110.0);
    }

    void grokkingDashboardFollowsTheCursor()
    {
        GrokkingDashboard dash;
        dash.resize(1400, 1000);
        dash.show();
        dash.setData(grokking());
        QCOMPARE(dash.checkpointIndex(), 5);
        auto* acc = dash.accuracyChart();
        dash.setReplayStep(500);
        QCOMPARE(dash.checkpointIndex(), 2); // 200, the last checkpoint reached
        QVERIFY(dash.spectrumChart()->chart()->title().contains("200"));
        QVERIFY(maxX(acc->plottedPoints("test_acc")) <= 500);
        QCOMPARE(maxX(acc->plottedPoints("test_acc")), 500.0);
        QVERIFY(!acc->plottedPoints("event:t_mem").isEmpty());
        QVERIFY(acc->plottedPoints("event:t50").isEmpty());
        QVERIFY(acc->plottedPoints("event:t90").isEmpty());
        for (auto* m : dash.measureCharts())
            for (const auto& id : m->curveIds())
                QVERIFY(maxX(m->plottedPoints(id)) <= 500 || m->plottedPoints(id).isEmpty());
        // The spectrum's own x (frequency) is not cut.
        QCOMPARE(dash.spectrumChart()->plottedPoints("spectrum").size(), 5);

        dash.setReplayStep(1250);
        QCOMPARE(dash.checkpointIndex(), 4);
        QVERIFY(!acc->plottedPoints("event:t50").isEmpty());
        QVERIFY(acc->plottedPoints("event:t90").isEmpty());
        dash.setReplayStep(5); // before the first checkpoint: the first one
        QCOMPARE(dash.checkpointIndex(), 0);
        dash.setReplayStep(kInf);
        QCOMPARE(dash.checkpointIndex(), 5);
        QCOMPARE(lastX(acc->plottedPoints("test_acc")), 2000.0);
        QVERIFY(!acc->plottedPoints("event:t90").isEmpty());
    }

    void landscapeTrajectoryGrowsWithTheCursor()
    {
        LandscapePanel panel;
        panel.resize(1200, 700);
        panel.show();
        panel.setSurface(test::bowlSurface()); // trajectory at steps 0, 100, …, 700
        QCOMPARE(panel.options().currentStep, int64_t(700));
        panel.setReplayStep(250);
        QCOMPARE(panel.options().currentStep, int64_t(200));
        QCOMPARE(panel.contourView()->options().currentStep, int64_t(200));
        QCOMPARE(panel.contourView()->options().trajectoryUpTo, 250.0);
        panel.setReplayStep(640);
        QCOMPARE(panel.contourView()->options().currentStep, int64_t(600));
        // The contour map draws only the checkpoints reached: compare with the whole path.
        const QImage partial = panel.contourView()->grab().toImage();
        panel.setReplayStep(kInf);
        QCOMPARE(panel.options().currentStep, int64_t(700)); // the mark before the replay
        QVERIFY(std::isinf(panel.contourView()->options().trajectoryUpTo));
        const QImage whole = panel.contourView()->grab().toImage();
        QVERIFY(partial != whole);
    }
};

QTEST_MAIN(TestReplay)
#include "test_replay.moc"
