// Analysis views in the real main window: interpolation from the dialog to its tabs, the
// heatmap's export, and nonsense inputs.
#include "app/gui/LanguageManager.h"
#include "app/gui/MainWindow.h"
#include "app/gui/RunRegistry.h"
#include "widgets/export/ChartExport.h"
#include "widgets/analysis/InfluenceDialog.h"
#include "widgets/analysis/InterpolationDialog.h"
#include "widgets/analysis/MergeDialog.h"
#include "widgets/analysis/SharpnessDialog.h"
#include "widgets/charts/CurveChartView.h"
#include "widgets/charts/HeatmapView.h"
#include "widgets/grokking/GrokkingDashboard.h"
#include "widgets/grokking/SweepDialog.h"
#include "widgets/grokking/TicketsDialog.h"
#include "widgets/influence/InfluenceRanking.h"
#include "widgets/log/LogView.h"

#include <QFile>
#include <QFileInfo>

#include <cmath>
#include <QImage>
#include <QSlider>
#include <QProcess>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ts;
using namespace ts::app;

class TestAnalysisViews : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName("TrainScopeTests");
        QVERIFY(dir_.isValid());
        run_ = dir_.filePath("run.h5");
        QProcess p;
        p.start(TRAINSCOPE_EXE, {"train", "--task", "modular", "--model", "tickets_mlp", "--set", "p=23", "--set",
                                 "embed=32", "--set", "hidden=16", "--set", "checkpoints=every:50", "--steps", "200",
                                 "--quiet", "--out", run_});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
    }

    void interpolationFromTheDialogOpensItsViews()
    {
        LanguageManager language;
        MainWindow w(language);
        w.show();
        w.openRuns({run_});
        QTRY_COMPARE(int(w.registry().documents().size()), 1);
        QTimer::singleShot(50, [&] {
            auto* d = w.findChild<widgets::InterpolationDialog*>();
            QVERIFY(d);
            QVERIFY(d->problem().isEmpty());
            QCOMPARE(d->stepA(), qint64(0));
            QCOMPARE(d->stepB(), qint64(200));
            d->setRange(1.25, -0.25, 11); // reversed: refused at the field
            QVERIFY(!d->problem().isEmpty());
            d->setRange(-0.25, 1.25, 13);
            d->setOptions(true, true, 20);
            d->setLayerSharpness(true);
            d->accept();
        });
        w.findAction("actionInterpolate")->trigger();
        auto& tabs = w.views();
        QTRY_VERIFY_WITH_TIMEOUT(tabs.count() == 7, 60000); // curves + loss, accuracy, layer-wise, LiNeS, Bézier, layer sharpness
        auto* sharp = qobject_cast<ts::widgets::HeatmapView*>(tabs.widget(6));
        QVERIFY(sharp);
        QVERIFY(sharp->logScale());
        auto* loss = qobject_cast<ts::widgets::CurveChartView*>(tabs.widget(1));
        QVERIFY(loss);
        QCOMPARE(loss->curveIds(), QStringList({"test", "train"}));
        QCOMPARE(loss->plottedTable().front().x.size(), std::size_t(13));
        QVERIFY(loss->chart()->title().contains("loss barrier"));
        auto* heat = qobject_cast<ts::widgets::HeatmapView*>(tabs.widget(3));
        QVERIFY(heat);
        QVERIFY(heat->cellText(0, 0).startsWith("W_E"));
        const QString png = dir_.filePath("heat.png"), svg = dir_.filePath("heat.svg"), csv = dir_.filePath("heat.csv");
        QString error;
        QVERIFY2(widgets::exportWidget(*heat, png, widgets::FigureFormat::Png, {900, 600}, 150, &error), qPrintable(error));
        QVERIFY2(widgets::exportWidget(*heat, svg, widgets::FigureFormat::Svg, {900, 600}, 96, &error), qPrintable(error));
        QVERIFY2(heat->writeCsv(csv, &error), qPrintable(error));
        QCOMPARE(QImage(png).size(), QSize(900, 600));
        QVERIFY(QSvgRenderer(svg).isValid());
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto lines = QString::fromUtf8(f.readAll()).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5); // header + 4 layers
        QVERIFY(lines[1].startsWith("W_E,"));
    }

    void sharpnessOverTrainingFromTheDialog()
    {
        LanguageManager language;
        MainWindow w(language);
        w.show();
        w.openRuns({run_});
        QTRY_COMPARE(int(w.registry().documents().size()), 1);
        QTimer::singleShot(50, [&] {
            auto* d = w.findChild<widgets::SharpnessDialog*>();
            QVERIFY(d);
            QVERIFY(d->problem().isEmpty());
            d->setAllCheckpoints(true, 1);
            d->setOptions(1, 10, 10, true, true);
            d->accept();
        });
        w.findAction("actionSharpness")->trigger();
        auto& tabs = w.views();
        QTRY_VERIFY_WITH_TIMEOUT(tabs.count() == 4, 60000); // curves + over training, density, per layer
        auto* over = qobject_cast<ts::widgets::CurveChartView*>(tabs.widget(1));
        QVERIFY(over);
        QVERIFY(over->curveIds().contains("lambda"));
        QVERIFY(over->curveIds().contains("2/lr"));
        QVERIFY(over->curveIds().contains("trace"));
        const auto table = over->plottedTable();
        for (const auto& c : table)
            if (c.id == "lambda") {
                QCOMPARE(c.x.size(), std::size_t(5)); // checkpoints 0, 50, 100, 150, 200
                QVERIFY(std::isfinite(c.y.back()));
            }
        QVERIFY(qobject_cast<ts::widgets::CurveChartView*>(tabs.widget(2)));
        auto* layers = qobject_cast<ts::widgets::HeatmapView*>(tabs.widget(3));
        QVERIFY(layers);
        QVERIFY(layers->cellText(3, 4).startsWith("W_U"));
        QString error;
        const QString pdf = dir_.filePath("sharp.pdf");
        QVERIFY2(widgets::exportChart(*over, pdf, widgets::FigureFormat::Pdf, {1000, 600}, 300, &error), qPrintable(error));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.read(4), QByteArray("%PDF"));
    }

    void influenceFromTheDialogOpensRankingPairsAndCheckpoints()
    {
        LanguageManager language;
        MainWindow w(language);
        w.show();
        w.openRuns({run_});
        QTRY_COMPARE(int(w.registry().documents().size()), 1);
        QTimer::singleShot(50, [&] {
            auto* d = w.findChild<widgets::InfluenceDialog*>();
            QVERIFY(d);
            QVERIFY(d->problem().isEmpty());
            d->setMethod("tracin");
            d->setTest("test", 3);
            d->accept();
        });
        w.findAction("actionInfluence")->trigger();
        auto& tabs = w.views();
        QTRY_VERIFY_WITH_TIMEOUT(tabs.count() == 4, 60000); // curves + ranking, pairs, over checkpoints
        auto* ranking = qobject_cast<ts::widgets::InfluenceRanking*>(tabs.widget(1));
        QVERIFY(ranking);
        const auto& entries = ranking->entries();
        QCOMPARE(int(entries.size()), 40); // 20 that support, 20 that oppose
        for (std::size_t i = 1; i < 20; ++i)
            QVERIFY(entries[i - 1].score >= entries[i].score);
        QVERIFY(entries.front().score > 0);
        QVERIFY(entries.back().score < 0);
        QVERIFY(entries.front().example.startsWith('(')); // "(a + b) = c"
        // The pair table holds the same scores at (a, b) ...
        auto* pairs = qobject_cast<ts::widgets::HeatmapView*>(tabs.widget(2));
        QVERIFY(pairs);
        QVERIFY(pairs->diverging());
        const QString ex = entries.front().example;
        const int a = ex.mid(1, ex.indexOf(' ') - 1).toInt();
        const int b = ex.mid(ex.indexOf('+') + 2, ex.indexOf(')') - ex.indexOf('+') - 2).toInt();
        QVERIFY2(pairs->cellText(a, b).endsWith(": " + QString::number(entries.front().score, 'g', 6)),
                 qPrintable(pairs->cellText(a, b)));
        // ... and the curves over checkpoints add up to them at the last step.
        auto* over = qobject_cast<ts::widgets::CurveChartView*>(tabs.widget(3));
        QVERIFY(over);
        for (const auto& c : over->plottedTable())
            if (c.id == QString("row%1").arg(entries.front().row)) {
                QCOMPARE(c.x.size(), std::size_t(5)); // checkpoints 0, 50, 100, 150, 200
                QVERIFY(std::abs(c.y.back() - entries.front().score) <= 1e-9 * std::abs(entries.front().score));
            }
        QString error;
        const QString csv = dir_.filePath("influence.csv");
        QVERIFY2(ranking->writeCsv(csv, &error), qPrintable(error));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readLine(), QByteArray("effect,row,example,label,score\n"));
        QCOMPARE(f.readAll().count('\n'), 40);
    }

    void renderWritesTheInfluenceViews()
    {
        const QString svg = dir_.filePath("pairs.svg"), csv = dir_.filePath("self.csv"),
                      png = dir_.filePath("over.png");
        auto render = [](const QStringList& args) {
            QProcess p;
            p.start(TRAINSCOPE_EXE, QStringList{"render"} + args);
            p.waitForFinished(120000);
            return p.exitCode() == 0 ? QString() : QString::fromLocal8Bit(p.readAllStandardError());
        };
        QString error = render({run_, "--view", "influence-pairs", "--test", "2", "--out", svg});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSvgRenderer pairs(svg);
        QVERIFY(pairs.isValid());
        error = render({run_, "--view", "influence-checkpoints", "--test", "2", "--size", "900x600", "--out", png});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(QImage(png).size(), QSize(900, 600));
        // Self-influence with EK-FAC at the last checkpoint, as the ranking's CSV.
        error = render({run_, "--view", "influence", "--method", "ekfac", "--test", "self", "--listed", "5", "--out", csv});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(lines.size(), 7); // header, 5 rows, final newline
        QVERIFY(lines[1].startsWith("self,"));
        // Nonsense is refused with a message, not a crash.
        error = render({run_, "--view", "influence", "--test", "99999", "--out", csv});
        QVERIFY(error.contains("99999") || error.contains("row"));
        error = render({run_, "--view", "influence", "--method", "nosuch", "--out", csv});
        QVERIFY2(error.contains("tracin"), qPrintable(error));
    }

    void mergeFromTheDialogOpensTheMergedRun()
    {
        // A second run of the same architecture and data, from another seed.
        const QString other = dir_.filePath("other.h5");
        QProcess p;
        p.start(TRAINSCOPE_EXE, {"train", "--task", "modular", "--model", "tickets_mlp", "--set", "p=23", "--set",
                                 "embed=32", "--set", "hidden=16", "--set", "checkpoints=every:50", "--steps", "100",
                                 "--seed", "5", "--quiet", "--out", other});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        LanguageManager language;
        MainWindow w(language);
        w.show();
        w.openRuns({run_, other});
        QTRY_COMPARE(int(w.registry().documents().size()), 2);
        const QString merged = dir_.filePath("merged.h5");
        QTimer::singleShot(50, [&] {
            auto* d = w.findChild<widgets::MergeDialog*>();
            QVERIFY(d);
            d->setMethod("average");
            d->setOutput(merged);
            QVERIFY2(d->problem().isEmpty(), qPrintable(d->problem()));
            d->accept();
        });
        w.findAction("actionMerge")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(int(w.registry().documents().size()) == 3, 60000);
        QVERIFY(QFileInfo(merged).isFile());
        // The merged run answers `info` like any run.
        QProcess info;
        info.start(TRAINSCOPE_EXE, {"info", merged});
        QVERIFY(info.waitForFinished(60000));
        QCOMPARE(info.exitCode(), 0);
    }

    void grokkingDashboardFromTheMenu()
    {
        LanguageManager language;
        MainWindow w(language);
        w.show();
        w.openRuns({run_});
        QTRY_COMPARE(int(w.registry().documents().size()), 1);
        w.findAction("actionGrokking")->trigger(); // one run open: no dialog asks which
        auto& tabs = w.views();
        QTRY_VERIFY_WITH_TIMEOUT(tabs.count() == 2, 60000);
        auto* dash = qobject_cast<widgets::GrokkingDashboard*>(tabs.widget(1));
        QVERIFY(dash);
        QCOMPARE(dash->data().steps.size(), std::size_t(5));
        QVERIFY(dash->data().fourier); // a + b mod 23
        QVERIFY(!dash->data().verdict.isEmpty());
        const int before = dash->checkpointIndex();
        dash->findChild<QSlider*>("checkpointSlider")->setValue(1);
        QVERIFY(dash->checkpointIndex() != before);
        QString error;
        QVERIFY2(widgets::exportWidget(*dash, dir_.filePath("dash.svg"), widgets::FigureFormat::Svg, {1400, 1000}, 96, &error), qPrintable(error));
        QVERIFY(QSvgRenderer(dir_.filePath("dash.svg")).isValid());
    }

    void ticketsAndSweepOpenTheirRuns()
    {
        LanguageManager language;
        MainWindow w(language);
        w.show();
        w.openRuns({run_});
        QTRY_COMPARE(int(w.registry().documents().size()), 1);
        QTimer::singleShot(50, [&] {
            auto* d = w.findChild<widgets::TicketsDialog*>();
            QVERIFY(d);
            d->setKeep(0.5);
            d->accept();
        });
        w.findAction("actionTickets")->trigger();
        // The ticket and its random-mask control open next to the dense run (this short run never
        // memorises, so there is no memorisation-mask control).
        QTRY_COMPARE_WITH_TIMEOUT(int(w.registry().documents().size()), 3, 60000);
        QVERIFY(w.registry().find(dir_.filePath("run-ticket50.h5")));
        QVERIFY(w.registry().find(dir_.filePath("run-ticket50-random-mask.h5")));

        QTimer::singleShot(50, [&] {
            auto* d = w.findChild<widgets::SweepDialog*>();
            QVERIFY(d);
            d->setValues("weight_decay", "abc");
            QVERIFY(!d->problem().isEmpty()); // refused at the field
            d->setValues("weight_decay", "1,3");
            d->setSteps(60);
            d->setFolder(dir_.filePath("sweep"));
            QVERIFY(d->problem().isEmpty());
            d->accept();
        });
        w.findAction("actionSweep")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(w.views().count() == 2, 60000);
        QVERIFY(qobject_cast<ts::widgets::CurveChartView*>(w.views().widget(1)));
        QTRY_COMPARE_WITH_TIMEOUT(int(w.registry().documents().size()), 5, 30000);
    }

    void analysisErrorsAreShownNotFatal()
    {
        LanguageManager language;
        MainWindow w(language);
        w.show();
        // A run whose file vanished after opening: the task fails with a message, the app lives on.
        const QString copy = dir_.filePath("gone.h5");
        QVERIFY(QFile::copy(run_, copy));
        w.openRuns({copy});
        QTRY_COMPARE(int(w.registry().documents().size()), 1);
        QVERIFY(QFile::remove(copy));
        QTimer::singleShot(50, [&] {
            auto* d = w.findChild<widgets::InterpolationDialog*>();
            QVERIFY(d);
            d->accept();
        });
        w.findAction("actionInterpolate")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!w.logView().messages().isEmpty() && w.logView().messages().last().contains("gone.h5"), 30000);
        QCOMPARE(w.views().count(), 1);
    }

private:
    QTemporaryDir dir_;
    QString run_;
};

QTEST_MAIN(TestAnalysisViews)
#include "test_analysis_views.moc"
