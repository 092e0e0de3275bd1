// Group statistics in the analysis views: the sweep chart over seeds (mean with ± std error
// bars, n per point), the grokking events of a group as intervals on the accuracy chart, and
// interpolation and sharpness over training as mean lines with ± std bands. The Curve fields
// the views produce are checked against means and standard deviations computed here.
#include "app/gui/LanguageManager.h"
#include "app/gui/MainWindow.h"
#include "app/gui/RunRegistry.h"
#include "app/gui/analysis/InterpolationViews.h"
#include "app/gui/analysis/SharpnessViews.h"
#include "app/gui/analysis/SweepViews.h"
#include "widgets/analysis/InterpolationDialog.h"
#include "widgets/analysis/SharpnessDialog.h"
#include "widgets/grokking/GrokkingDashboard.h"
#include "widgets/grokking/SweepDialog.h"

#include "core/grokking/GrokkingEvents.h"
#include "core/runfile/RunReader.h"

#include "core/runfile/RunHeader.h"
#include "core/runfile/RunWriter.h"

#include <QApplication>
#include <QFile>
#include <QInputDialog>
#include <QMessageBox>
#include <QProcess>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cmath>

using namespace ts;
using Curve = ts::widgets::CurveChartView::Curve;

namespace {
double meanOf(const std::vector<double>& v)
{
    double s = 0;
    for (double x : v)
        s += x;
    return s / double(v.size());
}
double stdOf(const std::vector<double>& v) // n − 1
{
    const double m = meanOf(v);
    double s = 0;
    for (double x : v)
        s += (x - m) * (x - m);
    return std::sqrt(s / double(v.size() - 1));
}

// A run whose train accuracy reaches 1 by step 105 and whose test accuracy rises linearly from
// step 1005 + shift to 1 at 2005 + shift (capped at `cap`), evaluated every 10 steps: t50 is
// 1510 + shift and t90 1910 + shift (tests/core/test_grokking_events.cpp), t90 never with cap 0.6.
void writeRun(const QString& path, int shift, double cap = 1.0)
{
    RunHeader h;
    h.metricNames = {"train_acc", "test_acc"};
    RunWriter w(path.toStdString(), h);
    for (int t = 0; t <= 4000; t += 10)
        w.appendMetrics(t,
                        {std::min(1.0, t / 105.0), std::min(cap, std::clamp((t - shift - 1005.0) / 1000.0, 0.0, 1.0))});
    w.close();
}

// Answers the next modal box: Yes on a question, OK on the run chooser.
void answerModal(int delayMs)
{
    QTimer::singleShot(delayMs, [] {
        QWidget* modal = QApplication::activeModalWidget();
        if (auto* box = qobject_cast<QMessageBox*>(modal))
            box->button(QMessageBox::Yes)->click();
        else if (auto* input = qobject_cast<QInputDialog*>(modal))
            input->accept();
    });
}

const Curve* find(const QVector<Curve>& curves, const QString& id)
{
    for (const auto& c : curves)
        if (c.id == id)
            return &c;
    return nullptr;
}
} // namespace

class TestGroupViews : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName("TrainScopeTests");
        QVERIFY(runs_.isValid());
        // Three seeds of one configuration, and a run of another (other weight decay).
        QProcess p;
        p.start(TRAINSCOPE_EXE, {"sweep",
                                 "--task",
                                 "modular",
                                 "--model",
                                 "tickets_mlp",
                                 "--set",
                                 "p=23",
                                 "--set",
                                 "embed=32",
                                 "--set",
                                 "hidden=16",
                                 "--set",
                                 "checkpoints=every:50",
                                 "--steps",
                                 "100",
                                 "--vary",
                                 "weight_decay=1",
                                 "--seeds",
                                 "1,2,3",
                                 "--quiet",
                                 "--out",
                                 runs_.path()});
        QVERIFY(p.waitForFinished(180000));
        QCOMPARE(p.exitCode(), 0);
        for (int seed = 1; seed <= 3; ++seed)
            group_ << runs_.filePath(QString("weight_decay=1_seed=%1.h5").arg(seed));
    }

    void reactionsOfferTheGroupOfTheChosenRun()
    {
        ts::app::LanguageManager language;
        ts::app::MainWindow w(language);
        w.show();
        w.openRuns(group_);
        QTRY_COMPARE(int(w.registry().documents().size()), 3);
        auto& tabs = w.views();

        // Grokking: the dashboard of the first run carries the group's events.
        answerModal(100);
        w.findAction("actionGrokking")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(tabs.count() == 2, 60000);
        auto* dash = qobject_cast<widgets::GrokkingDashboard*>(tabs.widget(1));
        QVERIFY(dash);
        QCOMPARE(dash->data().groupRuns, 3);
        std::vector<double> mem;
        for (const auto& path : group_)
            if (const auto e = detectGrokking(RunReader(path.toStdString())); e.tMem >= 0)
                mem.push_back(double(e.tMem));
        QCOMPARE(dash->data().groupMem.n, int(mem.size()));
        if (!mem.empty())
            QVERIFY(std::fabs(dash->data().groupMem.mean - meanOf(mem)) < 1e-9);
        if (mem.size() > 1)
            QVERIFY(std::fabs(dash->data().groupMem.std - stdOf(mem)) < 1e-9);

        // Interpolation of the run with itself: Yes interpolates every run of the group.
        QTimer::singleShot(50, [&] {
            auto* d = w.findChild<widgets::InterpolationDialog*>();
            QVERIFY(d);
            d->setRange(0.0, 1.0, 5);
            QCOMPARE(d->runA(), d->runB());
            answerModal(100);
            d->accept();
        });
        w.findAction("actionInterpolate")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(tabs.count() == 4, 60000);
        auto* loss = qobject_cast<ts::widgets::CurveChartView*>(tabs.widget(2));
        QVERIFY(loss);
        QVERIFY(loss->chart()->title().contains("group of 3 runs"));
        QVERIFY(loss->chart()->title().contains("(n = 3)"));
        QVERIFY(loss->curveIds().contains("train"));

        // Sharpness over training: the group's λ_max as one line.
        QTimer::singleShot(50, [&] {
            auto* d = w.findChild<widgets::SharpnessDialog*>();
            QVERIFY(d);
            d->setAllCheckpoints(true, 1);
            d->setOptions(1, 5, 0, false, false);
            answerModal(100);
            d->accept();
        });
        w.findAction("actionSharpness")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(tabs.count() == 5, 60000);
        auto* sharp = qobject_cast<ts::widgets::CurveChartView*>(tabs.widget(4));
        QVERIFY(sharp);
        QVERIFY(sharp->chart()->title().contains("3 runs"));
        QVERIFY(sharp->curveIds().contains("lambda"));
    }

    void sweepWithSeedsIsMeanWithStdErrorBars()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // weight_decay 1: shifts 0, 100, 400. weight_decay 3: shifts 0, 200, and a seed that
        // never reaches 90%.
        writeRun(dir.filePath("weight_decay=1_seed=1.h5"), 0);
        writeRun(dir.filePath("weight_decay=1_seed=2.h5"), 100);
        writeRun(dir.filePath("weight_decay=1_seed=3.h5"), 400);
        writeRun(dir.filePath("weight_decay=3_seed=1.h5"), 0);
        writeRun(dir.filePath("weight_decay=3_seed=2.h5"), 200);
        writeRun(dir.filePath("weight_decay=3_seed=3.h5"), 0, 0.6);
        QString error;
        const auto data = app::sweepChartData(dir.path(), &error);
        QVERIFY2(data, qPrintable(error));
        QCOMPARE(data->key, QString("weight_decay"));
        QVERIFY(data->seeded);
        const Curve* t50 = find(data->curves, "t50");
        const Curve* t90 = find(data->curves, "t90");
        QVERIFY(t50 && t90);
        QVERIFY(t50->errorBars && t90->errorBars);
        QCOMPARE(t50->x, (std::vector<double>{1.0, 3.0}));
        const std::vector<double> a50{1510, 1610, 1910}, b50{1510, 1710, 1510};
        QCOMPARE(t50->y.size(), std::size_t(2));
        QVERIFY(std::fabs(t50->y[0] - meanOf(a50)) < 1e-9);
        QVERIFY(std::fabs(t50->upper[0] - (meanOf(a50) + stdOf(a50))) < 1e-9);
        QVERIFY(std::fabs(t50->lower[1] - (meanOf(b50) - stdOf(b50))) < 1e-9);
        QCOMPARE(t50->count, (std::vector<int>{3, 3}));
        // The seed that never reaches 90% is left out, and n says so.
        const std::vector<double> b90{1910, 2110};
        QVERIFY(std::fabs(t90->y[1] - meanOf(b90)) < 1e-9);
        QVERIFY(std::fabs(t90->upper[1] - t90->y[1] - stdOf(b90)) < 1e-9);
        QCOMPARE(t90->count, (std::vector<int>{3, 2}));
        QVERIFY(t90->label.contains("n = 2–3"));
        // Omnigrok's reference through the t50 means: c = geometric mean of t50·wd.
        const Curve* omnigrok = find(data->curves, "omnigrok");
        QVERIFY(omnigrok);
        const double c = std::sqrt(meanOf(a50) * 1.0 * meanOf(b50) * 3.0);
        QVERIFY(std::fabs(omnigrok->y[1] - c / 3.0) < 1e-6);
        // The CSV: mean, std and n per value.
        const QString csv = dir.filePath("sweep.csv");
        QVERIFY2(app::writeSweepCsv(*data, csv, &error), qPrintable(error));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0], QString("weight_decay,runs,t_mem_mean,t_mem_std,t_mem_n,t50_mean,t50_std,t50_n,t90_mean,"
                                   "t90_std,t90_n"));
        const QStringList row = lines[2].split(',');
        QCOMPARE(row.size(), 11);
        QCOMPARE(row[0], QString("3"));
        QCOMPARE(row[1], QString("3"));
        QVERIFY(std::fabs(row[5].toDouble() - meanOf(b50)) < 1e-9);
        QVERIFY(std::fabs(row[6].toDouble() - stdOf(b50)) < 1e-9);
        QCOMPARE(row[10], QString("2"));
    }

    void sweepDialogTakesSeeds()
    {
        widgets::SweepDialog d("/tmp/sweep");
        d.setValues("weight_decay", "1,3");
        QVERIFY(d.problem().isEmpty());
        QVERIFY(d.seeds().isEmpty()); // one run per value, the demo's seed
        d.setSeeds("1, 2,3");
        QVERIFY(d.problem().isEmpty());
        QCOMPARE(d.seeds(), (QStringList{"1", "2", "3"}));
        d.setSeeds("1,x");
        QVERIFY(d.problem().contains("'x'"));
        d.setSeeds("1,2");
        d.setValues("seed", "1,2"); // a sweep of the seed takes no further seeds
        QVERIFY(!d.problem().isEmpty());
    }

    void singleSeedSweepsStillLoad()
    {
        QTemporaryDir dir;
        writeRun(dir.filePath("train_frac=0.3.h5"), 0);
        writeRun(dir.filePath("train_frac=0.5.h5"), 300, 0.6);
        QString error;
        const auto data = app::sweepChartData(dir.path(), &error);
        QVERIFY2(data, qPrintable(error));
        QVERIFY(!data->seeded);
        const Curve* t50 = find(data->curves, "t50");
        QCOMPARE(t50->y, (std::vector<double>{1510, 1810}));
        QVERIFY(t50->lower.empty() && t50->count.empty() && !t50->errorBars);
        QCOMPARE(find(data->curves, "t90")->x, (std::vector<double>{0.3}));
        // Mixed sweeps are refused.
        writeRun(dir.filePath("lr=1.h5"), 0);
        QVERIFY(!app::sweepChartData(dir.path(), &error));
        QVERIFY(error.contains("different sweeps"));
    }

    void groupEventsAreIntervalsOnTheAccuracyChart()
    {
        widgets::GrokkingData d;
        d.trainSteps = {1, 100, 1000};
        d.trainAcc = {0.1, 1.0, 1.0};
        d.testSteps = d.trainSteps;
        d.testAcc = {0.0, 0.1, 1.0};
        d.tMem = 100;
        d.t50 = 600;
        d.t90 = 900;
        const std::vector<double> t50{600, 700, 1000};
        d.groupRuns = 3;
        d.groupMem = {100, 0, 3};
        d.group50 = {meanOf(t50), stdOf(t50), 3};
        d.group90 = {0, 0, 0}; // no run reached 90%: no interval
        const auto curves = widgets::GrokkingDashboard::accuracyCurves(d);
        const Curve* g50 = find(curves, "group:t50");
        QVERIFY(g50);
        QVERIFY(!find(curves, "group:t90"));
        QVERIFY(find(curves, "group:t_mem"));
        const double lo = *std::min_element(g50->x.begin(), g50->x.end());
        const double hi = *std::max_element(g50->x.begin(), g50->x.end());
        QVERIFY(std::fabs(lo - (766.6666666666666 - 208.16659994661327)) < 1e-6); // numpy, ddof=1
        QVERIFY(std::fabs(hi - (766.6666666666666 + 208.16659994661327)) < 1e-6);
        QVERIFY(std::is_sorted(g50->x.begin(), g50->x.end()));
        // At the level that defines t50 (the caps reach a little above and below it).
        QVERIFY(std::count(g50->y.begin(), g50->y.end(), 0.5) == 2);
        QCOMPARE(g50->count.front(), 3);
        QVERIFY(g50->label.contains("767 ± 208 (n = 3)"));
        // Without a group: the single run's chart as before.
        d.groupRuns = 0;
        QVERIFY(!find(widgets::GrokkingDashboard::accuracyCurves(d), "group:t50"));
    }

    void interpolationOfAGroupIsAMeanWithABand()
    {
        auto line = [](std::vector<double> loss) {
            InterpolationResult r;
            r.alpha = {0.0, 0.5, 1.0};
            r.splits["test"] = {loss, {0.5, 0.5, 0.5}};
            r.barrierSplit = "test";
            r.barrier = loss[1] - 1.0;
            return r;
        };
        const auto g = groupInterpolation({line({1, 2, 1}), line({1, 4, 1.5}), line({1, 3.5, 1})});
        const auto curves = app::groupInterpolationCurves(g, false);
        QCOMPARE(curves.size(), 1);
        const Curve& c = curves.front();
        QCOMPARE(c.x, (std::vector<double>{0.0, 0.5, 1.0}));
        const std::vector<double> mid{2, 4, 3.5}, end{1, 1.5, 1};
        QVERIFY(std::fabs(c.y[1] - meanOf(mid)) < 1e-12);
        QVERIFY(std::fabs(c.upper[1] - (meanOf(mid) + stdOf(mid))) < 1e-12);
        QVERIFY(std::fabs(c.lower[2] - (meanOf(end) - stdOf(end))) < 1e-12);
        QCOMPARE(c.lower[0], 1.0);
        QCOMPARE(c.count, (std::vector<int>{3, 3, 3}));
        QVERIFY(!c.errorBars);
        QVERIFY(c.label.contains("3 runs"));
        auto views = app::makeGroupInterpolationViews(g, "group");
        QCOMPARE(int(views.size()), 2);
        auto* loss = qobject_cast<ts::widgets::CurveChartView*>(views.front().widget);
        QVERIFY(loss);
        QVERIFY(loss->chart()->title().contains("(n = 3)"));
        for (auto& v : views)
            delete v.widget;
    }

    void sharpnessOfAGroupIsAMeanWithABand()
    {
        auto report = [](std::vector<double> lambda) {
            SharpnessReport r;
            r.learningRate = 0.1;
            for (std::size_t i = 0; i < lambda.size(); ++i) {
                CheckpointSharpness c;
                c.step = int64_t(i) * 50;
                c.eigen.eigenvalues = {lambda[i]};
                r.checkpoints.push_back(c);
            }
            return r;
        };
        const auto g = groupSharpness({report({1, 5, 9}), report({2, 7, 12}), report({3, 6})});
        const auto curves = app::groupSharpnessCurves(g, 3, 0.1);
        const Curve* l = find(curves, "lambda");
        QVERIFY(l);
        QCOMPARE(l->x, (std::vector<double>{0, 50, 100}));
        QVERIFY(std::fabs(l->y[1] - 6.0) < 1e-12);
        QVERIFY(std::fabs(l->upper[1] - (6.0 + stdOf({5, 7, 6}))) < 1e-12);
        QVERIFY(std::fabs(l->lower[2] - (10.5 - stdOf({9, 12}))) < 1e-12);
        QCOMPARE(l->count, (std::vector<int>{3, 3, 2}));
        const Curve* edge = find(curves, "2/lr");
        QVERIFY(edge);
        QCOMPARE(edge->y.front(), 20.0);
    }

private:
    QTemporaryDir runs_;
    QStringList group_;
};

QTEST_MAIN(TestGroupViews)
#include "test_group_views.moc"
