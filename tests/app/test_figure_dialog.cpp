// File → Compose Figure…: the real dialog with the real renderer (app/render). A spec loads
// into the table and the page fields, an edit in the table and one in the fields are saved,
// and the saved file reads back equal to the spec with those edits (run paths relative to it);
// the preview and the export draw the figure; the menu has the action.
#include "app/gui/LanguageManager.h"
#include "app/gui/MainWindow.h"
#include "app/render/FigureRendering.h"
#include "widgets/figure/FigureComposerDialog.h"
#include "widgets/figure/FigureSpec.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using ts::widgets::FigureComposerDialog;
using ts::widgets::FigureSpec;

namespace {
const QString kFixtures = QStringLiteral(SOURCE_DIR "/tests/baselines/fixtures");

QString cellRun(QTableWidget* t, int row) { return qobject_cast<QComboBox*>(t->cellWidget(row, 0))->currentText(); }
QString cellView(QTableWidget* t, int row) { return qobject_cast<QComboBox*>(t->cellWidget(row, 1))->currentText(); }
} // namespace

class TestFigureDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void loadEditSaveReload();
    void optionsText();
    void previewAndExport();
    void menuAction();

private:
    QTemporaryDir dir_;
    QString spec_;
};

void TestFigureDialog::initTestCase()
{
    QVERIFY(QFile::copy(kFixtures + "/grokking.h5", dir_.filePath("grokking.h5")));
    QVERIFY(QFile::copy(kFixtures + "/surface.h5", dir_.filePath("surface.h5")));
    spec_ = dir_.filePath("figure.json");
    QFile f(spec_);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({
  "width": "8.5cm", "height": "60mm", "dpi": 600,
  "font": {"family": "DejaVu Sans", "size": 7},
  "columns": 2, "letters": true, "shared_x": "columns", "shared_y": false,
  "panels": [
    {"run": "grokking.h5", "view": "curves", "options": {"metrics": "train_loss,test_loss", "logy": true}},
    {"run": "grokking.h5", "view": "interpolation", "options": {"points": 5}, "title": "Between checkpoints"},
    {"run": "surface.h5", "view": "contour"}
  ]
})");
}

void TestFigureDialog::loadEditSaveReload()
{
    FigureComposerDialog dialog({dir_.filePath("grokking.h5")}, ts::app::figureRenderer());
    QCOMPARE(dialog.loadSpec(spec_), QString());
    QTableWidget* table = dialog.panelTable();
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(cellRun(table, 0), dir_.filePath("grokking.h5")); // resolved against the spec's folder
    QCOMPARE(cellView(table, 1), QString("interpolation"));
    QCOMPARE(cellView(table, 2), QString("contour"));
    QCOMPARE(table->item(0, 2)->text(), QString("--logy --metrics train_loss,test_loss"));
    QCOMPARE(table->item(1, 3)->text(), QString("Between checkpoints"));
    QCOMPARE(dialog.findChild<QDoubleSpinBox*>("figureWidth")->value(), 8.5);
    QCOMPARE(dialog.findChild<QComboBox*>("figureWidthUnit")->currentText(), QString("cm"));
    QCOMPARE(dialog.findChild<QDoubleSpinBox*>("figureHeight")->value(), 60.0);
    QCOMPARE(dialog.findChild<QComboBox*>("figureHeightUnit")->currentText(), QString("mm"));
    QCOMPARE(dialog.findChild<QSpinBox*>("figureDpi")->value(), 600);
    QCOMPARE(dialog.findChild<QComboBox*>("figureSharedX")->currentData().toString(), QString("columns"));
    QCOMPARE(dialog.findChild<QComboBox*>("figureSharedY")->currentData().toString(), QString("none"));

    // Edits: panel 2's options in the table, the columns, the font size and the shared y.
    table->item(1, 2)->setText("--points 7 --range -0.5:1.5");
    dialog.findChild<QSpinBox*>("figureColumns")->setValue(3);
    dialog.findChild<QDoubleSpinBox*>("figureFontSize")->setValue(6.5);
    dialog.findChild<QComboBox*>("figureSharedY")
        ->setCurrentIndex(dialog.findChild<QComboBox*>("figureSharedY")->findData("rows"));
    const QString saved = dir_.filePath("saved.json");
    QCOMPARE(dialog.saveSpec(saved), QString());

    FigureSpec expected, back;
    QString error;
    QVERIFY2(ts::widgets::loadFigureSpec(spec_, &expected, &error), qPrintable(error));
    expected.panels[1].options = QJsonObject{{"points", 7}, {"range", "-0.5:1.5"}};
    expected.columns = 3;
    expected.fontSize = 6.5;
    expected.sharedY = "rows";
    QVERIFY2(ts::widgets::loadFigureSpec(saved, &back, &error), qPrintable(error));
    QCOMPARE(QString(ts::widgets::figureSpecToJson(back)), QString(ts::widgets::figureSpecToJson(expected)));
    QCOMPARE(back.panels[0].runs, QStringList{"grokking.h5"}); // relative to the saved spec

    // And the saved spec loads back into a fresh dialog as the same figure.
    FigureComposerDialog again({}, ts::app::figureRenderer());
    QCOMPARE(again.loadSpec(saved), QString());
    QCOMPARE(again.panelTable()->item(1, 2)->text(), QString("--points 7 --range -0.5:1.5"));
    QCOMPARE(QString(ts::widgets::figureSpecToJson(again.spec())),
             QString(ts::widgets::figureSpecToJson(dialog.spec())));
}

void TestFigureDialog::optionsText()
{
    QString error;
    const QJsonObject o =
        FigureComposerDialog::optionsFromText("--metrics a,b --logx --points=11 --to other.h5:40", &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(o.value("metrics").toString(), QString("a,b"));
    QCOMPARE(o.value("logx").toBool(), true);
    QCOMPARE(o.value("points").toInt(), 11);
    QCOMPARE(o.value("to").toString(), QString("other.h5:40"));
    QCOMPARE(FigureComposerDialog::optionsFromText(FigureComposerDialog::optionsToText(o), &error), o);
    FigureComposerDialog::optionsFromText("points 11", &error);
    QVERIFY(error.contains("'points' is not an option"));
}

void TestFigureDialog::previewAndExport()
{
    FigureComposerDialog dialog({}, ts::app::figureRenderer());
    QCOMPARE(dialog.loadSpec(spec_), QString());
    QCOMPARE(dialog.preview(), QString());
    const QPixmap pixmap = dialog.findChild<QLabel*>("figurePreview")->pixmap();
    // 8.5 cm × 60 mm at the preview's 110 dpi.
    QCOMPARE(pixmap.size(), QSize(int(std::lround(8.5 / 2.54 * 110)), int(std::lround(6.0 / 2.54 * 110))));
    const QString pdf = dir_.filePath("dialog.pdf");
    QCOMPARE(dialog.exportFigure(pdf), QString());
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().startsWith("%PDF-"));
    // The same spec as LaTeX: one pgfplots picture of the page's size.
    const QString tex = dir_.filePath("dialog.tex");
    QCOMPARE(dialog.exportFigure(tex), QString());
    QFile t(tex);
    QVERIFY(t.open(QIODevice::ReadOnly));
    const QByteArray text = t.readAll();
    QVERIFY(text.startsWith("\\documentclass{article}"));
    QVERIFY(text.contains("\\useasboundingbox (0,0) rectangle (8.500cm,6.000cm);"));
    // A bad panel: the error names it, nothing is drawn.
    dialog.panelTable()->item(0, 2)->setText("--logz");
    QVERIFY(dialog.preview().contains("panels[0] (curves): unknown option '--logz'"));
}

void TestFigureDialog::menuAction()
{
    ts::app::LanguageManager language;
    ts::app::MainWindow window(language);
    auto* action = window.findChild<QAction*>("actionComposeFigure");
    QVERIFY(action);
    QVERIFY(!action->text().isEmpty());
    // File → Export → LaTeX (pgfplots)…, beside PNG, SVG, PDF and CSV.
    auto* tex = window.findChild<QAction*>("actionExportTex");
    QVERIFY(tex);
    QVERIFY(tex->text().contains("LaTeX"));
    auto* csv = window.findChild<QAction*>("actionExportCsv");
    QVERIFY(csv);
    QVERIFY(!tex->associatedObjects().isEmpty());
    QCOMPARE(tex->associatedObjects().front(), csv->associatedObjects().front()); // the same menu
}

QTEST_MAIN(TestFigureDialog)
#include "test_figure_dialog.moc"
