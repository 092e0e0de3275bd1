// Expert pathways in the application: the dashboard from the Analysis menu on a short run of
// the MoE demo, `render --view pathways|pathway-graph|pathway-distances`, clear messages for a
// run without MoE layers, and an OLMoE-shaped routing file through the graph.
#include "app/gui/LanguageManager.h"
#include "app/gui/MainWindow.h"
#include "app/gui/RunRegistry.h"
#include "app/gui/TrainingController.h"
#include "widgets/training/TrainingRunDialog.h"
#include "app/gui/analysis/PathwayViews.h"
#include "widgets/export/ChartExport.h"
#include "widgets/log/LogView.h"
#include "widgets/pathways/PathwayDashboard.h"
#include "widgets/pathways/PathwayGraphView.h"

#include "core/Error.h"
#include "core/runfile/RunReader.h"
#include "tests/SyntheticRouting.h"

#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QDialogButtonBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ts;
using namespace ts::app;

namespace {
struct Result {
    int code;
    QString out, err;
};
Result trainscope(const QStringList& args)
{
    QProcess p;
    p.start(TRAINSCOPE_EXE, args);
    p.waitForFinished(300000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

bool nonBlank(const QString& path)
{
    const QImage image(path);
    if (image.isNull())
        return false;
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            if (image.pixel(x, y) != first)
                return true;
    return false;
}
} // namespace

class TestPathwayViews : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName("TrainScopeTests");
        QVERIFY(dir_.isValid());
        moe_ = dir_.filePath("moe.h5");
        auto r = trainscope({"train", "--demo", "moe", "--steps", "300", "--quiet", "--out", moe_});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        plain_ = dir_.filePath("xor.h5");
        r = trainscope({"train", "--demo", "xor", "--steps", "20", "--quiet", "--out", plain_});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    void dashboardFromTheMenu()
    {
        LanguageManager language;
        MainWindow w(language);
        w.show();
        w.openRuns({moe_});
        QTRY_COMPARE(int(w.registry().documents().size()), 1);
        w.findAction("actionPathways")->trigger(); // one run open: no dialog asks which
        QTRY_VERIFY_WITH_TIMEOUT(w.views().count() == 2, 60000);
        auto* dash = qobject_cast<widgets::PathwayDashboard*>(w.views().widget(1));
        QVERIFY(dash);
        const auto& data = dash->data();
        RunReader run(moe_.toStdString());
        QCOMPARE(data.checkpoints.size(), run.routingSteps().size());
        QCOMPARE(data.layers, 2);
        QCOMPARE(data.experts, 4);
        QCOMPARE(data.samples(), 128);
        QCOMPARE(data.labelTitle, QString("answer"));
        const auto split = run.readSplit("train");
        QCOMPARE(qint64(data.labels[5]), split.targets.data<int64_t>()[5]);
        QVERIFY(!data.memorisedFrom.empty());
        QVERIFY(!data.metrics.empty() && data.metrics.front().key == "d_path");
        QVERIFY(data.consistencyNote.contains("router dims differ")); // 500-d and 48-d routers

        // The graph counts every probe sample once per layer.
        auto* view = dash->graphView();
        int total = 0;
        for (int e = 0; e < 4; ++e)
            total += view->graph().node(0, e).count > 0 ? 1 : 0;
        QVERIFY(total >= 1);
        dash->selectSample(7);
        const auto& cp = data.checkpoints[std::size_t(dash->checkpointIndex())];
        QCOMPARE(view->highlightedEdges().size(), cp.kept[7][0].size() * cp.kept[7][1].size());

        QString error;
        QVERIFY2(widgets::exportWidget(*dash, dir_.filePath("dash.svg"), widgets::FigureFormat::Svg, {1400, 1000}, 96, &error), qPrintable(error));
        QVERIFY(QSvgRenderer(dir_.filePath("dash.svg")).isValid());
    }

    void moeDemoTrainsInTheWindowThenShowsPathways()
    {
        LanguageManager language;
        MainWindow w(language);
        w.show();
        w.findAction("actionNewTraining")->trigger();
        widgets::TrainingRunDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = w.findChild<widgets::TrainingRunDialog*>()) != nullptr);
        dialog->setPreset("moe");
        dialog->setFieldValue("steps", "200");
        const QString out = dir_.filePath("gui-moe.h5");
        dialog->setOutputPath(out);
        QVERIFY(dialog->isValid());
        QSignalSpy finished(&w.training(), &TrainingController::finished);
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
        QCOMPARE(finished.first().at(0).toInt(), int(ts::RunStatus::Finished));
        RunReader run(out.toStdString());
        QVERIFY(run.hasRouting());
        QCOMPARE(run.routingSteps().back(), int64_t(200));

        w.findAction("actionPathways")->trigger(); // the one run: gui-moe.h5
        QTRY_VERIFY_WITH_TIMEOUT(w.views().count() == 2, 60000);
        auto* dash = qobject_cast<widgets::PathwayDashboard*>(w.views().widget(1));
        QVERIFY(dash);
        QCOMPARE(dash->data().checkpoints.back().step, qint64(200));
    }

    void renderHeadless()
    {
        RunReader run(moe_.toStdString());
        const QString step = QString::number(run.routingSteps().at(1));
        auto r = trainscope({"render", moe_, "--view", "pathways", "--step", step, "--out", dir_.filePath("p.png")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(nonBlank(dir_.filePath("p.png")));
        r = trainscope({"render", moe_, "--view", "pathway-graph", "--step", step, "--out", dir_.filePath("g.csv")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile csv(dir_.filePath("g.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly | QIODevice::Text));
        QVERIFY(csv.readLine().startsWith("kind,layer,expert"));
        r = trainscope({"render", moe_, "--view", "pathway-distances", "--samples", "all", "--out", dir_.filePath("d.pdf")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile pdf(dir_.filePath("d.pdf"));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(4) == "%PDF");
        r = trainscope({"render", moe_, "--view", "pathways", "--step", "7", "--out", dir_.filePath("x.png")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("no routing recorded at step '7'"), qPrintable(r.err));
    }

    void runWithoutMoeGetsAClearMessage()
    {
        RunReader run(plain_.toStdString());
        try {
            toPathwayViewData(run, {}, "xor");
            QFAIL("no error");
        } catch (const ts::ConfigError& e) {
            QVERIFY2(QString(e.what()).contains("no mixture-of-experts routing"), e.what());
        }
        auto r = trainscope({"render", plain_, "--view", "pathways", "--out", dir_.filePath("none.png")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("no mixture-of-experts routing"));
        r = trainscope({"pathways", plain_});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("no mixture-of-experts routing"));

        LanguageManager language;
        MainWindow w(language);
        w.show();
        w.openRuns({plain_});
        QTRY_COMPARE(int(w.registry().documents().size()), 1);
        w.findAction("actionPathways")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!w.logView().messages().isEmpty() &&
                                     w.logView().messages().last().contains("no mixture-of-experts routing"),
                                 30000);
        QCOMPARE(w.views().count(), 1);
    }

    void olmoeShapedRoutingThroughTheGraph()
    {
        const QString path = dir_.filePath("olmoe.h5");
        ts::test::writeSyntheticRoutingRun(path.toStdString(), 1000, 16, 64, 8, 10);
        QElapsedTimer timer;
        timer.start();
        RunReader run(path.toStdString());
        const auto data = toPathwayViewData(run, {}, "olmoe");
        const double computeSeconds = timer.elapsed() / 1000.0;
        QCOMPARE(data.checkpoints.size(), std::size_t(10));
        QVERIFY(data.groupNote.contains("memorised samples unknown")); // no model in the file
        widgets::PathwayDashboard dash;
        dash.resize(1600, 1000);
        dash.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dash));
        timer.restart();
        dash.setData(data);
        const double setSeconds = timer.elapsed() / 1000.0;
        auto* view = dash.graphView();
        QCOMPARE(view->graph().layers() * view->graph().experts(), 1024);
        QVERIFY(view->graph().edges().size() > 10000);
        QVERIFY(view->drawnEdgeCount() <= 4000); // level of detail
        view->repaint();
        const double fullFrame = view->lastFrameMs();
        dash.selectSample(3);
        view->repaint();
        const auto& kept = data.checkpoints.back().kept[3];
        std::size_t expected = 0;
        for (std::size_t l = 0; l + 1 < kept.size(); ++l)
            expected += kept[l].size() * kept[l + 1].size();
        QCOMPARE(view->highlightedEdges().size(), expected);
        std::printf("OLMoE-shaped routing: data %.1f s, dashboard %.2f s, full frame %.1f ms, overlay frame %.1f ms\n",
                    computeSeconds, setSeconds, fullFrame, view->lastFrameMs());
    }

private:
    QTemporaryDir dir_;
    QString moe_, plain_;
};

QTEST_MAIN(TestPathwayViews)
#include "test_pathway_views.moc"
