// Run groups end to end: three seeds of the grokking demo (`train --seed 1,2,3`) grouped
// automatically, in `render --group seed --band std` (its CSV checked against the mean and
// sample std computed here, numpy-style, from the same run files) and in the main window
// (Group seeds draws one line with a band and the run count; groups made by hand; sessions
// keep them).
#include "app/gui/ChartToolBar.h"
#include "app/gui/CurvePresenter.h"
#include "app/gui/LanguageManager.h"
#include "app/gui/MainWindow.h"
#include "app/gui/RunDocument.h"
#include "app/gui/RunRegistry.h"
#include "app/gui/Session.h"
#include "widgets/charts/CurveChartView.h"
#include "widgets/log/LogView.h"
#include "widgets/runs/RunBrowser.h"

#include "core/runfile/RunReader.h"

#include <QAreaSeries>
#include <QChart>
#include <QComboBox>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <map>

using namespace ts;
using namespace ts::app;

namespace {

struct Result {
    int code = -1;
    QString out;
    QString err;
};

Result trainscope(const QStringList& args)
{
    QProcess p;
    p.start(TRAINSCOPE_EXE, args);
    if (!p.waitForFinished(300000))
        return {-1, {}, "did not finish"};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromLocal8Bit(p.readAllStandardOutput()),
            QString::fromLocal8Bit(p.readAllStandardError())};
}

// Numpy's mean and std(ddof=1), written out.
double mean(const std::vector<double>& v)
{
    double s = 0;
    for (double x : v)
        s += x;
    return s / double(v.size());
}

double stdDdof1(const std::vector<double>& v)
{
    const double m = mean(v);
    double s = 0;
    for (double x : v)
        s += (x - m) * (x - m);
    return std::sqrt(s / double(v.size() - 1));
}

} // namespace

class TestRunGroups : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName("TrainScopeTests");
        QVERIFY(dir_.isValid());
        const Result r = trainscope({"train", "--demo", "grokking", "--steps", "300", "--seed", "1,2,3", "--quiet",
                                     "--out", dir_.filePath("grok.h5")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        for (int s = 1; s <= 3; ++s) {
            runs_ << dir_.filePath(QString("grok-seed%1.h5").arg(s));
            QVERIFY(QFile::exists(runs_.back()));
            QCOMPARE(RunReader(runs_.back().toStdString()).configValue("seed"), std::to_string(s));
        }
    }

    void renderedGroupMatchesReference()
    {
        const QString csv = dir_.filePath("group.csv");
        const Result r = trainscope(QStringList{"render"} + runs_ +
                                    QStringList{"--group", "seed", "--band", "std", "--metrics", "test_acc,train_loss",
                                                "--out", csv});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.front(), QString("curve,step,value,lower,upper,n"));

        // The reference: each metric of each run, read here, averaged step by step.
        for (const char* metric : {"test_acc", "train_loss"}) {
            std::map<double, std::vector<double>> byStep;
            for (const QString& run : runs_) {
                const auto series = RunReader(run.toStdString()).readMetric(metric);
                for (size_t i = 0; i < series.steps.size(); ++i)
                    byStep[double(series.steps[i])].push_back(series.values[i]);
            }
            int rows = 0;
            for (const QString& line : lines.mid(1)) {
                // The curve's label holds a comma ("mean ± std, 3 runs"), so it is quoted.
                const int close = line.lastIndexOf('"');
                const QString label = line.left(close + 1);
                if (!label.contains(QString("%1 (mean ± std").arg(metric)))
                    continue;
                QVERIFY2(label.contains("3 runs"), qPrintable(label));
                const QStringList f = line.mid(close + 2).split(',');
                QCOMPARE(f.size(), 5);
                const auto& values = byStep.at(f[0].toDouble());
                QCOMPARE(int(values.size()), 3); // the seeds log the same steps
                const double m = mean(values), s = stdDdof1(values);
                QVERIFY(std::abs(f[1].toDouble() - m) <= 1e-12 * std::max(1.0, std::abs(m)));
                QVERIFY(std::abs(f[2].toDouble() - (m - s)) <= 1e-12 * std::max(1.0, std::abs(m) + s));
                QVERIFY(std::abs(f[3].toDouble() - (m + s)) <= 1e-12 * std::max(1.0, std::abs(m) + s));
                QCOMPARE(f[4].toInt(), 3);
                ++rows;
            }
            QCOMPARE(rows, int(byStep.size()));
            // The seeds differ (otherwise the band would be a line and this test could not fail).
            double widest = 0;
            for (const auto& [step, v] : byStep)
                widest = std::max(widest, stdDdof1(v));
            QVERIFY(widest > 1e-3);
        }
    }

    void renderUsageErrors()
    {
        Result r = trainscope(QStringList{"render"} + runs_ + QStringList{"--band", "std", "--out", "x.png"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("--group"));
        r = trainscope(QStringList{"render"} + runs_ + QStringList{"--group", "seed", "--band", "sem", "--out", "x.png"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("std, minmax or ci95"));
        r = trainscope({"train", "--demo", "xor", "--seed", "1,x", "--out", dir_.filePath("x.h5")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("--seed"));
    }

    void windowGroupsSeeds()
    {
        LanguageManager language;
        MainWindow w(language);
        w.show();
        w.openRuns(runs_);
        QTRY_COMPARE(int(w.registry().documents().size()), 3);
        auto& chart = w.chart();
        QTRY_VERIFY(chart.curveIds().contains(runs_.front() + "|test_acc") ||
                    chart.curveIds().size() >= 6);
        const int ungrouped = chart.curveIds().size();
        // The log points the group out once, when all three are open.
        QCOMPARE(w.logView().messages().filter("differ only in the seed").size(), 1);
        QVERIFY(w.logView().messages().filter("differ only in the seed").front().contains("3 runs"));

        // View → Group Seeds: one line per metric, with a band and n = 3 at every step.
        w.findAction("actionGroupSeeds")->trigger();
        QString groupTest;
        for (const QString& id : chart.curveIds())
            if (id.startsWith("group:") && id.endsWith("|test_acc"))
                groupTest = id;
        QVERIFY2(!groupTest.isEmpty(), qPrintable(chart.curveIds().join(", ")));
        QVERIFY(chart.curveIds().size() < ungrouped);
        const auto table = chart.plottedTable();
        const auto it = std::find_if(table.begin(), table.end(), [&](const auto& c) { return c.id == groupTest; });
        QVERIFY(it != table.end());
        QVERIFY(!it->lower.empty());
        for (int n : it->count)
            QCOMPARE(n, 3);
        int bands = 0;
        for (QAbstractSeries* s : chart.chart()->series())
            bands += qobject_cast<QAreaSeries*>(s) && s->isVisible();
        QVERIFY(bands >= 1);
        // TRAINSCOPE_LAYOUT_SHOTS=DIR: the window as the user sees it, to look at by eye.
        if (const QString shots = qEnvironmentVariable("TRAINSCOPE_LAYOUT_SHOTS"); !shots.isEmpty()) {
            w.resize(1366, 768);
            QTest::qWait(200);
            w.grab().save(shots + "/run-groups.png");
        }

        // Min–max: the band is the runs' range.
        auto* band = w.chartToolBar().bandBox();
        band->setCurrentIndex(band->findData(int(ts::GroupBand::MinMax)));
        const auto minmax = chart.plottedTable();
        const auto g = std::find_if(minmax.begin(), minmax.end(), [&](const auto& c) { return c.id == groupTest; });
        QVERIFY(g != minmax.end());
        const auto last = RunReader(runs_[0].toStdString()).readMetric("test_acc");
        double lo = 1e9, hi = -1e9;
        for (const QString& run : runs_) {
            const auto s = RunReader(run.toStdString()).readMetric("test_acc");
            lo = std::min(lo, s.values.back());
            hi = std::max(hi, s.values.back());
        }
        QCOMPARE(g->lower.back(), lo);
        QCOMPARE(g->upper.back(), hi);
        QCOMPARE(g->x.back(), double(last.steps.back()));

        // A session keeps the grouping; Ungroup forgets it.
        const QString sessionPath = dir_.filePath("groups.tsession");
        QString error;
        QVERIFY2(w.currentSession().save(sessionPath, &error), qPrintable(error));
        w.findAction("actionUngroupRuns")->trigger();
        QVERIFY(!w.curvePresenter().groupOptions().active());
        QVERIFY(!w.chartToolBar().groupSeedsAction()->isChecked());
        Session s;
        QVERIFY(s.load(sessionPath, &error));
        QVERIFY(s.groups.bySeed);
        QCOMPARE(s.groups.band, ts::GroupBand::MinMax);

        // By hand: two of the runs under a name, the third alone.
        GroupOptions byHand;
        byHand.manual.push_back({"pair", {runs_[0], runs_[1]}});
        w.curvePresenter().setGroupOptions(byHand);
        QVERIFY(chart.curveIds().contains("group:pair|test_acc"));
        QVERIFY(chart.curveIds().contains(runs_[2] + "|test_acc"));
        QVERIFY(!chart.curveIds().contains(runs_[0] + "|test_acc"));
    }

private:
    QTemporaryDir dir_;
    QStringList runs_;
};

QTEST_MAIN(TestRunGroups)
#include "test_run_groups.moc"
