// The grokking dashboard: events drawn on the accuracy chart, one step cursor across the
// measures, the checkpoint slider driving the spectrum, play, and exports.
#include "widgets/charts/CurveChartView.h"
#include "widgets/charts/HeatmapView.h"
#include "widgets/export/FigureExporter.h"
#include "widgets/grokking/GrokkingDashboard.h"

#include <QFile>
#include <QImage>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <cmath>

using namespace ts;
using namespace ts::widgets;

namespace {
GrokkingData synthetic()
{
    GrokkingData d;
    d.title = "synthetic";
    for (int s = 0; s <= 2000; s += 10) {
        d.trainSteps.push_back(s);
        d.trainAcc.push_back(s >= 100 ? 1.0 : s / 100.0);
        d.testSteps.push_back(s);
        d.testAcc.push_back(s >= 1200 ? 1.0 : 0.01);
    }
    d.tMem = 100;
    d.t50 = 1200;
    d.t90 = 1200;
    d.verdict = "grokking";
    d.explanation = "memorised at 100, generalised at 1200";
    d.fourier = true;
    for (int i = 0; i < 6; ++i) {
        const double step = i == 0 ? 0 : std::pow(10.0, 1 + i * 0.5);
        d.steps.push_back(step);
        d.weightNorm.push_back(30 + i);
        d.distInit.push_back(i * 2.0);
        d.coherenceTrain.push_back(1.0);
        d.coherenceTest.push_back(1.1);
        d.gini.push_back(0.1 * i);
        d.restrictedLoss.push_back(4 - i * 0.5);
        d.excludedLoss.push_back(1 + i);
        std::vector<double> norms(6, 1.0);
        norms[std::size_t(1 + i % 5)] = 10.0 + i; // a moving key frequency
        d.frequencyNorms.push_back(norms);
    }
    return d;
}
} // namespace

class TestGrokkingDashboard : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void showsEventsAndMeasures()
    {
        GrokkingDashboard dash;
        dash.resize(1400, 1000);
        dash.show();
        dash.setData(synthetic());
        const auto ids = dash.accuracyChart()->curveIds();
        QVERIFY(ids.contains("event:t_mem"));
        QVERIFY(ids.contains("event:t90"));
        QVERIFY(ids.contains("phase:memorised"));
        QVERIFY(dash.accuracyChart()->isLogX());
        QCOMPARE(dash.measureCharts().size(), std::size_t(5));
        QCOMPARE(dash.spectrumHeatmap()->cellText(0, 0).left(3), QString("k=1"));
    }

    void sliderDrivesTheSpectrumAndTheCursor()
    {
        GrokkingDashboard dash;
        dash.resize(1400, 1000);
        dash.show();
        const auto d = synthetic();
        dash.setData(d);
        QCOMPARE(dash.checkpointIndex(), 5); // starts at the last checkpoint
        auto peakOf = [&] {
            const auto table = dash.spectrumChart()->plottedTable();
            const auto& c = table.front();
            return c.x[std::size_t(std::max_element(c.y.begin(), c.y.end()) - c.y.begin())];
        };
        QCOMPARE(peakOf(), 1.0); // i = 5: key frequency 1 + 5 % 5 = 1
        dash.findChild<QSlider*>("checkpointSlider")->setValue(2);
        QCOMPARE(peakOf(), 3.0);
        // The shared cursor snaps to the nearest checkpoint and reports every measure there.
        dash.setCursorStep(d.steps[3] * 1.1);
        QCOMPARE(dash.checkpointIndex(), 3);
        QVERIFY(dash.cursorText().contains("Gini 0.300"));
        // Play advances the slider.
        dash.setPlaying(true);
        QVERIFY(dash.isPlaying());
        QTRY_VERIFY(dash.checkpointIndex() != 3);
        dash.setPlaying(false);
        QVERIFY(!dash.isPlaying());
    }

    void exports()
    {
        QTemporaryDir dir;
        GrokkingDashboard dash;
        dash.resize(1400, 1000);
        dash.setData(synthetic());
        FigureExporter exporter(&dash);
        exporter.setPixelSize({1400, 1000});
        exporter.setDpi(96);
        const QString png = dir.filePath("d.png"), pdf = dir.filePath("d.pdf"), csv = dir.filePath("d.csv");
        QVERIFY2(exporter.savePng(png), qPrintable(exporter.errorString()));
        QVERIFY2(exporter.savePdf(pdf), qPrintable(exporter.errorString()));
        QCOMPARE(QImage(png).size(), QSize(1400, 1000));
        QFile pf(pdf);
        QVERIFY(pf.open(QIODevice::ReadOnly));
        QCOMPARE(pf.read(4), QByteArray("%PDF"));
        QString error;
        QVERIFY2(dash.writeCsv(csv, &error), qPrintable(error));
        QFile cf(csv);
        QVERIFY(cf.open(QIODevice::ReadOnly));
        const auto lines = QString::fromUtf8(cf.readAll()).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 7);
        QVERIFY(lines[0].startsWith("step,weight_norm"));
        QVERIFY(lines[2].startsWith("31.6"));
    }
};

QTEST_MAIN(TestGrokkingDashboard)
#include "test_grokking_dashboard.moc"
