// Replay in the real main window: a finished run with its grokking dashboard, a landscape and
// the training curves open; the transport bar's cursor moves every one of them, its bookmarks
// jump to the detected events, and ending the replay shows the whole run again.
#include "app/gui/LanguageManager.h"
#include "app/gui/MainWindow.h"
#include "app/gui/RunDocument.h"
#include "app/gui/RunRegistry.h"
#include "app/gui/TrainingController.h"
#include "app/gui/reactions/ReplayReaction.h"
#include "widgets/charts/CurveChartView.h"
#include "widgets/grokking/GrokkingDashboard.h"
#include "widgets/landscape/ContourMapView.h"
#include "widgets/landscape/LandscapePanel.h"
#include "widgets/replay/TransportBar.h"
#include "widgets/training/TrainingProgressPanel.h"

#include "core/landscape/Surface.h"
#include "core/runfile/RunReader.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

#include <cmath>
#include <limits>

using namespace ts;
using namespace ts::app;

namespace {
double maxX(const QList<QPointF>& pts)
{
    double m = -std::numeric_limits<double>::infinity();
    for (const auto& p : pts)
        m = std::max(m, p.x());
    return m;
}

// The last checkpoint at or before step.
int64_t reached(const std::vector<int64_t>& steps, double step)
{
    int64_t last = -1;
    for (auto s : steps)
        if (double(s) <= step)
            last = s;
    return last;
}
} // namespace

class TestReplayViews : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName("TrainScopeTests");
        QVERIFY(dir_.isValid());
        // A small modular run that memorises and generalises within 400 steps (seconds).
        run_ = dir_.filePath("run.h5");
        QProcess p;
        p.start(TRAINSCOPE_EXE, {"train", "--task", "modular", "--model", "tickets_mlp", "--set", "p=23", "--set",
                                 "train_frac=0.8", "--set", "embed=32", "--set", "hidden=32", "--set", "optimizer=adamw",
                                 "--set", "lr=0.01", "--set", "weight_decay=1", "--set", "eval_every=5", "--set",
                                 "checkpoints=every:50", "--steps", "400", "--quiet", "--out", run_});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
    }

    void theCursorMovesEveryOpenView()
    {
        LanguageManager language;
        MainWindow w(language);
        w.show();
        w.openRuns({run_});
        QTRY_COMPARE(int(w.registry().documents().size()), 1);
        RunDocument* doc = w.registry().documents().front();
        const auto events = doc->events();
        QVERIFY(events.tMem > 0 && events.t90 > events.tMem && events.t50 > 0);
        const auto ckpts = doc->reader()->checkpointSteps();
        QCOMPARE(int(ckpts.size()), 9);

        w.findAction("actionGrokking")->trigger();
        auto& tabs = w.views();
        QTRY_VERIFY_WITH_TIMEOUT(tabs.count() == 2, 60000);
        auto* dash = qobject_cast<widgets::GrokkingDashboard*>(tabs.widget(1));
        QVERIFY(dash);
        QCOMPARE(dash->data().steps.size(), ckpts.size());

        // A landscape of the run: its trajectory passes the run's checkpoints.
        LandscapeSurface surface;
        surface.run = run_.toStdString();
        surface.checkpointStep = ckpts.back();
        for (int i = 0; i < 11; ++i) {
            surface.xs.push_back(-1 + 0.2 * i);
            surface.ys.push_back(-1 + 0.2 * i);
        }
        for (double y : surface.ys)
            for (double x : surface.xs)
                surface.values["train_loss"].push_back(x * x + y * y);
        for (std::size_t k = 0; k < ckpts.size(); ++k)
            surface.trajectory.push_back({ckpts[k], 0.9 - 0.1 * double(k), 0.1 * double(k), 0.0, std::nan("")});
        auto* landscape = w.openSurfacePanel(surface, "landscape");
        QCOMPARE(tabs.count(), 3);

        auto& chart = w.chart();
        const QString trainAcc = doc->path() + "|train_acc", testAcc = doc->path() + "|test_acc";
        const QString tMem = doc->path() + "|event:t_mem", t90 = doc->path() + "|event:t90";
        const double lastStep = maxX(chart.plottedPoints(testAcc));
        QCOMPARE(lastStep, 400.0);
        const auto fullX = chart.xRange();

        // View → Replay shows the bar at the first step: nothing has happened yet.
        auto* replay = w.findChild<ReplayReaction*>();
        QVERIFY(replay);
        auto* bar = w.findChild<QToolBar*>("replayToolBar");
        QVERIFY(bar && !bar->isVisible());
        w.findAction("actionReplay")->trigger();
        QVERIFY(replay->isActive());
        QVERIFY(bar->isVisible());
        auto& transport = replay->transport();
        QCOMPARE(transport.first(), 0.0);
        QCOMPARE(transport.last(), 400.0);
        QCOMPARE(transport.step(), 0.0);
        QStringList names;
        for (const auto& b : transport.bookmarks())
            names << b.name;
        QCOMPARE(names, QStringList({"t_mem", "t50", "t90"}));

        // Between t_mem and t90: every view at that step.
        const double mid = (double(events.tMem) + double(events.t90)) / 2 + 1;
        transport.setStep(mid);
        QCOMPARE(maxX(chart.plottedPoints(trainAcc)), mid);
        QVERIFY(maxX(chart.plottedPoints(testAcc)) <= mid);
        QVERIFY(!chart.plottedPoints(tMem).isEmpty());
        QVERIFY(chart.plottedPoints(t90).isEmpty());
        QCOMPARE(chart.xRange(), fullX); // the axes keep the whole run
        QCOMPARE(dash->data().steps[std::size_t(dash->checkpointIndex())], double(reached(ckpts, mid)));
        QVERIFY(maxX(dash->accuracyChart()->plottedPoints("test_acc")) <= mid);
        QVERIFY(dash->accuracyChart()->plottedPoints("event:t90").isEmpty());
        QCOMPARE(landscape->options().currentStep, reached(ckpts, mid));
        QCOMPARE(landscape->contourView()->options().trajectoryUpTo, mid);

        // The t90 bookmark: the event appears in the curves and in the dashboard.
        bar->findChild<QToolButton*>("bookmark:t90")->click();
        QCOMPARE(transport.step(), double(events.t90));
        QVERIFY(!chart.plottedPoints(t90).isEmpty());
        QVERIFY(!dash->accuracyChart()->plottedPoints("event:t90").isEmpty());
        QCOMPARE(landscape->options().currentStep, reached(ckpts, double(events.t90)));

        // Space plays (the cursor moves on by itself), and again pauses.
        transport.setSpeed(64);
        w.findChild<QAction*>("actionReplayPlayPause")->trigger();
        QVERIFY(transport.isPlaying());
        const double before = transport.step();
        QTRY_VERIFY_WITH_TIMEOUT(transport.step() > before, 3000);
        w.findChild<QAction*>("actionReplayPlayPause")->trigger();
        QVERIFY(!transport.isPlaying());
        QVERIFY(maxX(chart.plottedPoints(trainAcc)) <= transport.step());

        // A view opened during the replay joins it at the cursor.
        transport.setStep(120);
        auto* second = w.openSurfacePanel(surface, "landscape 2");
        QCOMPARE(second->options().currentStep, reached(ckpts, 120));

        // Ending the replay shows the whole run again.
        w.findAction("actionReplay")->trigger();
        QVERIFY(!replay->isActive());
        QVERIFY(!bar->isVisible());
        QCOMPARE(maxX(chart.plottedPoints(testAcc)), lastStep);
        QVERIFY(!chart.plottedPoints(t90).isEmpty());
        QCOMPARE(dash->checkpointIndex(), int(ckpts.size()) - 1);
        QCOMPARE(landscape->options().currentStep, ckpts.back());
        QVERIFY(std::isinf(landscape->contourView()->options().trajectoryUpTo));
    }

    // The Training panel's pace limit reaches the live job: 50 steps at 100 steps/s cannot
    // take less than half a second.
    void paceLimitSlowsLiveTraining()
    {
        LanguageManager language;
        MainWindow w(language);
        w.show();
        auto* pace = w.progressPanel().findChild<QSpinBox*>("paceLimit");
        QVERIFY(pace);
        QCOMPARE(pace->value(), 0); // unlimited by default
        pace->setValue(100);
        QCOMPARE(w.progressPanel().pace(), 100.0);
        const ts::Settings settings({{"task", "modular"}, {"p", "11"}, {"model", "tickets_mlp"}, {"embed", "8"},
                                     {"hidden", "4"}, {"steps", "50"}, {"eval_every", "10"}, {"checkpoints", "linear:2"}});
        QSignalSpy finished(&w.training(), &TrainingController::finished);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(w.training().start(settings, dir_.filePath("paced.h5")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        const double seconds = clock.elapsed() / 1000.0;
        QCOMPARE(finished.first().at(0).toInt(), 1); // finished
        QVERIFY2(seconds >= 0.45, qPrintable(QString::number(seconds)));
    }

private:
    QTemporaryDir dir_;
    QString run_;
};

QTEST_MAIN(TestReplayViews)
#include "test_replay_views.moc"
