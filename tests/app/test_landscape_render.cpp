// `render --view landscape3d|contour|slice` through renderLandscapeFigure: every view writes
// its formats headless (VTK offscreen under xvfb for 3-D), and wrong requests get clear errors.
#include <QApplication>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QtTest>

#include "../widgets/LandscapeTestSurface.h"
#include "app/render/LandscapeFigure.h"

#include <set>

using ts::app::LandscapeFigureOptions;
using ts::app::renderLandscapeFigure;

class TestLandscapeRender : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(dir_.isValid()); }
    void landscape3dPng();
    void contourFormats();
    void sliceFormats();
    void oneDimensionalSurface();
    void clearErrors();
    void commandLineOptions();
    void contourWithStd();

private:
    QString path(const QString& name) const { return dir_.filePath(name); }
    static int distinctColours(const QImage& image)
    {
        std::set<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3)
            for (int x = 0; x < image.width(); x += 3)
                colours.insert(image.pixel(x, y));
        return int(colours.size());
    }
    QTemporaryDir dir_;
};

void TestLandscapeRender::landscape3dPng()
{
    LandscapeFigureOptions o;
    o.view = "landscape3d";
    o.size = QSize(640, 480);
    o.wireframe = true;
    o.log = true;
    QCOMPARE(renderLandscapeFigure(ts::test::bowlSurface(), o, path("s.png")), QString());
    const QImage image(path("s.png"));
    QCOMPARE(image.size(), QSize(640, 480));
    QVERIFY(distinctColours(image) > 50);
}

void TestLandscapeRender::contourFormats()
{
    LandscapeFigureOptions o;
    o.view = "contour";
    o.size = QSize(800, 600);
    o.levels = "0.6, 1, 1.5, 2";
    for (const char* name : {"c.png", "c.svg", "c.pdf", "c.csv"})
        QCOMPARE(renderLandscapeFigure(ts::test::bowlSurface(), o, path(name)), QString());
    const QImage image(path("c.png"));
    QCOMPARE(image.size(), QSize(800, 600));
    QVERIFY(distinctColours(image) > 10);
    QFile svg(path("c.svg"));
    QVERIFY(svg.open(QIODevice::ReadOnly) && svg.readAll().contains("<svg"));
    QFile pdf(path("c.pdf"));
    QVERIFY(pdf.open(QIODevice::ReadOnly) && pdf.read(5) == "%PDF-");
    QFile csv(path("c.csv"));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readAll().count('\n'), 21 * 15 + 1);
}

void TestLandscapeRender::sliceFormats()
{
    LandscapeFigureOptions o;
    o.view = "slice";
    o.size = QSize(700, 400);
    for (const char* name : {"l.png", "l.svg", "l.pdf", "l.csv"})
        QCOMPARE(renderLandscapeFigure(ts::test::bowlSurface(), o, path(name)), QString());
    QCOMPARE(QImage(path("l.png")).size(), QSize(700, 400));
    QFile csv(path("l.csv"));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readLine().trimmed(), QByteArray("x,train_loss,train_acc"));
}

void TestLandscapeRender::oneDimensionalSurface()
{
    ts::LandscapeSurface line = ts::test::bowlSurface(31, 2);
    line.ys.clear();
    for (auto& [name, v] : line.values)
        v.resize(31);
    LandscapeFigureOptions o;
    o.size = QSize(500, 300);
    o.view = "slice";
    QCOMPARE(renderLandscapeFigure(line, o, path("line.csv")), QString());
    QFile csv(path("line.csv"));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readAll().count('\n'), 32);
    o.view = "landscape3d";
    QCOMPARE(renderLandscapeFigure(line, o, path("line.png")), QString());
    o.view = "contour";
    QVERIFY(renderLandscapeFigure(line, o, path("line-contour.png")).contains("1-D"));
}

void TestLandscapeRender::clearErrors()
{
    const auto s = ts::test::bowlSurface();
    LandscapeFigureOptions o;
    o.view = "landscape3d";
    QVERIFY(renderLandscapeFigure(s, o, path("s.svg")).contains("PNG"));
    o.metric = "test_loss";
    QVERIFY(renderLandscapeFigure(s, o, path("s.png")).contains("test_loss"));
    o.metric.clear();
    o.view = "contour";
    o.levels = "1, x";
    QVERIFY(renderLandscapeFigure(s, o, path("c.png")).contains("'x'"));
    o.view = "surface";
    QVERIFY(renderLandscapeFigure(s, o, path("c.png")).contains("landscape3d"));
    QVERIFY(!renderLandscapeFigure(ts::LandscapeSurface{}, o, path("c.png")).isEmpty());
}

void TestLandscapeRender::commandLineOptions()
{
    auto specs = ts::app::landscapeRenderOptions();
    specs.push_back({"view"});
    const auto parse = [&](std::vector<std::string> args) {
        return ts::app::landscapeFigureOptions(ts::cli::CommandLine(args, specs), "contour", QSize(300, 200), 72);
    };
    const auto o = parse({"s.h5", "--metric", "test_acc", "--log", "--zclip", "4.5", "--levels", "0.1,0.2",
                          "--wireframe", "--checkpoint", "900"});
    QCOMPARE(o.view, QString("contour"));
    QCOMPARE(o.metric, QString("test_acc"));
    QVERIFY(o.log && o.wireframe);
    QCOMPARE(o.zClip, 4.5);
    QCOMPARE(o.levels, QString("0.1,0.2"));
    QCOMPARE(o.currentStep, int64_t(900));
    QCOMPARE(o.size, QSize(300, 200));
    const auto plain = parse({"s.h5"});
    QVERIFY(!plain.log && std::isnan(plain.zClip) && plain.currentStep == -1);
    QVERIFY_THROWS_EXCEPTION(ts::cli::UsageError, parse({"s.h5", "--zclip", "high"}));
    QVERIFY_THROWS_EXCEPTION(ts::cli::UsageError, parse({"s.h5", "--levels", "1,two"}));
    QVERIFY_THROWS_EXCEPTION(ts::cli::UsageError, parse({"s.h5", "--checkpoint", "later"}));
    // "last" / "first" (the centre of a surface computed from a run) mark the surface's centre.
    QCOMPARE(parse({"s.h5", "--checkpoint", "last"}).currentStep, int64_t(-1));
}

void TestLandscapeRender::contourWithStd()
{
    LandscapeFigureOptions o;
    o.view = "contour";
    o.size = QSize(800, 600);
    auto batched = ts::test::bowlSurface();
    // Without a std map, --std is refused with what to do.
    o.showStd = true;
    QVERIFY(renderLandscapeFigure(batched, o, path("std.png")).contains("--batches"));
    batched.batches = 4;
    for (double y : batched.ys)
        for (double x : batched.xs)
            batched.stds["train_loss"].push_back(0.2 + 0.1 * x * y);
    o.showStd = false;
    QCOMPARE(renderLandscapeFigure(batched, o, path("mean.png")), QString());
    o.showStd = true;
    QCOMPARE(renderLandscapeFigure(batched, o, path("std.png")), QString());
    const QImage mean(path("mean.png")), withStd(path("std.png"));
    QCOMPARE(withStd.size(), mean.size());
    int changed = 0; // the dashed lines and the longer title
    for (int y = 0; y < mean.height(); ++y)
        for (int x = 0; x < mean.width(); ++x)
            changed += mean.pixel(x, y) != withStd.pixel(x, y);
    QVERIFY2(changed > 500, qPrintable(QString::number(changed)));
    auto specs = ts::app::landscapeRenderOptions();
    QVERIFY(ts::app::landscapeFigureOptions(ts::cli::CommandLine({"s.h5", "--std"}, specs), "contour", QSize(300, 200), 72)
                .showStd);
}

QTEST_MAIN(TestLandscapeRender)
#include "test_landscape_render.moc"
