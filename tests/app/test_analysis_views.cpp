// Analysis views in the real main window: interpolation from the dialog to its tabs, the
// heatmap's export, and nonsense inputs.
#include "app/gui/LanguageManager.h"
#include "app/gui/MainWindow.h"
#include "app/gui/RunRegistry.h"
#include "app/render/ChartExport.h"
#include "widgets/analysis/InterpolationDialog.h"
#include "widgets/charts/CurveChartView.h"
#include "widgets/charts/HeatmapView.h"
#include "widgets/log/LogView.h"

#include <QFile>
#include <QImage>
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
            d->accept();
        });
        w.findAction("actionInterpolate")->trigger();
        auto& tabs = w.views();
        QTRY_VERIFY_WITH_TIMEOUT(tabs.count() == 6, 60000); // curves + loss, accuracy, layer-wise, LiNeS, Bézier
        auto* loss = qobject_cast<ts::CurveChartView*>(tabs.widget(1));
        QVERIFY(loss);
        QCOMPARE(loss->curveIds(), QStringList({"test", "train"}));
        QCOMPARE(loss->plottedTable().front().x.size(), std::size_t(13));
        QVERIFY(loss->chart()->title().contains("loss barrier"));
        auto* heat = qobject_cast<ts::HeatmapView*>(tabs.widget(3));
        QVERIFY(heat);
        QVERIFY(heat->cellText(0, 0).startsWith("W_E"));
        const QString png = dir_.filePath("heat.png"), svg = dir_.filePath("heat.svg"), csv = dir_.filePath("heat.csv");
        QString error;
        QVERIFY2(exportWidget(*heat, png, FigureFormat::Png, {900, 600}, 150, &error), qPrintable(error));
        QVERIFY2(exportWidget(*heat, svg, FigureFormat::Svg, {900, 600}, 96, &error), qPrintable(error));
        QVERIFY2(heat->writeCsv(csv, &error), qPrintable(error));
        QCOMPARE(QImage(png).size(), QSize(900, 600));
        QVERIFY(QSvgRenderer(svg).isValid());
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto lines = QString::fromUtf8(f.readAll()).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5); // header + 4 layers
        QVERIFY(lines[1].startsWith("W_E,"));
    }

private:
    QTemporaryDir dir_;
    QString run_;
};

QTEST_MAIN(TestAnalysisViews)
#include "test_analysis_views.moc"
