// `trainscope figure`, end to end: a 2 × 2 figure (curves, interpolation, contour, pathway
// graph) of the committed fixtures (tests/baselines/fixtures) at 17.8 cm × 12 cm written as
// PDF, SVG and PNG: the PDF's page size and embedded fonts, the SVG's physical size and panel
// letters, the PNG's pixels (size × DPI) and something drawn in each of the four panels; and
// the errors of bad specs (exit code 2, the field and the panel named).
#include "../widgets/PdfFacts.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

namespace {

const QString kFixtures = QStringLiteral(SOURCE_DIR "/tests/baselines/fixtures");
constexpr double kWidthPt = 17.8 / 2.54 * 72, kHeightPt = 12 / 2.54 * 72;

struct Result {
    int code = -1;
    QString err;
};

Result figure(const QStringList& args, const QString& workDir = QDir::tempPath())
{
    QProcess p;
    p.setWorkingDirectory(workDir); // relative runs are the spec's, not the working folder's
    p.start(TRAINSCOPE_EXE, QStringList{"figure"} + args);
    if (!p.waitForFinished(300000))
        return {-1, "trainscope figure did not finish"};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromLocal8Bit(p.readAllStandardError())};
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void write(const QString& path, const QByteArray& text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

// Share of pixels in `r` that are not (nearly) white.
double inked(const QImage& image, const QRect& r)
{
    int64_t ink = 0, all = 0;
    for (int y = r.top(); y <= r.bottom(); y += 2)
        for (int x = r.left(); x <= r.right(); x += 2, ++all) {
            const QColor c = image.pixelColor(x, y);
            ink += c.red() + c.green() + c.blue() < 3 * 235;
        }
    return all ? double(ink) / double(all) : 0;
}

} // namespace

class TestFigureCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pdf();
    void svg();
    void png();
    void badSpecs();
    void usage();
    void tex();
    void renderTex();

private:
    QTemporaryDir dir_;
    QString spec_;
};

void TestFigureCli::initTestCase()
{
    QVERIFY(dir_.isValid());
    // One run beside the spec, by a relative path; the others where they are.
    QVERIFY(QFile::copy(kFixtures + "/grokking.h5", dir_.filePath("grokking.h5")));
    spec_ = dir_.filePath("figure.json");
    write(spec_, QString(R"({
  "width": "17.8cm", "height": "12cm", "dpi": 150,
  "font": {"family": "DejaVu Sans", "size": 8},
  "columns": 2, "letters": true,
  "panels": [
    {"run": "grokking.h5", "view": "curves", "options": {"metrics": "train_acc,test_acc", "logx": true}},
    {"run": "grokking.h5", "view": "interpolation", "options": {"points": 11}, "title": "Interpolation"},
    {"run": "%1/surface.h5", "view": "contour"},
    {"run": "%1/moe.h5", "view": "pathway-graph"}
  ]
})")
                     .arg(kFixtures)
                     .toUtf8());
}

void TestFigureCli::pdf()
{
    const QString out = dir_.filePath("fig.pdf");
    const Result r = figure({spec_, "--out", out});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QByteArray pdf = readAll(out);
    QVERIFY(pdf.startsWith("%PDF-"));
    // One page, of the spec's size (Qt rounds the page to whole points: within 0.5 pt).
    const QString text = QString::fromLatin1(pdf);
    QCOMPARE(text.count(QRegularExpression(R"(/Type\s*/Page\b)")), 1);
    const auto box = QRegularExpression(R"(/MediaBox\s*\[\s*0\s+0\s+([0-9.]+)\s+([0-9.]+)\s*\])").match(text);
    QVERIFY(box.hasMatch());
    qInfo("MediaBox %s x %s pt (asked %.3f x %.3f)", qPrintable(box.captured(1)), qPrintable(box.captured(2)), kWidthPt,
          kHeightPt);
    QVERIFY(std::abs(box.captured(1).toDouble() - kWidthPt) <= 0.5);
    QVERIFY(std::abs(box.captured(2).toDouble() - kHeightPt) <= 0.5);
    // Text stays text, its font embedded.
    QVERIFY(pdf.contains("/FontFile2") || pdf.contains("/FontFile"));
    QVERIFY(pdf.contains("DejaVuSans"));
    QVERIFY(!pdf.contains("/Subtype /Image") || pdf.size() < 4000000);
}

void TestFigureCli::svg()
{
    const QString out = dir_.filePath("fig.svg");
    const Result r = figure({spec_, "--out", out});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString svg = QString::fromUtf8(readAll(out));
    const auto mm = QRegularExpression(R"(<svg[^>]*width="([0-9.]+)mm" height="([0-9.]+)mm")").match(svg);
    QVERIFY(mm.hasMatch());
    QVERIFY(std::abs(mm.captured(1).toDouble() - 178) < 0.5);
    QVERIFY(std::abs(mm.captured(2).toDouble() - 120) < 0.5);
    // Four panels: four letters, as text; vector (no embedded raster image).
    for (const char* letter : {"(a)", "(b)", "(c)", "(d)"})
        QVERIFY2(svg.count(letter) == 1, letter);
    QVERIFY(!svg.contains("(e)"));
    QVERIFY(svg.contains("Interpolation"));
    QVERIFY(svg.contains("train_acc"));
}

void TestFigureCli::png()
{
    const QString out = dir_.filePath("fig.png");
    const Result r = figure({spec_, "--out", out, "--dpi", "200"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QImage image(out);
    QVERIFY(!image.isNull());
    const QSize expected(int(std::lround(17.8 / 2.54 * 200)), int(std::lround(12 / 2.54 * 200)));
    QCOMPARE(image.size(), expected);
    QVERIFY(std::abs(image.dotsPerMeterX() * 0.0254 - 200) < 0.5);
    // Something drawn in each quarter (each panel), and a white gutter between the columns.
    const int w = image.width(), h = image.height();
    for (const QRect& q : {QRect(0, 0, w / 2, h / 2), QRect(w / 2, 0, w / 2, h / 2), QRect(0, h / 2, w / 2, h / 2),
                           QRect(w / 2, h / 2, w / 2, h / 2)}) {
        const double share = inked(image, q);
        QVERIFY2(share > 0.02, qPrintable(QString("quarter at %1,%2 is %3 inked").arg(q.x()).arg(q.y()).arg(share)));
    }
    QCOMPARE(inked(image, QRect(w / 2 - 2, h / 8, 4, h / 4)), 0.0);
}

void TestFigureCli::badSpecs()
{
    struct Case {
        const char* name;
        QByteArray json;
        const char* message;
    };
    const QByteArray run = (kFixtures + "/grokking.h5").toUtf8();
    const std::vector<Case> cases = {
        {"unknown view", R"({"panels": [{"run": ")" + run + R"("}, {"run": ")" + run + R"(", "view": "heatmapz"}]})",
         "panels[1] (heatmapz): unknown view 'heatmapz' (available: curves, "},
        {"missing run", R"({"panels": [{"run": "nowhere.h5"}]})", "panels[0] (curves): run 'nowhere.h5': no such file"},
        {"no run", R"({"panels": [{"view": "curves"}]})", "panels[0].run: missing run"},
        {"bad unit", R"({"width": "17.8 furlongs", "panels": [{"run": ")" + run + R"("}]})",
         "width: '17.8 furlongs' is not a length with a unit"},
        {"unknown key", R"({"colums": 2, "panels": [{"run": ")" + run + R"("}]})", "spec: unknown key 'colums'"},
        {"unknown option", R"({"panels": [{"run": ")" + run + R"(", "options": {"logz": true}}]})",
         "panels[0] (curves): unknown option '--logz'"},
        {"bad option value",
         R"({"panels": [{"run": ")" + run + R"(", "view": "interpolation", "options": {"points": 1}}]})",
         "panels[0] (interpolation): --points must be a whole number >= 2"},
        {"not json", "{\"panels\": [", "not JSON"},
    };
    for (const auto& c : cases) {
        const QString spec = dir_.filePath("bad.json");
        write(spec, c.json);
        const QString out = dir_.filePath("bad.pdf");
        QFile::remove(out);
        const Result r = figure({spec, "--out", out});
        QVERIFY2(r.code == 2, qPrintable(QString("%1: exit %2, %3").arg(c.name).arg(r.code).arg(r.err)));
        QVERIFY2(r.err.contains("trainscope figure: "), qPrintable(r.err));
        QVERIFY2(r.err.contains(c.message), qPrintable(QString("%1: %2").arg(c.name, r.err)));
        QVERIFY2(!QFile::exists(out), c.name);
    }
    const Result suffix = figure({spec_, "--out", dir_.filePath("fig.gif")});
    QCOMPARE(suffix.code, 2);
    QVERIFY(suffix.err.contains("must be .pdf, .svg, .png or .tex"));
    const Result missing = figure({dir_.filePath("absent.json"), "--out", dir_.filePath("x.pdf")});
    QCOMPARE(missing.code, 2);
    QVERIFY(missing.err.contains("cannot read the file"));
}

void TestFigureCli::tex()
{
    // The pathway graph has no pgfplots form: the figure says which panel.
    Result r = figure({spec_, "--out", dir_.filePath("graph.tex")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("panels[3] (pathway-graph)") && r.err.contains("not available"), qPrintable(r.err));
    // Without it: one tikzpicture of the page's size, compiled by pdflatex.
    const QString spec = dir_.filePath("tex.json");
    write(spec, QString(R"({
  "width": "17.8cm", "height": "12cm", "columns": 2,
  "panels": [
    {"run": "grokking.h5", "view": "curves", "options": {"metrics": "train_acc,test_acc", "logx": true}},
    {"run": "grokking.h5", "view": "interpolation", "options": {"points": 11}, "title": "Interpolation_α"},
    {"run": "%1/surface.h5", "view": "contour"}
  ]
})")
                    .arg(kFixtures)
                    .toUtf8());
    r = figure({spec, "--out", dir_.filePath("fig.tex")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString tex = QString::fromUtf8(readAll(dir_.filePath("fig.tex")));
    QVERIFY(tex.contains("{(a)}") && tex.contains("{(c)}"));
    QVERIFY(tex.contains("title={Interpolation\\_\\ensuremath{\\alpha}}"));
    QVERIFY(tex.contains("matrix plot*"));
    if (ts::test::pdflatex().isEmpty())
        QFAIL("pdflatex not found: install texlive-latex-base and texlive-pictures (tools/install-deps.sh)");
    const QString e = ts::test::compileLatex(dir_.path(), "fig");
    QVERIFY2(e.isEmpty(), qPrintable(e));
    const auto facts = ts::test::pdfFacts(dir_.filePath("fig.pdf"));
    QCOMPARE(facts.pages, 1);
    QVERIFY(std::abs(facts.width - kWidthPt) < 1 && std::abs(facts.height - kHeightPt) < 1);
    r = figure({spec, "--out", dir_.filePath("fig.tex"), "--tex", "pdf"});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("--tex must be standalone or tikzpicture"));
}

void TestFigureCli::renderTex()
{
    // `render --out FIG.tex`: a tikzpicture with its tables in .dat files beside it.
    QProcess p;
    p.setWorkingDirectory(dir_.path());
    p.start(TRAINSCOPE_EXE, {"render", kFixtures + "/grokking.h5", "--view", "grokking", "--size", "1700x1200", "--dpi",
                             "254", "--out", "dash.tex", "--tex", "tikzpicture", "--tex-data", "dat"});
    QVERIFY(p.waitForFinished(300000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    const QString tex = QString::fromUtf8(readAll(dir_.filePath("dash.tex")));
    QVERIFY(tex.contains("\\begin{tikzpicture}") && !tex.contains("\\documentclass"));
    QVERIFY(tex.contains("{dash-1.dat}") && QFile::exists(dir_.filePath("dash-1.dat")));
    QVERIFY(tex.count("\\begin{axis}") >= 8); // accuracy, five measures, heat map, spectrum
    write(dir_.filePath("paper.tex"), "\\documentclass{article}\n\\usepackage{pgfplots}\n\\pgfplotsset{compat=1.16}\n"
                                      "\\begin{document}\n\\input{dash.tex}\n\\end{document}\n");
    if (ts::test::pdflatex().isEmpty())
        QFAIL("pdflatex not found: install texlive-latex-base and texlive-pictures (tools/install-deps.sh)");
    const QString e = ts::test::compileLatex(dir_.path(), "paper");
    QVERIFY2(e.isEmpty(), qPrintable(e));
    // Not a 2-D chart: said, nothing written.
    p.start(TRAINSCOPE_EXE, {"render", kFixtures + "/moe.h5", "--view", "pathway-graph", "--out", "graph.tex"});
    QVERIFY(p.waitForFinished(300000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY2(p.readAllStandardError().contains("not available"), "no reason given");
    QVERIFY(!QFile::exists(dir_.filePath("graph.tex")));
}

void TestFigureCli::usage()
{
    QProcess p;
    p.start(TRAINSCOPE_EXE, {"figure", "--help"});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(QString::fromLocal8Bit(p.readAllStandardOutput()).startsWith("usage: trainscope figure SPEC.json --out"));
    p.start(TRAINSCOPE_EXE, {"help"});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY(QString::fromLocal8Bit(p.readAllStandardOutput()).contains("\n  figure "));
    const Result none = figure({});
    QCOMPARE(none.code, 2);
    QVERIFY(none.err.contains("figure needs one spec file"));
}

QTEST_MAIN(TestFigureCli)
#include "test_figure_cli.moc"
