// BatchNorm choices in the analysis dialogs (issue 17): the interpolation dialog offers
// recompute (default), keep and interpolate, the landscape dialog keep (default) and
// recompute; train mode disables the statistics choice; the run browser marks a format-1 run
// of a BatchNorm model with a warning icon and says why in its tooltip.
#include <QComboBox>
#include <QLabel>
#include <QTreeWidget>
#include <QtTest>

#include "widgets/analysis/BatchNormChoice.h"
#include "widgets/analysis/InterpolationDialog.h"
#include "widgets/landscape/LandscapeDialog.h"
#include "widgets/runs/RunBrowser.h"

using namespace ts::widgets;

class TestBatchNormChoice : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void interpolationDialogDefaultsToRecompute();
    void landscapeDialogDefaultsToKeep();
    void trainModeDisablesStatistics();
    void runBrowserShowsWarning();
};

namespace {
QComboBox* combo(QWidget& w, const char* name)
{
    auto* c = w.findChild<QComboBox*>(name);
    if (!c)
        qFatal("no combo box %s", name);
    return c;
}

QVector<RunCheckpoints> oneRun()
{
    RunCheckpoints r;
    r.name = "bn.h5";
    r.path = "/tmp/bn.h5";
    r.steps = {0, 50, 100};
    return {r};
}
} // namespace

void TestBatchNormChoice::interpolationDialogDefaultsToRecompute()
{
    InterpolationDialog d(oneRun());
    QCOMPARE(d.batchNormChoice(), QStringLiteral("recompute"));
    QVERIFY(!d.trainMode());
    auto* stats = combo(d, "batchNormStatistics");
    QCOMPARE(stats->count(), 3);
    stats->setCurrentIndex(stats->findData("interpolate"));
    QCOMPARE(d.batchNormChoice(), QStringLiteral("interpolate"));
    stats->setCurrentIndex(stats->findData("keep"));
    QCOMPARE(d.batchNormChoice(), QStringLiteral("keep"));
}

void TestBatchNormChoice::landscapeDialogDefaultsToKeep()
{
    LandscapeDialog d(oneRun());
    QCOMPARE(QString::fromStdString(d.spec().bn), QStringLiteral("keep"));
    auto* stats = combo(d, "batchNormStatistics");
    QCOMPARE(stats->count(), 2);
    QCOMPARE(stats->findData("interpolate"), -1); // a plane has no two ends to interpolate
    stats->setCurrentIndex(stats->findData("recompute"));
    QCOMPARE(QString::fromStdString(d.spec().bn), QStringLiteral("recompute"));
    QVERIFY(!d.spec().trainMode);
}

void TestBatchNormChoice::trainModeDisablesStatistics()
{
    BatchNormChoice c({"recompute", "keep"});
    auto* explanation = c.findChild<QLabel*>("batchNormExplanation");
    QVERIFY(explanation);
    const QString evalText = explanation->text();
    QVERIFY(evalText.contains("update_bn"));
    combo(c, "batchNormMode")->setCurrentIndex(1);
    QVERIFY(c.trainMode());
    QVERIFY(!combo(c, "batchNormStatistics")->isEnabled());
    QVERIFY(explanation->text() != evalText);
    c.setTrainMode(false);
    QVERIFY(combo(c, "batchNormStatistics")->isEnabled());
    c.setStatistics("keep");
    QCOMPARE(c.statistics(), QStringLiteral("keep"));
}

void TestBatchNormChoice::runBrowserShowsWarning()
{
    RunBrowser b;
    RunSummary ok;
    ok.id = "/tmp/a.h5";
    ok.name = "a.h5";
    RunSummary old = ok;
    old.id = "/tmp/b.h5";
    old.name = "b.h5";
    old.warning = "b.h5 is a format-1 run file: results are approximate";
    b.upsertRun(ok);
    b.upsertRun(old);
    auto* tree = b.findChild<QTreeWidget*>();
    QVERIFY(tree);
    QCOMPARE(tree->topLevelItemCount(), 2);
    QVERIFY(tree->topLevelItem(0)->icon(0).isNull());
    QVERIFY(!tree->topLevelItem(1)->icon(0).isNull());
    QVERIFY(tree->topLevelItem(1)->toolTip(0).contains("format-1"));
    QVERIFY(!tree->topLevelItem(0)->toolTip(0).contains("format-1"));
}

QTEST_MAIN(TestBatchNormChoice)
#include "test_batchnorm_choice.moc"
