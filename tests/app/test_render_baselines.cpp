// Baseline images for `trainscope render`: the curves, contour, 3-D surface, interpolation,
// grokking dashboard and pathway graph are rendered from the committed fixtures in
// tests/baselines/fixtures and compared with tests/baselines/*.png within a tolerance
// (tests/ImageComparison.h). A failing figure leaves its render and a difference image in
// <build>/tests/render-baselines. TRAINSCOPE_UPDATE_BASELINES=1 writes the renders over the
// baselines instead (docs/testing.md). The perturbation tests prove that the comparison fails:
// a missing curve, another axis, another colour scale, a moved or recoloured figure.
#include "tests/ImageComparison.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QtTest>

#include <set>

using ts::test::compareImages;

namespace {
const QString kBaselines = QStringLiteral(SOURCE_DIR "/tests/baselines");

struct Figure {
    const char* name;
    const char* input; // a file in tests/baselines/fixtures
    QStringList options;
    QSize size{640, 480};
};

// Small (640x480 at 96 dpi) to keep the repository small and the comparison fast; the
// dashboard's panels need more room.
const std::vector<Figure>& figures()
{
    static const std::vector<Figure> all = {
        {"curves", "grokking.h5", {"--view", "curves", "--metrics", "train_acc,test_acc", "--logx"}},
        {"contour", "surface.h5", {"--view", "contour"}},
        {"landscape3d", "surface.h5", {"--view", "landscape3d"}},
        {"interpolation", "grokking.h5", {"--view", "interpolation", "--points", "11"}},
        {"grokking", "grokking.h5", {"--view", "grokking"}, {1200, 900}},
        {"pathway-graph", "moe.h5", {"--view", "pathway-graph"}},
    };
    return all;
}

const Figure& figure(const QString& name)
{
    for (const auto& f : figures())
        if (name == f.name)
            return f;
    qFatal("no figure named %s", qPrintable(name));
    return figures().front();
}

bool updating() { return qEnvironmentVariableIntValue("TRAINSCOPE_UPDATE_BASELINES") == 1; }

QString outDir()
{
    const QString dir = QCoreApplication::applicationDirPath() + "/render-baselines";
    QDir().mkpath(dir);
    return dir;
}

// Renders `input` with `options` through the CLI into <outDir>/<file>; "" or the error.
QString render(const char* input, const QStringList& options, QSize size, const QString& file)
{
    const QString pixels = QString("%1x%2").arg(size.width()).arg(size.height());
    QProcess p;
    p.start(TRAINSCOPE_EXE, QStringList{"render", kBaselines + "/fixtures/" + input} + options +
                                QStringList{"--size", pixels, "--dpi", "96", "--out", outDir() + "/" + file});
    if (!p.waitForFinished(180000))
        return "trainscope render did not finish";
    return p.exitCode() == 0 ? QString() : QString::fromLocal8Bit(p.readAllStandardError());
}

// A figure whose content moved by `dx` pixels (an axis or plot area shifted).
QImage shifted(const QImage& image, int dx)
{
    QImage out(image.size(), QImage::Format_RGB32);
    out.fill(image.pixel(0, 0));
    QPainter(&out).drawImage(dx, 0, image);
    return out;
}

// The same figure with red and blue exchanged: another colour map.
QImage recoloured(const QImage& image) { return image.convertToFormat(QImage::Format_RGB32).rgbSwapped(); }

int distinctColours(const QImage& image)
{
    std::set<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}
} // namespace

class TestRenderBaselines : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void comparisonToleratesJitter();
    void comparisonCatchesChanges();
    void baselines_data();
    void baselines();
    void perturbedRendersFail_data();
    void perturbedRendersFail();
    void movedOrRecolouredFiguresFail_data() { baselines_data(); }
    void movedOrRecolouredFiguresFail();
};

namespace {
// A little chart-like scene: an antialiased curve, an axis and a label, offset by (dx, dy).
QImage scene(double dx, double dy, QFont::HintingPreference hinting = QFont::PreferDefaultHinting,
             QColor curve = QColor(31, 119, 180))
{
    QImage image(320, 200, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    p.translate(dx, dy);
    p.setPen(QPen(Qt::black, 1));
    p.drawLine(QPointF(40.5, 20), QPointF(40.5, 170.5));
    p.drawLine(QPointF(40.5, 170.5), QPointF(300, 170.5));
    QPainterPath path;
    path.moveTo(41, 160);
    for (int x = 41; x < 300; x += 4)
        path.lineTo(x, 160 - 130.0 * (1 - std::exp(-(x - 41) / 60.0)));
    p.setPen(QPen(curve, 2));
    p.drawPath(path);
    QFont font = p.font();
    font.setHintingPreference(hinting);
    font.setPointSize(9);
    p.setFont(font);
    p.setPen(Qt::black);
    p.drawText(QPointF(120, 190), "step (log) 10 100 1000");
    return image;
}
} // namespace

void TestRenderBaselines::comparisonToleratesJitter()
{
    const QImage base = scene(0, 0);
    const auto same = compareImages(base, base);
    QVERIFY(same.passed);
    QCOMPARE(same.badPixels, 0L);
    QCOMPARE(same.maxError, 0);
    // Sub-pixel moves redistribute antialiased coverage; light hinting moves glyph edges by a pixel.
    const std::vector<std::pair<const char*, QImage>> jittered = {
        {"half a pixel right", scene(0.5, 0)},
        {"half a pixel down", scene(0, 0.5)},
        {"diagonally", scene(0.7, -0.6)},
        {"a pixel right", scene(1, 0)},
        {"unhinted text", scene(0, 0, QFont::PreferNoHinting)},
        {"vertically hinted text", scene(0, 0, QFont::PreferVerticalHinting)}};
    // Not tolerated: full hinting rounds every glyph's advance, so a label drifts by several
    // pixels along its length. Baselines belong to one font setup (docs/testing.md).
    for (const auto& [what, image] : jittered) {
        const auto c = compareImages(image, base);
        if (!c.passed) {
            image.save(outDir() + "/jitter-" + QString(what).replace(' ', '-') + ".png");
            c.difference.save(outDir() + "/jitter-" + QString(what).replace(' ', '-') + "-diff.png");
        }
        QVERIFY2(c.passed, qPrintable(QString(what) + ": " + c.summary));
    }
}

void TestRenderBaselines::comparisonCatchesChanges()
{
    const QImage base = scene(0, 0);
    // Moved by three pixels, a curve of another colour, the curve missing, another size.
    QImage missing = base.copy();
    {
        QPainter p(&missing);
        p.fillRect(QRect(60, 10, 240, 140), Qt::white);
    }
    for (const QImage& changed :
         {scene(3, 0), scene(0, -3), scene(0, 0, QFont::PreferDefaultHinting, QColor(255, 127, 14)), missing}) {
        const auto c = compareImages(changed, base);
        QVERIFY2(!c.passed, qPrintable(c.summary));
        QVERIFY(c.badPixels > 0);
        QCOMPARE(c.difference.size(), base.size());
    }
    // Both ways: a curve that appears is caught as well as one that disappears.
    QVERIFY(!compareImages(base, missing).passed);
    QVERIFY(!compareImages(base.scaled(321, 200), base).sameSize);
}

void TestRenderBaselines::baselines_data()
{
    QTest::addColumn<QString>("name");
    for (const auto& f : figures())
        QTest::newRow(f.name) << QString(f.name);
}

void TestRenderBaselines::baselines()
{
    QFETCH(QString, name);
    const Figure& f = figure(name);
    const QString file = name + ".png";
    const QString error = render(f.input, f.options, f.size, file);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QImage actual(outDir() + "/" + file);
    QCOMPARE(actual.size(), f.size);
    QVERIFY2(distinctColours(actual) > 10, "the render is (nearly) blank");
    const QString baselinePath = kBaselines + "/" + file;
    if (updating()) {
        QFile::remove(baselinePath);
        QVERIFY(QFile::copy(outDir() + "/" + file, baselinePath));
        qInfo("updated %s", qPrintable(baselinePath));
        return;
    }
    const QImage baseline(baselinePath);
    QVERIFY2(!baseline.isNull(), qPrintable(baselinePath + " is missing: make it with TRAINSCOPE_UPDATE_BASELINES=1 "
                                                           "(docs/testing.md)"));
    const auto c = compareImages(actual, baseline);
    if (!c.passed && !c.difference.isNull())
        c.difference.save(outDir() + "/" + name + "-diff.png");
    qInfo("%s", qPrintable(c.summary));
    QVERIFY2(c.passed, qPrintable(name + ": " + c.summary + "\n  render: " + outDir() + "/" + file +
                                  "\n  difference: " + outDir() + "/" + name + "-diff.png"));
}

void TestRenderBaselines::perturbedRendersFail_data()
{
    QTest::addColumn<QString>("baseline");
    QTest::addColumn<QStringList>("options");
    QTest::newRow("curves, one curve missing")
        << "curves" << QStringList{"--view", "curves", "--metrics", "train_acc", "--logx"};
    QTest::newRow("curves, linear step axis")
        << "curves" << QStringList{"--view", "curves", "--metrics", "train_acc,test_acc"};
    QTest::newRow("curves, smoothed") << "curves"
                                      << QStringList{"--view", "curves",      "--metrics", "train_acc,test_acc",
                                                     "--logx", "--smoothing", "0.6"};
    QTest::newRow("contour, log colour scale") << "contour" << QStringList{"--view", "contour", "--log"};
    QTest::newRow("3-D surface, log heights and colours")
        << "landscape3d" << QStringList{"--view", "landscape3d", "--log"};
    QTest::newRow("3-D surface, wireframe") << "landscape3d" << QStringList{"--view", "landscape3d", "--wireframe"};
    QTest::newRow("contour, other levels") << "contour" << QStringList{"--view", "contour", "--levels", "0.5,1,2,4"};
    QTest::newRow("interpolation, wider alpha axis")
        << "interpolation" << QStringList{"--view", "interpolation", "--points", "11", "--range", "-0.5:1.5"};
    QTest::newRow("pathway graph, first checkpoint")
        << "pathway-graph" << QStringList{"--view", "pathway-graph", "--step", "0"};
}

void TestRenderBaselines::perturbedRendersFail()
{
    QFETCH(QString, baseline);
    QFETCH(QStringList, options);
    const QString file = "perturbed-" + baseline + ".png";
    const QString error = render(figure(baseline).input, options, figure(baseline).size, file);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto c = compareImages(QImage(outDir() + "/" + file), QImage(kBaselines + "/" + baseline + ".png"));
    QVERIFY2(!c.passed, qPrintable(c.summary));
    qInfo("%s", qPrintable(c.summary));
}

void TestRenderBaselines::movedOrRecolouredFiguresFail()
{
    QFETCH(QString, name);
    const QImage baseline(kBaselines + "/" + name + ".png");
    QVERIFY(!baseline.isNull());
    for (int dx : {-3, 3}) {
        const auto c = compareImages(shifted(baseline, dx), baseline);
        qInfo("moved by %d: %s", dx, qPrintable(c.summary));
        QVERIFY2(!c.passed, qPrintable(QString("moved by %1: ").arg(dx) + c.summary));
    }
    const auto c = compareImages(recoloured(baseline), baseline);
    qInfo("red and blue exchanged: %s", qPrintable(c.summary));
    QVERIFY2(!c.passed, qPrintable("red and blue exchanged: " + c.summary));
}

QTEST_MAIN(TestRenderBaselines)
#include "test_render_baselines.moc"
