// The figure spec (widgets/figure/FigureSpec.h) and the composer (FigureComposer.h) on real
// curve charts: lengths in points, the errors a bad spec gets, the grid, one font on every
// chart, shared axes (the union of the ranges, repeated titles hidden), and the page of the
// PDF, SVG and PNG.
#include <QAbstractAxis>
#include <QChart>
#include <QFile>
#include <QLegend>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <memory>

#include "widgets/charts/CurveChartView.h"
#include "widgets/figure/FigureComposer.h"
#include "widgets/figure/FigureSpec.h"

using ts::widgets::CurveChartView;
using ts::widgets::FigureComposer;
using ts::widgets::FigureSpec;

namespace {

// A chart of one curve y = x over [x0, x1] scaled by `gain`.
std::unique_ptr<CurveChartView> chart(double x0, double x1, double gain)
{
    auto c = std::make_unique<CurveChartView>();
    c->setAttribute(Qt::WA_DontShowOnScreen);
    c->resize(400, 300);
    CurveChartView::Curve curve{"c", "curve", Qt::blue, {}, {}};
    for (int i = 0; i <= 50; ++i) {
        const double x = x0 + (x1 - x0) * i / 50.0;
        curve.x.push_back(x);
        curve.y.push_back(gain * x);
    }
    c->setAxisTitles("step", "value");
    c->setCurves({curve});
    c->resetZoom();
    return c;
}

FigureSpec fourPanels()
{
    FigureSpec s;
    s.width = "17.8cm";
    s.height = "12cm";
    s.dpi = 100;
    s.fontSize = 7;
    for (int i = 0; i < 4; ++i) {
        ts::widgets::FigurePanel p;
        p.runs = {"run.h5"};
        s.panels << p;
    }
    return s;
}

QString parseError(const QByteArray& json)
{
    FigureSpec s;
    QString error;
    if (ts::widgets::figureSpecFromJson(json, &s, &error))
        return "(accepted)";
    return error;
}

} // namespace

class TestFigureComposer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void lengths();
    void specRoundTrip();
    void badSpecs();
    void gridAndPixels();
    void oneFontEverywhere();
    void sharedAxes();
    void pdfSvgPng();
};

void TestFigureComposer::lengths()
{
    using ts::widgets::lengthInPoints;
    QCOMPARE(*lengthInPoints("1in"), 72.0);
    QVERIFY(std::abs(*lengthInPoints("17.8cm") - 17.8 / 2.54 * 72) < 1e-9);
    QVERIFY(std::abs(*lengthInPoints("85 mm") - 85 / 25.4 * 72) < 1e-9);
    QCOMPARE(*lengthInPoints("252pt"), 252.0);
    QCOMPARE(*lengthInPoints(".5in"), 36.0);
    QVERIFY(!lengthInPoints("17.8")); // no unit
    QVERIFY(!lengthInPoints("17.8 furlongs"));
    QVERIFY(!lengthInPoints("0cm"));
    QVERIFY(!lengthInPoints("-3cm"));
}

void TestFigureComposer::specRoundTrip()
{
    FigureSpec s = fourPanels();
    s.sharedX = "columns";
    s.sharedY = "all";
    s.letters = false;
    s.panels[1].view = "interpolation";
    s.panels[1].options = QJsonObject{{"points", 11}, {"logx", true}, {"to", "other.h5:100"}};
    s.panels[2].runs = QStringList{"a.h5", "b.h5"};
    s.panels[3].title = "Loss";
    FigureSpec back;
    QString error;
    QVERIFY2(ts::widgets::figureSpecFromJson(ts::widgets::figureSpecToJson(s), &back, &error), qPrintable(error));
    QCOMPARE(ts::widgets::figureSpecToJson(back), ts::widgets::figureSpecToJson(s));
    QCOMPARE(back.sharedX, QString("columns"));
    QCOMPARE(back.sharedY, QString("all"));
    QCOMPARE(back.panels[2].runs, (QStringList{"a.h5", "b.h5"}));
    QCOMPARE(back.panels[1].options.value("points").toInt(), 11);
    QCOMPARE(back.rows(), 2);
    // Defaults: a bare spec of one panel.
    QVERIFY(ts::widgets::figureSpecFromJson(R"({"panels": [{"run": "r.h5"}]})", &back, &error));
    QCOMPARE(back.width, QString("17.8cm"));
    QCOMPARE(back.dpi, 300);
    QCOMPARE(back.columns, 2);
    QCOMPARE(back.panels[0].view, QString("curves"));
    QVERIFY(back.letters);
}

void TestFigureComposer::badSpecs()
{
    QCOMPARE(parseError(R"({"panels": [{"run": "r.h5"}], "colums": 2})").left(30),
             QString("spec: unknown key 'colums' (kn"));
    QVERIFY(parseError(R"({"width": "17.8 furlongs", "panels": [{"run": "r.h5"}]})")
                .startsWith("width: '17.8 furlongs' is not a length with a unit"));
    QVERIFY(parseError(R"({"height": 12, "panels": [{"run": "r.h5"}]})")
                .startsWith("height: must be a string with a unit"));
    QVERIFY(
        parseError(R"({"panels": [{"run": "r.h5"}, {"view": "curves"}]})").startsWith("panels[1].run: missing run"));
    QVERIFY(parseError(R"({"panels": [{"run": "r.h5", "veiw": "x"}]})").startsWith("panels[0]: unknown key 'veiw'"));
    QVERIFY(parseError(R"({"panels": [{"run": "r.h5", "options": {"grid": [1, 2]}}]})")
                .startsWith("panels[0].options.grid: must be a string, a number or true/false"));
    QVERIFY(parseError(R"({"dpi": 20, "panels": [{"run": "r.h5"}]})").startsWith("dpi: must be a whole number"));
    QVERIFY(parseError(R"({"shared_x": "diagonal", "panels": [{"run": "r.h5"}]})").startsWith("shared_x: must be"));
    QVERIFY(parseError(R"({"font": {"size": 200}, "panels": [{"run": "r.h5"}]})").startsWith("font.size:"));
    QVERIFY(parseError(R"({"panels": []})").startsWith("panels: missing"));
    QVERIFY(parseError("{not json").startsWith("not JSON"));
}

void TestFigureComposer::gridAndPixels()
{
    const FigureSpec s = fourPanels();
    const FigureComposer composer(s, {});
    QCOMPARE(composer.pixelSize(300), QSize(int(std::lround(17.8 / 2.54 * 300)), int(std::lround(12 / 2.54 * 300))));
    // 2 × 2: equal panels, left/right and top/bottom, inside the page, not overlapping.
    const QSizeF page = composer.logicalSize();
    const QRectF a = composer.panelRect(0), b = composer.panelRect(1), c = composer.panelRect(2),
                 d = composer.panelRect(3);
    QVERIFY(std::abs(a.width() - b.width()) < 1e-9 && std::abs(a.height() - d.height()) < 1e-9);
    QVERIFY(b.left() > a.right() && c.top() > a.bottom());
    QCOMPARE(a.left(), c.left());
    QCOMPARE(a.top(), b.top());
    QVERIFY(d.right() <= page.width() + 1e-9 && d.bottom() <= page.height() + 1e-9);
    QVERIFY(a.width() > 0.45 * page.width() && a.height() > 0.4 * page.height());
    // Three panels in two columns: two rows, the third under the first.
    FigureSpec three = s;
    three.panels.removeLast();
    const FigureComposer c3(three, {});
    QCOMPARE(three.rows(), 2);
    QCOMPARE(c3.panelRect(2).left(), c3.panelRect(0).left());
}

void TestFigureComposer::oneFontEverywhere()
{
    FigureSpec s = fourPanels();
    s.fontFamily = "DejaVu Serif";
    s.fontSize = 6.5;
    s.panels.resize(2);
    auto c1 = chart(0, 10, 1), c2 = chart(0, 10, 2);
    FigureComposer composer(s, {c1.get(), c2.get()});
    QVERIFY(!composer.toImage(72).isNull());
    for (CurveChartView* c : {c1.get(), c2.get()}) {
        QCOMPARE(c->chart()->legend()->font().family(), QString("DejaVu Serif"));
        QCOMPARE(c->chart()->legend()->font().pointSizeF(), 6.5);
        for (QAbstractAxis* axis : c->chart()->axes()) {
            QCOMPARE(axis->labelsFont().family(), QString("DejaVu Serif"));
            QCOMPARE(axis->labelsFont().pointSizeF(), 6.5);
            QCOMPARE(axis->titleFont().pointSizeF(), 6.5);
        }
        QCOMPARE(c->chart()->titleFont().pointSizeF(), 6.5);
    }
}

void TestFigureComposer::sharedAxes()
{
    // 2 × 2 of curves: x ranges 0..10, 0..40, 5..20, 0..10; y up to 10, 40, 60, 30.
    auto build = [](const QString& sharedX, const QString& sharedY,
                    std::vector<std::unique_ptr<CurveChartView>>& charts) {
        charts.clear();
        charts.push_back(chart(0, 10, 1));
        charts.push_back(chart(0, 40, 1));
        charts.push_back(chart(5, 20, 3));
        charts.push_back(chart(0, 10, 3));
        FigureSpec s = fourPanels();
        s.sharedX = sharedX;
        s.sharedY = sharedY;
        std::vector<QWidget*> raw;
        for (auto& c : charts)
            raw.push_back(c.get());
        FigureComposer composer(s, raw);
        QVERIFY(!composer.toImage(72).isNull());
    };
    std::vector<std::unique_ptr<CurveChartView>> charts;
    build("none", "none", charts);
    QVERIFY(charts[0]->xRange().second < 20 && charts[1]->xRange().second >= 40);
    QVERIFY(charts[0]->axisX()->isTitleVisible());

    build("all", "none", charts);
    for (auto& c : charts) {
        QVERIFY2(c->xRange().first <= 0 && c->xRange().second >= 40, qPrintable(QString::number(c->xRange().second)));
        QCOMPARE(c->xRange(), charts[0]->xRange());
    }
    // x titles only under the bottom row; every y title kept.
    QVERIFY(!charts[0]->axisX()->isTitleVisible() && !charts[1]->axisX()->isTitleVisible());
    QVERIFY(charts[2]->axisX()->isTitleVisible() && charts[3]->axisX()->isTitleVisible());
    QVERIFY(charts[1]->axisY()->isTitleVisible());

    build("columns", "rows", charts);
    // Column 0 (panels 0, 2): x over 0..20; column 1 (1, 3): 0..40.
    QCOMPARE(charts[0]->xRange(), charts[2]->xRange());
    QCOMPARE(charts[1]->xRange(), charts[3]->xRange());
    QVERIFY(charts[0]->xRange().second < 40 && charts[0]->xRange().second >= 20);
    // Row 0 (0, 1): y up to 40; row 1 (2, 3): up to 60.
    QCOMPARE(charts[0]->yRange(), charts[1]->yRange());
    QCOMPARE(charts[2]->yRange(), charts[3]->yRange());
    QVERIFY(charts[0]->yRange().second >= 40 && charts[2]->yRange().second >= 60);
    QVERIFY(charts[0]->axisY()->isTitleVisible() && !charts[1]->axisY()->isTitleVisible());
    QVERIFY(charts[2]->axisY()->isTitleVisible() && !charts[3]->axisY()->isTitleVisible());
}

void TestFigureComposer::pdfSvgPng()
{
    QTemporaryDir dir;
    std::vector<std::unique_ptr<CurveChartView>> charts;
    std::vector<QWidget*> raw;
    for (int i = 0; i < 4; ++i) {
        charts.push_back(chart(0, 10 * (i + 1), 1));
        raw.push_back(charts.back().get());
    }
    FigureSpec s = fourPanels();
    FigureComposer composer(s, raw);
    const QString pdf = dir.filePath("f.pdf"), svg = dir.filePath("f.svg"), png = dir.filePath("f.png");
    QVERIFY2(composer.save(pdf), qPrintable(composer.errorString()));
    QVERIFY2(composer.save(svg), qPrintable(composer.errorString()));
    QVERIFY2(composer.save(png), qPrintable(composer.errorString()));
    QVERIFY(!composer.save(dir.filePath("f.gif")));

    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    const auto box =
        QRegularExpression(R"(/MediaBox \[\s*0\s+0\s+([0-9.]+)\s+([0-9.]+)\s*\])").match(QString::fromLatin1(bytes));
    QVERIFY(box.hasMatch());
    QVERIFY(std::abs(box.captured(1).toDouble() - 17.8 / 2.54 * 72) <= 0.5);
    QVERIFY(std::abs(box.captured(2).toDouble() - 12 / 2.54 * 72) <= 0.5);
    QVERIFY(bytes.contains("/FontFile2") || bytes.contains("/FontFile"));

    QFile g(svg);
    QVERIFY(g.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(g.readAll());
    for (const char* letter : {"(a)", "(b)", "(c)", "(d)"})
        QVERIFY2(text.contains(letter), letter);
    QVERIFY(!text.contains("(e)"));
    const auto mm = QRegularExpression(R"(width="([0-9.]+)mm" height="([0-9.]+)mm")").match(text);
    QVERIFY(mm.hasMatch());
    QVERIFY(std::abs(mm.captured(1).toDouble() - 178) < 0.5 && std::abs(mm.captured(2).toDouble() - 120) < 0.5);

    const QImage image(png);
    QCOMPARE(image.size(), QSize(int(std::lround(17.8 / 2.54 * 100)), int(std::lround(12 / 2.54 * 100))));
    QVERIFY(std::abs(image.dotsPerMeterX() * 0.0254 - 100) < 0.5);
}

QTEST_MAIN(TestFigureComposer)
#include "test_figure_composer.moc"
