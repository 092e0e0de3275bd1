// FigureExporter (PNG/SVG/PDF/clipboard) and CsvWriter, on a real CurveChartView.
#include <QChart>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineSeries>
#include <QRegularExpression>
#include <QSet>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

#include "widgets/charts/CurveChartView.h"
#include "widgets/export/CsvWriter.h"
#include "widgets/export/FigureExporter.h"

using ts::widgets::CurveChartView;
using ts::widgets::FigureExporter;

class TestFigureExport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void png300Dpi();
    void pngFontsScaleWithDpi();
    void svg();
    void pdf();
    void csvRoundTrip();
    void clipboard();
    void plainWidgetAndBareChart();

private:
    static int nonBackgroundPixels(const QImage& image, QRect region = {});
    QByteArray readAll(const QString& path);
    CurveChartView* view_ = nullptr;
    QTemporaryDir dir_;
};

int TestFigureExport::nonBackgroundPixels(const QImage& image, QRect region) {
    if (region.isNull()) region = image.rect();
    const QRgb bg = image.pixel(0, 0);
    int n = 0;
    for (int y = region.top(); y <= region.bottom(); ++y)
        for (int x = region.left(); x <= region.right(); ++x) n += image.pixel(x, y) != bg;
    return n;
}

QByteArray TestFigureExport::readAll(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return f.readAll();
}

void TestFigureExport::initTestCase() {
    QVERIFY(dir_.isValid());
    view_ = new CurveChartView;
    view_->resize(640, 400);
    view_->show();
    QVERIFY(QTest::qWaitForWindowExposed(view_));
    QVector<CurveChartView::Curve> curves;
    for (int k = 0; k < 2; ++k) {
        CurveChartView::Curve c;
        c.id = QString::number(k);
        c.label = k == 0 ? QStringLiteral("train, \"loss\"") : QStringLiteral("val loss");
        c.color = k == 0 ? QColor(31, 119, 180) : QColor(214, 39, 40);
        for (int i = 0; i < 100'000; ++i) {
            c.x.push_back(i);
            c.y.push_back((k + 1) * std::exp(-i / 30'000.0) + 0.1 * std::sin(i * 0.01));
        }
        curves.push_back(c);
    }
    view_->setCurves(curves);
    view_->setAxisTitles(QStringLiteral("step"), QStringLiteral("loss"));
    view_->chart()->setTitle(QStringLiteral("Grokking run"));
    QCoreApplication::processEvents();
}

void TestFigureExport::cleanupTestCase() { delete view_; }

void TestFigureExport::png300Dpi() {
    const QSize before = view_->size();
    const int pointsBefore = view_->plottedPoints("0").size();
    FigureExporter ex(view_);
    ex.setPixelSize({1600, 1000});
    ex.setDpi(300);
    const QString path = dir_.filePath("fig.png");
    QVERIFY2(ex.savePng(path), qPrintable(ex.errorString()));

    QImage image(path);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1600, 1000));
    QVERIFY(std::abs(image.dotsPerMeterX() - 300 / 0.0254) < 2);
    QVERIFY(std::abs(image.dotsPerMeterY() - 300 / 0.0254) < 2);
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3) colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 50, qPrintable(QString::number(colours.size())));
    const int ink = nonBackgroundPixels(image);
    QVERIFY2(ink > 1600 * 1000 / 100, qPrintable(QString::number(ink)));
    // Both curves' colours were drawn (antialiasing blends edges; look for near matches).
    for (const QColor& want : {QColor(31, 119, 180), QColor(214, 39, 40)}) {
        int hits = 0;
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 2) {
                const QColor c = image.pixelColor(x, y);
                hits += std::abs(c.red() - want.red()) + std::abs(c.green() - want.green()) +
                            std::abs(c.blue() - want.blue()) < 40;
            }
        QVERIFY2(hits > 100, qPrintable(want.name()));
    }
    // The on-screen view is as it was.
    QCOMPARE(view_->size(), before);
    QCoreApplication::processEvents();
    QCOMPARE(view_->plottedPoints("0").size(), pointsBefore);
}

void TestFigureExport::pngFontsScaleWithDpi() {
    // The same figure at 96 and at 300 dpi: at 300 dpi the chart is laid out 3.125x smaller
    // and painted 3.125x larger, so text and margins take a larger share of the image. The
    // title band at the top (above the plot) must be clearly taller.
    const auto firstInkRow = [](const QImage& img) {
        const QRgb bg = img.pixel(0, 0);
        for (int y = 0; y < img.height(); ++y)
            for (int x = 0; x < img.width(); ++x)
                if (img.pixel(x, y) != bg) return y;
        return img.height();
    };
    const auto titleHeight = [&](double dpi) {
        FigureExporter ex(view_);
        ex.setPixelSize({1600, 1000});
        ex.setDpi(dpi);
        const QImage img = ex.toImage();
        // Rows from the first ink down to the end of the first ink band (the title).
        const QRgb bg = img.pixel(0, 0);
        int y = firstInkRow(img);
        const int top = y;
        for (; y < img.height(); ++y) {
            bool ink = false;
            for (int x = 0; x < img.width() && !ink; ++x) ink = img.pixel(x, y) != bg;
            if (!ink) break;
        }
        return y - top;
    };
    const int at96 = titleHeight(96);
    const int at300 = titleHeight(300);
    QVERIFY2(at96 > 5, qPrintable(QString::number(at96)));
    QVERIFY2(at300 > 2.5 * at96, qPrintable(QString("%1 vs %2").arg(at300).arg(at96)));
}

void TestFigureExport::svg() {
    FigureExporter ex(view_);
    ex.setPixelSize({1600, 1000});
    ex.setDpi(300);
    ex.setTitle(QStringLiteral("Loss curves"));
    const QString path = dir_.filePath("fig.svg");
    QVERIFY2(ex.saveSvg(path), qPrintable(ex.errorString()));
    const QByteArray svg = readAll(path);
    QVERIFY(svg.contains("<svg"));
    QVERIFY(svg.contains("viewBox=\"0 0 1600 1000\""));
    QVERIFY(svg.contains("<title>Loss curves</title>"));
    QVERIFY(svg.contains("Grokking run")); // text stays text
    QSvgRenderer renderer(path);
    QVERIFY(renderer.isValid());
    QCOMPARE(renderer.viewBox(), QRect(0, 0, 1600, 1000));
}

void TestFigureExport::pdf() {
    FigureExporter ex(view_);
    ex.setPixelSize({1600, 1000});
    ex.setDpi(300);
    const QString path = dir_.filePath("fig.pdf");
    QVERIFY2(ex.savePdf(path), qPrintable(ex.errorString()));
    const QByteArray pdf = readAll(path);
    QVERIFY(pdf.startsWith("%PDF"));
    QVERIFY(pdf.size() > 2000);
    // The page is the figure: 1600 x 1000 px at 300 dpi = 384 x 240 pt.
    const QRegularExpression mediaBox(QStringLiteral("/MediaBox \\[0 0 384(\\.0*)? 240(\\.0*)?\\]"));
    QVERIFY2(mediaBox.match(QString::fromLatin1(pdf)).hasMatch(), "page size is not 384 x 240 pt");
    QVERIFY(pdf.contains("/FontFile")); // fonts embedded, text kept as text
}

void TestFigureExport::csvRoundTrip() {
    QLocale::setDefault(QLocale(QLocale::German)); // ',' decimals must not leak into the file
    view_->setSmoothing(0.6);
    view_->zoomTo({100, 199.5});
    ts::widgets::PlotTable table = view_->plottedTable();
    QCOMPARE(table.size(), 2);
    // Values that need all 17 digits, and extremes.
    table[1].y[0] = 0.1 + 0.2;
    table[1].y[1] = 1e-300;
    table[1].y[2] = -3.5e17;
    table[1].y[3] = 2.0 / 3.0;
    const QString path = dir_.filePath("curves.csv");
    QString error;
    QVERIFY2(ts::widgets::CsvWriter::writeFile(table, path, &error), qPrintable(error));
    QLocale::setDefault(QLocale::c());

    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(f.readAll()).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), QStringLiteral("curve,step,value,smoothed"));
    QCOMPARE(lines.size(), 1 + 100 + 100);
    int row = 1;
    for (const ts::widgets::PlottedCurve& c : table) {
        for (std::size_t i = 0; i < c.x.size(); ++i, ++row) {
            QString line = lines[row];
            // The first field may be quoted (RFC 4180): split it off by hand.
            QString label;
            if (line.startsWith('"')) {
                int end = 1;
                while (true) {
                    end = line.indexOf('"', end);
                    if (line.mid(end, 2) == QLatin1String("\"\"")) { end += 2; continue; }
                    break;
                }
                label = line.mid(1, end - 1).replace("\"\"", "\"");
                line = line.mid(end + 2);
            } else {
                label = line.section(',', 0, 0);
                line = line.section(',', 1);
            }
            QCOMPARE(label, c.label);
            const QStringList f = line.split(',');
            QCOMPARE(f.size(), 3);
            bool ok1, ok2, ok3;
            QCOMPARE(f[0].toDouble(&ok1), c.x[i]); // exact: shortest round-trip text
            QCOMPARE(f[1].toDouble(&ok2), c.y[i]);
            QCOMPARE(f[2].toDouble(&ok3), c.smoothed[i]);
            QVERIFY(ok1 && ok2 && ok3);
        }
    }
    QVERIFY(lines[1].startsWith("\"train, \"\"loss\"\"\",100,"));
    QCOMPARE(ts::widgets::CsvWriter::formatNumber(1e6), QStringLiteral("1000000"));
    QCOMPARE(ts::widgets::CsvWriter::formatNumber(0.1), QStringLiteral("0.1"));
    view_->setSmoothing(0);
    view_->resetZoom();
}

void TestFigureExport::clipboard() {
    QClipboard* cb = QGuiApplication::clipboard();
    if (!cb) QSKIP("this platform has no clipboard");
    FigureExporter ex(view_);
    ex.setPixelSize({800, 500});
    ex.setDpi(150);
    QVERIFY(ex.copyToClipboard());
    const QImage image = cb->image();
    if (image.isNull() && !cb->mimeData()) QSKIP("the clipboard does not hold images here");
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(800, 500));
}

void TestFigureExport::plainWidgetAndBareChart() {
    QLabel label(QStringLiteral("Some text to draw"));
    label.resize(300, 100);
    FigureExporter widgetEx(&label);
    widgetEx.setPixelSize({600, 200});
    widgetEx.setDpi(192);
    const QImage w = widgetEx.toImage();
    QCOMPARE(w.size(), QSize(600, 200));
    QVERIFY(nonBackgroundPixels(w) > 50);

    // A chart in no view at all.
    QChart chart;
    auto* s = new QLineSeries;
    for (int i = 0; i < 50; ++i) s->append(i, std::sin(i * 0.3));
    chart.addSeries(s);
    chart.createDefaultAxes();
    FigureExporter chartEx(&chart);
    chartEx.setPixelSize({800, 600});
    chartEx.setDpi(96);
    const QImage c = chartEx.toImage();
    QCOMPARE(c.size(), QSize(800, 600));
    QVERIFY(nonBackgroundPixels(c) > 2000);
    QVERIFY(chart.scene() == nullptr); // left as it was found
}

QTEST_MAIN(TestFigureExport)
#include "test_figure_export.moc"
