// LaTeX (pgfplots) export: every kind of 2-D chart written as a standalone document and
// compiled with pdflatex (one page of the requested size), a tikzpicture with sidecar .dat files
// \input into a small paper, the escaping of titles, bands and error bars from a group's plotted
// curve, and the file size of a million-point curve (decimated per column, extremes kept).
// pdflatex is required (tools/install-deps.sh installs texlive-latex-base and texlive-pictures):
// without it the test fails, it does not skip.
#include "LandscapeTestSurface.h"
#include "PdfFacts.h"

#include "widgets/charts/CurveChartView.h"
#include "widgets/charts/HeatmapView.h"
#include "widgets/export/ChartExport.h"
#include "widgets/export/LatexExportDialog.h"
#include "widgets/export/LatexFigures.h"
#include "widgets/export/LatexText.h"
#include "widgets/export/PgfplotsWriter.h"
#include "widgets/grokking/GrokkingDashboard.h"
#include "widgets/landscape/ContourMapView.h"
#include "widgets/landscape/LandscapePanel.h"
#include "widgets/landscape/SliceChartView.h"

#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace ts;
using namespace ts::widgets;

namespace {
// 12 cm × 8 cm on paper: 1200 × 800 pixels at 254 dpi.
const QSize kPixels{1200, 800};
constexpr int kDpi = 254;
constexpr double kWidthBp = 12.0 / 2.54 * 72.0, kHeightBp = 8.0 / 2.54 * 72.0;

CurveChartView::Curve curve(const QString& id, const QColor& colour, int n, double (*f)(double), double x0 = 0,
                            double dx = 1)
{
    CurveChartView::Curve c;
    c.id = id;
    c.label = id;
    c.color = colour;
    for (int i = 0; i < n; ++i) {
        c.x.push_back(x0 + i * dx);
        c.y.push_back(f(x0 + i * dx));
    }
    return c;
}

GrokkingData grokking()
{
    GrokkingData d;
    d.title = "synthetic";
    for (int s = 1; s <= 2000; s += 10) {
        d.trainSteps.push_back(s);
        d.trainAcc.push_back(s >= 100 ? 1.0 : s / 100.0);
        d.testSteps.push_back(s);
        d.testAcc.push_back(s >= 1200 ? 1.0 : 0.01);
    }
    d.tMem = 100;
    d.t50 = 1200;
    d.t90 = 1200;
    d.verdict = "grokking";
    d.fourier = true;
    for (int i = 0; i < 6; ++i) {
        d.steps.push_back(std::pow(10.0, 1 + i * 0.5));
        d.weightNorm.push_back(30 + i);
        d.distInit.push_back(i * 2.0);
        d.coherenceTrain.push_back(1.0);
        d.coherenceTest.push_back(1.1);
        d.gini.push_back(0.1 * i);
        d.restrictedLoss.push_back(4 - i * 0.5);
        d.excludedLoss.push_back(1 + i);
        std::vector<double> norms(6, 1.0);
        norms[std::size_t(1 + i % 5)] = 10.0 + i;
        d.frequencyNorms.push_back(norms);
    }
    return d;
}

// A group of three seeds as the curve chart plots it: mean with a ± band and run counts.
PlottedCurve groupCurve(bool errorBars)
{
    PlottedCurve c;
    c.id = "group";
    c.label = "lr=0.01 (n=3)";
    for (int i = 0; i < 6; ++i) {
        c.x.push_back(1000.0 * i);
        c.y.push_back(1.0 / (1 + i));
        c.lower.push_back(1.0 / (1 + i) - 0.05 * (i + 1));
        c.upper.push_back(1.0 / (1 + i) + 0.1 * (i + 1));
        c.count.push_back(3);
    }
    c.errorBars = errorBars;
    return c;
}
} // namespace

class TestLatexExport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // CI installs TeX (tools/install-deps.sh): a missing pdflatex is a failure, not a skip.
        if (ts::test::pdflatex().isEmpty())
            QFAIL("pdflatex not found: install texlive-latex-base and texlive-pictures (tools/install-deps.sh); "
                  "the LaTeX export cannot be checked without it");
        QVERIFY(dir_.isValid());
        if (qEnvironmentVariableIsSet("TRAINSCOPE_KEEP_TEX")) { // to look at the figures
            dir_.setAutoRemove(false);
            qInfo("figures in %s", qPrintable(dir_.path()));
        }
    }

    void escapesText()
    {
        QCOMPARE(latexText("train_loss 50% α"), QString("train\\_loss 50\\% \\ensuremath{\\alpha}"));
        QCOMPARE(latexText("a&b#c$d{e}f~g^h\\i"),
                 QString("a\\&b\\#c\\$d\\{e\\}f\\textasciitilde{}g\\textasciicircum{}h\\textbackslash{}i"));
        QCOMPARE(latexText("λ₁ · τ"), QString("\\ensuremath{\\lambda}\\ensuremath{_{1}} \\ensuremath{\\cdot} "
                                              "\\ensuremath{\\tau}"));
        QCOMPARE(latexText("Größe"), QString("Größe"));             // LaTeX reads UTF-8 Latin-1 letters
        QCOMPARE(latexText("损失"), QString("\\detokenize{损失}")); // no glyph: kept, compiles
    }

    void escapedTitlesCompile()
    {
        CurveChartView chart;
        chart.resize(kPixels);
        chart.setCurves({curve("run_1 (50%)", QColor(31, 119, 180), 200, [](double x) { return std::exp(-x / 50); })});
        chart.chart()->setTitle("train_loss 50% α λ_max ‖θ − θ₀‖ {x} & #1 $5 ~ ^ \\ 损失");
        chart.setAxisTitles("step_α", "loss % λ");
        exportAndCheck(chart, "escaped");
        QFile f(dir_.filePath("escaped.tex"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString tex = QString::fromUtf8(f.readAll());
        QVERIFY(tex.contains("title={train\\_loss 50\\% \\ensuremath{\\alpha} \\ensuremath{\\lambda}\\_max"));
        QVERIFY(tex.contains("xlabel={step\\_\\ensuremath{\\alpha}}"));
        QVERIFY(tex.contains("\\addlegendentry{run\\_1 (50\\%)}"));
        QVERIFY(!tex.contains("\\usepackage{standalone}") && !tex.contains("{standalone}"));
        // Fonts come from the document: no font commands.
        for (const char* font : {"\\fontsize", "\\small", "\\footnotesize", "\\selectfont", "fontspec", "\\rmfamily"})
            QVERIFY2(!tex.contains(font), font);
    }

    void everyChartKindCompiles()
    {
        // Training curves.
        {
            CurveChartView chart;
            chart.resize(kPixels);
            chart.setCurves(
                {curve("train_acc", QColor(31, 119, 180), 500, [](double x) { return 1 - std::exp(-x / 80); }),
                 curve("test_acc", QColor(255, 127, 14), 500,
                       [](double x) { return 0.9 - 0.9 * std::exp(-x / 200); })});
            chart.setAxisTitles("step", "accuracy");
            exportAndCheck(chart, "curves");
        }
        // Interpolation: loss along α.
        {
            CurveChartView chart;
            chart.resize(kPixels);
            chart.setCurves({curve(
                "loss", QColor(44, 160, 44), 41, [](double a) { return 0.1 + 2 * a * (1 - a) + a * a * 0.05; }, -0.5,
                0.05)});
            chart.chart()->setTitle("run@0 → run@1000");
            chart.setAxisTitles("α", "train loss");
            exportAndCheck(chart, "interpolation");
        }
        // Sharpness over training, log scales.
        {
            CurveChartView chart;
            chart.resize(kPixels);
            chart.setCurves({curve(
                "lambda_max", QColor(214, 39, 40), 30, [](double s) { return 5 + std::sqrt(s); }, 10, 100)});
            chart.setAxisTitles("step", "λ_max");
            chart.setLogX(true);
            chart.setLogY(true);
            chart.resetZoom();
            exportAndCheck(chart, "sharpness");
        }
        // Grokking dashboard: several axes in one picture.
        {
            GrokkingDashboard dash;
            dash.resize(1400, 1000);
            dash.setData(grokking());
            exportAndCheck(dash, "grokking", QSize(1700, 1200));
        }
        // Heatmap (layers × α).
        {
            HeatmapView heat;
            heat.resize(kPixels);
            std::vector<std::vector<double>> v;
            for (int r = 0; r < 4; ++r)
                v.push_back({0.1 * r, 0.5 + r, 1.0 + r * r, 2.0});
            heat.setData({"layer_0", "layer_1", "layer_2", "head"}, {0, 0.25, 0.5, 1.0}, v);
            heat.setTitles("loss per layer", "α", "loss");
            exportAndCheck(heat, "heatmap");
        }
        // Contour map and slice of a landscape.
        {
            ContourMapView contour;
            contour.resize(kPixels);
            contour.setSurface(test::bowlSurface());
            exportAndCheck(contour, "contour");
            SliceChartView slice;
            slice.resize(kPixels);
            slice.setSurface(test::bowlSurface());
            exportAndCheck(slice, "slice");
            // The landscape panel (the application's tab): its contour map, in log10.
            LandscapePanel panel;
            panel.resize(kPixels);
            panel.setSurface(test::bowlSurface());
            panel.setLogScale(true);
            exportAndCheck(panel, "panel");
            const auto figure = latexFigureOf(panel, nullptr);
            QVERIFY(figure && figure->axes.front().matrix);
            QVERIFY(std::abs(figure->axes.front().matrix->values[0][0] - std::log10(test::bowlLoss(-1.0, -1.5))) <
                    1e-12);
        }
    }

    void contourAndSliceFiguresHoldTheSurface()
    {
        // The colour field is the surface itself, every iso-line point lies on its level of the
        // bowl (up to the grid's linear interpolation), and the slice's accuracy is on the right.
        ContourMapView contour;
        contour.setSurface(test::bowlSurface());
        const LatexFigure f = contour.latexFigure();
        QCOMPARE(f.axes.size(), std::size_t(1));
        const LatexAxis& a = f.axes.front();
        QVERIFY(a.matrix);
        const auto s = test::bowlSurface();
        QCOMPARE(a.matrix->values.size(), s.ys.size());
        for (std::size_t iy = 0; iy < s.ys.size(); iy += 3)
            for (std::size_t ix = 0; ix < s.xs.size(); ix += 4)
                QCOMPARE(a.matrix->values[iy][ix], test::bowlLoss(s.xs[ix], s.ys[iy]));
        const std::vector<double> levels = contour.levels();
        std::size_t checked = 0, isoLines = 0;
        for (const LatexLine& l : a.lines) {
            if (l.marks)
                continue; // the trajectory
            QVERIFY(isoLines < levels.size());
            const double level = levels[isoLines++];
            for (std::size_t i = 0; i < l.x.size(); ++i)
                if (std::isfinite(l.x[i])) {
                    QVERIFY2(std::abs(test::bowlLoss(l.x[i], l.y[i]) - level) < 0.02,
                             qPrintable(QString("(%1, %2) on level %3").arg(l.x[i]).arg(l.y[i]).arg(level)));
                    ++checked;
                }
        }
        QVERIFY(isoLines >= 8 && checked > 200);
        QCOMPARE(a.lines.back().x.size(), s.trajectory.size());

        SliceChartView slice;
        slice.setSurface(s);
        const LatexAxis sa = latexFigureOf(slice, nullptr)->axes.front();
        const auto accuracy =
            std::find_if(sa.lines.begin(), sa.lines.end(), [](const LatexLine& l) { return l.secondY; });
        QVERIFY(accuracy != sa.lines.end());
        QVERIFY(!sa.secondYLabel.isEmpty());
        const std::size_t row = std::size_t(slice.row());
        for (std::size_t i = 0; i < accuracy->x.size(); ++i)
            QVERIFY(std::abs(accuracy->y[i] - test::bowlAccuracy(accuracy->x[i], s.ys[row])) < 1e-12);
    }

    void nearlyFlatCurveCompiles()
    {
        // A loss that moves by 1e-7 (a tiny learning rate): pgfplots cannot scale such a span,
        // so the range is widened (found with `render --view interpolation` on such a run).
        CurveChartView chart;
        chart.resize(kPixels);
        chart.setCurves({curve(
            "flat", QColor(31, 119, 180), 61, [](double a) { return 0.6931472 + 1e-7 * a * a; }, -0.25, 0.025)});
        chart.setAxisTitles("α", "loss");
        exportAndCheck(chart, "flat");
        LatexAxis a;
        LatexLine l;
        l.x = {0, 1, 2};
        l.y = {0.6931472, 0.6931473, 0.6931474};
        a.lines.push_back(l);
        LatexFigure figure;
        figure.axes.push_back(a);
        PgfplotsWriter writer;
        QFile f(dir_.filePath("flat2.tex"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(writer.text(figure, "flat2", nullptr).toUtf8());
        f.close();
        checkPdf("flat2", 12 / 2.54 * 72, 8 / 2.54 * 72);
        figure.axes.front().lines.front().y = {0, 0, 0}; // nothing at all
        figure.axes.front().lines.front().x = {5, 5, 5};
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(writer.text(figure, "flat2", nullptr).toUtf8());
        f.close();
        checkPdf("flat2", 12 / 2.54 * 72, 8 / 2.54 * 72);
    }

    void largeHeatmapAsPicture()
    {
        // 150 × 150 cells would exhaust pdflatex's memory as a matrix plot: a PNG beside the .tex,
        // row 0 at its top, in the heatmap's colours, under pgfplots axes.
        HeatmapView heat;
        heat.resize(kPixels);
        QStringList rows;
        std::vector<double> columns;
        std::vector<std::vector<double>> v(150);
        for (int r = 0; r < 150; ++r) {
            rows << QString("sample %1").arg(r);
            columns.push_back(r);
            for (int c = 0; c < 150; ++c)
                v[std::size_t(r)].push_back(std::sin(r * 0.05) * std::cos(c * 0.03));
        }
        heat.setData(rows, columns, v);
        heat.setTitles("distances", "sample", "distance");
        exportAndCheck(heat, "large");
        QFile f(dir_.filePath("large.tex"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString tex = QString::fromUtf8(f.readAll());
        QVERIFY(tex.contains("\\addplot graphics[xmin=-0.5, xmax=149.5, ymin=-0.5, ymax=149.5] {large-1.png};"));
        QVERIFY(!tex.contains("matrix plot*"));
        const QImage png(dir_.filePath("large-1.png"));
        QVERIFY(!png.isNull());
        QCOMPARE(png.width() % 150, 0);
        const int k = png.width() / 150;
        for (auto [r, c] : {std::pair{0, 0}, {40, 10}, {149, 149}, {90, 70}}) {
            const QColor want = heat.colourFor(v[std::size_t(r)][std::size_t(c)]);
            const QColor got = png.pixelColor(c * k + k / 2, r * k + k / 2);
            QVERIFY2(std::abs(want.red() - got.red()) <= 8 && std::abs(want.green() - got.green()) <= 8 &&
                         std::abs(want.blue() - got.blue()) <= 8,
                     qPrintable(QString("cell %1,%2: %3, heatmap %4").arg(r).arg(c).arg(got.name(), want.name())));
        }
    }

    void groupBandAndErrorBars()
    {
        // A run group's band (the closed polygon lower → upper) and a sweep's error bars, from
        // plotted curves as CurveChartView::plottedTable() gives them.
        LatexAxis band;
        band.xLabel = "step";
        band.yLabel = "loss";
        for (LatexLine& l : latexLinesOf(groupCurve(false), QColor(31, 119, 180)))
            band.lines.push_back(std::move(l));
        LatexAxis bars;
        bars.xLabel = "learning rate";
        bars.yLabel = "t90";
        for (LatexLine& l : latexLinesOf(groupCurve(true), QColor(214, 39, 40)))
            bars.lines.push_back(std::move(l));
        const LatexFigure figure = stackedFigure({{band, bars}});
        PgfplotsWriter writer;
        writer.setSize(12, 8);
        const QString tex = writer.text(figure, "group", nullptr);
        // The band: lower edge forwards, then the upper edge backwards, closed.
        QVERIFY(tex.contains("fill opacity=0.2"));
        QVERIFY(tex.contains("} -- cycle;"));
        const auto polygon = tex.indexOf("fill opacity=0.2");
        const QString bandRows = tex.mid(polygon, tex.indexOf("-- cycle", polygon) - polygon);
        // x = 0: lower 1 − 0.05, upper 1 + 0.1; x = 5000: 1/6 ∓ (0.3, 0.6).
        const auto lower0 = bandRows.indexOf("\n0 0.95\\\\"), lower5 = bandRows.indexOf("\n5000 -0.1333333\\\\");
        const auto upper5 = bandRows.indexOf("\n5000 0.7666667\\\\"), upper0 = bandRows.indexOf("\n0 1.1\\\\");
        QVERIFY2(lower0 >= 0 && lower5 > lower0 && upper5 > lower5 && upper0 > upper5, qPrintable(bandRows));
        // Error bars: plus = upper − y, minus = y − lower.
        QVERIFY(tex.contains("error bars/.cd, y dir=both, y explicit"));
        QVERIFY(tex.contains("y error plus=ep, y error minus=em"));
        QVERIFY(tex.contains("1000 0.5 0.2 0.1\\\\"));
        QVERIFY(tex.contains("\\addlegendentry{lr=0.01 (n=3)}"));
        QFile f(dir_.filePath("group.tex"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(tex.toUtf8());
        f.close();
        checkPdf("group", kWidthBp, kHeightBp);
    }

    void millionPointsStaySmall()
    {
        // A million points of a noisy curve with one spike: the file has about 4 points per column
        // of the figure's width, and the spike (a column's maximum) survives.
        LatexLine l;
        l.legend = "dense";
        for (int i = 0; i < 1'000'000; ++i) {
            l.x.push_back(i);
            l.y.push_back(1.0 + 0.5 * std::sin(i * 0.001) + 0.1 * std::sin(i * 0.77));
        }
        l.y[654'321] = 42.0;
        LatexAxis a;
        a.xLabel = "step";
        a.lines.push_back(l);
        LatexFigure figure;
        figure.axes.push_back(a);
        PgfplotsWriter writer;
        writer.setSize(12, 8);
        writer.setColumns(1200);
        QVERIFY(writer.write(figure, dir_.filePath("million.tex"), nullptr));
        const qint64 size = QFileInfo(dir_.filePath("million.tex")).size();
        qInfo("1,000,000 points: %lld bytes", size);
        QVERIFY2(size < 150'000, qPrintable(QString::number(size)));
        QVERIFY2(size > 20'000, "decimated to too few points"); // 1200 columns × a few points each
        QFile f(dir_.filePath("million.tex"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("654321 42\\\\"));
        checkPdf("million", kWidthBp, kHeightBp);
    }

    void tikzpictureWithDataFilesInAPaper()
    {
        CurveChartView chart;
        chart.resize(kPixels);
        chart.setCurves(
            {curve("train_loss", QColor(31, 119, 180), 300, [](double x) { return std::exp(-x / 60); }),
             curve("test_loss", QColor(255, 127, 14), 300, [](double x) { return 0.2 + std::exp(-x / 90); })});
        chart.setAxisTitles("step", "loss");
        LatexOptions options;
        options.standalone = false;
        options.sidecarData = true;
        QString error;
        QVERIFY2(exportWidget(chart, dir_.filePath("picture.tex"), FigureFormat::Tex, kPixels, kDpi, &error, &options),
                 qPrintable(error));
        QFile tex(dir_.filePath("picture.tex"));
        QVERIFY(tex.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(tex.readAll());
        QVERIFY(text.startsWith("%"));
        QVERIFY(!text.contains("\\documentclass"));
        QVERIFY(text.contains("\\begin{tikzpicture}"));
        QVERIFY(text.contains("{picture-1.dat}") && text.contains("{picture-2.dat}"));
        QVERIFY(QFileInfo::exists(dir_.filePath("picture-1.dat")));
        QFile dat(dir_.filePath("picture-1.dat"));
        QVERIFY(dat.open(QIODevice::ReadOnly));
        QVERIFY(dat.readLine().startsWith("x y"));
        QVERIFY(dat.readLine().startsWith("0 1"));
        QFile paper(dir_.filePath("paper.tex"));
        QVERIFY(paper.open(QIODevice::WriteOnly));
        paper.write("\\documentclass{article}\n\\usepackage{pgfplots}\n\\pgfplotsset{compat=1.16}\n\\begin{document}\n"
                    "Text before the figure.\n\\begin{figure}[h]\n\\centering\n\\input{picture.tex}\n"
                    "\\caption{Training and test loss.}\n\\end{figure}\nText after.\n\\end{document}\n");
        paper.close();
        const QString e = test::compileLatex(dir_.path(), "paper");
        QVERIFY2(e.isEmpty(), qPrintable(e));
        const test::PdfFacts facts = test::pdfFacts(dir_.filePath("paper.pdf"));
        QCOMPARE(facts.pages, 1);
        QVERIFY(facts.width > 500); // the document's page (letter or A4), not the picture's
    }

    void optionsDialog()
    {
        QSettings().remove("export"); // the defaults, not a previous run's choice
        LatexExportDialog dialog;
        QCOMPARE(dialog.options().standalone, true);
        QCOMPARE(dialog.options().sidecarData, false);
        QCOMPARE(dialog.sizeCm(), QSizeF(8.5, 6.0)); // a column of a two-column paper
    }

    void viewsWithoutAChartSaySo()
    {
        QLabel label("a picture");
        QString error;
        QVERIFY(!latexFigureOf(label, &error));
        QVERIFY2(error.contains("not available"), qPrintable(error));
        QVERIFY(!exportWidget(label, dir_.filePath("label.tex"), FigureFormat::Tex, kPixels, kDpi, &error));
        QVERIFY(!QFileInfo::exists(dir_.filePath("label.tex")));
    }

private:
    void exportAndCheck(QWidget& view, const QString& name, QSize pixels = kPixels)
    {
        QString error;
        LatexOptions options; // standalone, inline data
        QVERIFY2(exportWidget(view, dir_.filePath(name + ".tex"), FigureFormat::Tex, pixels, kDpi, &error, &options),
                 qPrintable(error));
        checkPdf(name, pixels.width() / double(kDpi) * 72.0, pixels.height() / double(kDpi) * 72.0);
    }

    void checkPdf(const QString& name, double widthBp, double heightBp)
    {
        qint64 ms = 0;
        const QString e = test::compileLatex(dir_.path(), name, &ms);
        QVERIFY2(e.isEmpty(), qPrintable(name + ": " + e));
        const test::PdfFacts facts = test::pdfFacts(dir_.filePath(name + ".pdf"));
        qInfo("%s: %lld bytes of TeX, compiled in %lld ms, page %.2f x %.2f bp", qPrintable(name),
              QFileInfo(dir_.filePath(name + ".tex")).size(), ms, facts.width, facts.height);
        QCOMPARE(facts.pages, 1);
        QVERIFY2(std::abs(facts.width - widthBp) < 1.0 && std::abs(facts.height - heightBp) < 1.0,
                 qPrintable(QString("%1: page %2 x %3 bp, asked %4 x %5")
                                .arg(name)
                                .arg(facts.width)
                                .arg(facts.height)
                                .arg(widthBp)
                                .arg(heightBp)));
    }

    QTemporaryDir dir_;
};

QTEST_MAIN(TestLatexExport)
#include "test_latex_export.moc"
