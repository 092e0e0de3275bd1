// The dialogs of the two lenses (issue 14): the merge dialog refuses what cannot be merged and
// hands over what the user chose; the landscape dialog builds task-vector directions from
// other open runs; the influence dialog switches between TracIn and influence functions; the
// ranking and the diverging heatmap show and export what they are given.
#include <QComboBox>
#include <QFile>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "widgets/analysis/InfluenceDialog.h"
#include "widgets/analysis/MergeDialog.h"
#include "widgets/charts/HeatmapView.h"
#include "widgets/influence/InfluenceRanking.h"
#include "widgets/landscape/AxisTitles.h"
#include "widgets/landscape/LandscapeDialog.h"

#include <cmath>
#include <limits>

using namespace ts::widgets;

class TestLensDialogs : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void mergeDialogNeedsTwoRunsAndAnOutput();
    void landscapeDialogBuildsTaskDirections();
    void influenceDialogEnablesWhatTheMethodUses();
    void rankingKeepsOrderAndExports();
    void divergingHeatmapIsSymmetricAboutZero();
    void taskLandscapeAxesNameTheirRuns();
};

namespace {
QVector<RunCheckpoints> runs(int n)
{
    QVector<RunCheckpoints> list;
    for (int i = 0; i < n; ++i) {
        RunCheckpoints r;
        r.name = QString("run%1").arg(i);
        r.path = QString("/tmp/lens/run%1.h5").arg(i);
        r.steps = {0, 100, 200};
        list.push_back(r);
    }
    return list;
}
} // namespace

void TestLensDialogs::mergeDialogNeedsTwoRunsAndAnOutput()
{
    MergeDialog one(runs(1));
    QVERIFY(one.problem().contains("two runs"));
    MergeDialog d(runs(3));
    QVERIFY2(d.problem().isEmpty(), qPrintable(d.problem()));
    QCOMPARE(d.inputs().size(), 3);
    QCOMPARE(d.baseRun(), QString("/tmp/lens/run0.h5"));
    QCOMPARE(d.baseStep(), qint64(0)); // the shared starting point, by default
    d.setInputs({1});
    QVERIFY(d.problem().contains("two runs"));
    d.setInputs({1, 2});
    QCOMPARE(d.inputs(), QStringList({"/tmp/lens/run1.h5", "/tmp/lens/run2.h5"}));
    d.setOutput("/tmp/lens/run2.h5");
    QVERIFY(d.problem().contains("overwrite"));
    d.setOutput("");
    QVERIFY(!d.problem().isEmpty());
    d.setOutput("/tmp/lens/merged.h5");
    d.setMethod("ties");
    QCOMPARE(d.method(), QString("ties"));
    QVERIFY(d.problem().isEmpty());
    QCOMPARE(d.trim(), 0.2);
    QCOMPARE(d.drop(), 0.9);
}

void TestLensDialogs::landscapeDialogBuildsTaskDirections()
{
    LandscapeDialog d(runs(3));
    d.setDirections("task");
    QVERIFY2(d.problem().isEmpty(), qPrintable(d.problem()));
    QCOMPARE(QString::fromStdString(d.spec().directions), QString("task:/tmp/lens/run1.h5,/tmp/lens/run2.h5"));
    QCOMPARE(d.spec().xmin, -0.5); // the CLI's default range for task vectors
    QCOMPARE(d.spec().ymax, 1.5);
    d.setTaskRuns(1, 1);
    QVERIFY(d.problem().contains("must differ"));
    d.setTaskRuns(0, 2); // the base run itself has no task vector
    QVERIFY(d.problem().contains("other runs"));
    d.setTaskRuns(2, 1);
    d.setGrid(21, 21, true); // a 1-D slice along one task vector
    QVERIFY(d.problem().isEmpty());
    QCOMPARE(QString::fromStdString(d.spec().directions), QString("task:/tmp/lens/run2.h5"));
    QCOMPARE(d.spec().ny, int64_t(0));
    // Batches: 1 is one surface of all samples (no std map), K >= 2 a surface over K batches.
    QCOMPARE(d.spec().batches, int64_t(0));
    d.setBatches(1);
    QCOMPARE(d.spec().batches, int64_t(0));
    d.setBatches(4);
    QCOMPARE(d.spec().batches, int64_t(4));
}

void TestLensDialogs::influenceDialogEnablesWhatTheMethodUses()
{
    InfluenceDialog d(runs(1));
    QVERIFY(d.problem().isEmpty());
    QCOMPARE(d.method(), QString("tracin"));
    QCOMPARE(d.step(), qint64(200)); // the influence function's checkpoint: the last
    d.setTest("test", 7);
    QCOMPARE(d.testIndex(), 7);
    QVERIFY(!d.selfInfluence());
    d.setSelfInfluence(true);
    QVERIFY(d.selfInfluence());
    d.setMethod("ekfac");
    QCOMPARE(d.method(), QString("ekfac"));
    InfluenceDialog none({});
    QVERIFY(!none.problem().isEmpty());
}

void TestLensDialogs::rankingKeepsOrderAndExports()
{
    InfluenceRanking ranking;
    ranking.setEntries("t", {{"supports", 4, "(1, 2) → 3", "3", 2.5}, {"opposes", 9, "(4, 4) → 8", "8", -1.25}});
    QCOMPARE(ranking.title(), QString("t"));
    QCOMPARE(ranking.table()->rowCount(), 2);
    QCOMPARE(ranking.table()->item(0, 2)->text(), QString("(1, 2) → 3"));
    QCOMPARE(ranking.table()->item(1, 4)->data(Qt::DisplayRole).toDouble(), -1.25);
    QTemporaryDir dir;
    const QString path = dir.filePath("r.csv");
    QString error;
    QVERIFY2(ranking.writeCsv(path, &error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(
        QString::fromUtf8(f.readAll()),
        QString("effect,row,example,label,score\nsupports,4,\"(1, 2) → 3\",3,2.5\nopposes,9,\"(4, 4) → 8\",8,-1.25\n"));
}

void TestLensDialogs::divergingHeatmapIsSymmetricAboutZero()
{
    HeatmapView heat;
    heat.setDiverging(true);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    heat.setData({"a = 0", "a = 1"}, {0, 1}, {{-1.0, 4.0}, {nan, 0.0}});
    heat.resize(400, 300);
    const QImage image = heat.grab().toImage();
    QVERIFY(!image.isNull());
    QVERIFY(heat.cellText(0, 1).endsWith(": 4"));
    // Zero is white, ±4 (the largest magnitude) the two ends, and −1 a light blue.
    QCOMPARE(heat.colourFor(0.0), QColor(Qt::white));
    QCOMPARE(heat.colourFor(4.0).name(), QString("#b2182b"));
    QCOMPARE(heat.colourFor(-4.0).name(), QString("#2166ac"));
    const QColor light = heat.colourFor(-1.0);
    QVERIFY(light.blue() > light.red() && light.red() > 0xB0);
    QVERIFY(heat.cellText(1, 0).endsWith(": nan"));
}

void TestLensDialogs::taskLandscapeAxesNameTheirRuns()
{
    const std::string task = R"({"type":"task","runs":["/x/add.h5","/x/mul.h5"],"steps":[100,100]})";
    QCOMPARE(surfaceAxisTitle(task, 0), QString("λ₁ · task vector of add"));
    QCOMPARE(surfaceAxisTitle(task, 1), QString("λ₂ · task vector of mul"));
    QCOMPARE(surfaceAxisTitle(task, 0, true), QString("lambda1 * task vector of add"));
    // A line along one task vector has no second axis of its own; other recipes, none or nonsense:
    // the general names.
    QCOMPARE(surfaceAxisTitle(R"({"type":"task","runs":["/x/add.h5"]})", 1), QString("direction 2"));
    QCOMPARE(surfaceAxisTitle(R"({"type":"random","seed":0})", 0), QString("direction 1"));
    QCOMPARE(surfaceAxisTitle("", 1), QString("direction 2"));
    QCOMPARE(surfaceAxisTitle("{not json", 0), QString("direction 1"));
}

QTEST_MAIN(TestLensDialogs)
#include "test_lens_dialogs.moc"
