// The real main window, driven offscreen: opening runs, toggling series, log axes,
// smoothing, exports, live training from the dialog, following a run another process writes,
// bad files dropped on the window, language switching and sessions.
#include "app/gui/LanguageManager.h"
#include "app/gui/MainWindow.h"
#include "app/gui/RunDocument.h"
#include "app/gui/RunLabels.h"
#include "app/gui/RunRegistry.h"
#include "app/gui/Session.h"
#include "app/gui/TrainingController.h"
#include "app/gui/reactions/RunChoice.h"
#include "widgets/export/ChartExport.h"
#include "core/runfile/RunReader.h"
#include "widgets/charts/CurveChartView.h"
#include "widgets/export/FigureExporter.h"
#include "widgets/log/LogView.h"
#include "widgets/runs/MetricSelector.h"
#include "widgets/runs/RunBrowser.h"
#include "widgets/training/TrainingProgressPanel.h"
#include "widgets/training/TrainingRunDialog.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QImage>
#include <QInputDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cmath>

using namespace ts;
using namespace ts::app;

namespace {
const QString kExe = TRAINSCOPE_EXE;

bool trainSmallRun(const QString& path, int steps = 60)
{
    QProcess p;
    p.start(kExe, {"train", "--task", "modular", "--model", "tickets_mlp", "--set", "p=23", "--set", "embed=32", "--set",
                   "hidden=8", "--set", "eval_every=5", "--set", "checkpoints=every:20", "--steps", QString::number(steps),
                   "--quiet", "--out", path});
    return p.waitForFinished(120000) && p.exitCode() == 0;
}

std::vector<double> ema(const std::vector<double>& y, double w)
{
    std::vector<double> out;
    double last = 0;
    int n = 0;
    for (double v : y) {
        last = last * w + (1 - w) * v;
        ++n;
        out.push_back(last / (1 - std::pow(w, n)));
    }
    return out;
}
} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName("TrainScopeTests");
        QCoreApplication::setApplicationName("TrainScopeTests");
        QVERIFY(dir_.isValid());
        runPath_ = dir_.filePath("small.h5");
        QVERIFY(trainSmallRun(runPath_));
    }

    void init()
    {
        window_ = std::make_unique<MainWindow>(language_);
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    }

    void cleanup()
    {
        window_.reset();
        language_.apply("en");
    }

    void openToggleLogAxesSmoothingAndExport()
    {
        auto& w = *window_;
        QSignalSpy opened(&w.registry(), &RunRegistry::runOpened);
        w.openRuns({runPath_});
        QTRY_COMPARE(opened.count(), 1);
        auto& chart = w.chart();
        auto* doc = w.registry().documents().front();
        const QString trainId = doc->path() + "|train_acc", testId = doc->path() + "|test_acc";
        auto dataCurves = [&] {
            QStringList ids;
            for (const auto& id : chart.visibleCurveIds())
                if (!id.contains("|event:"))
                    ids << id;
            return ids;
        };
        QCOMPARE(dataCurves(), QStringList({trainId, testId}));
        // The run's detected events are drawn as markers and listed in the run browser.
        const auto& events = doc->events();
        if (events.tMem > 0)
            QVERIFY(chart.curveIds().contains(doc->path() + "|event:t_mem"));
        QVERIFY(doc->summary().events.contains("memorised at step"));

        // Toggle a series off and on through the metric selector and the run browser.
        w.metricSelector().setCheckedMetrics({"test_acc", "train_loss"});
        QStringList ids;
        for (const auto& id : chart.curveIds())
            if (!id.contains("|event:"))
                ids << id;
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()), QSet<QString>({testId, doc->path() + "|train_loss"}));
        w.runBrowser().setChecked(doc->path(), false);
        QVERIFY(chart.curveIds().isEmpty()); // no run shown: no curves and no markers
        w.runBrowser().setChecked(doc->path(), true);
        QVERIFY(chart.curveIds().contains(testId));
        chart.setCurveVisible(testId, false);
        QVERIFY(!chart.visibleCurveIds().contains(testId));
        QVERIFY(chart.visibleCurveIds().contains(doc->path() + "|train_loss"));
        chart.setCurveVisible(testId, true);

        // Log axes from the toolbar actions.
        w.findAction("actionLogX")->trigger();
        QCOMPARE(chart.axisX()->type(), QAbstractAxis::AxisTypeLogValue);
        w.findAction("actionLogY")->trigger();
        QCOMPARE(chart.axisY()->type(), QAbstractAxis::AxisTypeLogValue);
        w.findAction("actionLogX")->trigger();
        w.findAction("actionLogY")->trigger();
        QCOMPARE(chart.axisX()->type(), QAbstractAxis::AxisTypeValue);

        // Smoothing: the plotted values are TensorBoard's debiased EMA of the run's data.
        w.findChild<QDoubleSpinBox*>("smoothing")->setValue(0.6);
        ts::RunReader reader(runPath_.toStdString());
        const auto raw = reader.readMetric("train_loss").values;
        const auto expected = ema(raw, 0.6);
        const auto smoothed = chart.smoothedValues(doc->path() + "|train_loss");
        QCOMPARE(smoothed.size(), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i)
            QVERIFY2(std::abs(smoothed[i] - expected[i]) <= 1e-9 * std::max(1.0, std::abs(expected[i])),
                     qPrintable(QString("index %1: %2 vs %3").arg(i).arg(smoothed[i]).arg(expected[i])));

        // Exports.
        const QString png = dir_.filePath("f.png"), svg = dir_.filePath("f.svg"), pdf = dir_.filePath("f.pdf"),
                      csv = dir_.filePath("f.csv");
        QString error;
        QVERIFY2(widgets::exportChart(chart, png, widgets::FigureFormat::Png, {1200, 800}, 200, &error), qPrintable(error));
        QVERIFY2(widgets::exportChart(chart, svg, widgets::FigureFormat::Svg, {1200, 800}, 96, &error), qPrintable(error));
        QVERIFY2(widgets::exportChart(chart, pdf, widgets::FigureFormat::Pdf, {1200, 800}, 300, &error), qPrintable(error));
        QVERIFY2(widgets::exportChart(chart, csv, widgets::FigureFormat::Csv, {}, 0, &error), qPrintable(error));
        QImage image(png);
        QCOMPARE(image.size(), QSize(1200, 800));
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 5, "the PNG looks blank");
        QVERIFY(QSvgRenderer(svg).isValid());
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QCOMPARE(pdfFile.read(4), QByteArray("%PDF"));
        // CSV rows equal the run's values (full precision).
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly | QIODevice::Text));
        const QStringList lines = QString::fromUtf8(csvFile.readAll()).split('\n', Qt::SkipEmptyParts);
        const auto testAcc = reader.readMetric("test_acc");
        int matched = 0;
        for (const auto& line : lines.mid(1)) {
            const QStringList cells = line.split(',');
            if (cells.size() < 3 || cells[0] != "test_acc")
                continue;
            const double step = cells[1].toDouble(), value = cells[2].toDouble();
            const auto i = std::size_t(matched);
            QVERIFY(i < testAcc.steps.size());
            QCOMPARE(step, double(testAcc.steps[i]));
            QCOMPARE(value, testAcc.values[i]);
            ++matched;
        }
        QCOMPARE(std::size_t(matched), testAcc.steps.size());
    }

    void liveTrainingFromDialogThenStop()
    {
        auto& w = *window_;
        w.findAction("actionNewTraining")->trigger();
        widgets::TrainingRunDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = w.findChild<widgets::TrainingRunDialog*>()) != nullptr);
        dialog->setPreset("grokking");
        // A bad value is marked at its field and blocks the dialog.
        dialog->setFieldValue("lr", "fast");
        QVERIFY(!dialog->fieldError("lr").isEmpty());
        QVERIFY(!dialog->isValid());
        dialog->setFieldValue("lr", "0.01");
        QVERIFY(dialog->fieldError("lr").isEmpty());
        dialog->setFieldValue("steps", "200000");
        dialog->setFieldValue("checkpoints", "every:20");
        const QString out = dir_.filePath("live.h5");
        dialog->setOutputPath(out);
        QVERIFY(dialog->isValid());
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();

        // The run opens as it is written and the chart grows.
        RunDocument* doc = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((doc = w.registry().find(out)) != nullptr, 30000);
        const QString id = doc->path() + "|train_acc";
        QTRY_VERIFY_WITH_TIMEOUT(w.chart().plottedTable().size() > 0, 20000);
        auto pointsOf = [&] {
            for (const auto& c : w.chart().plottedTable())
                if (c.id == id)
                    return c.x.size();
            return std::size_t(0);
        };
        QTRY_VERIFY_WITH_TIMEOUT(pointsOf() >= 3, 30000);
        const auto before = pointsOf();
        QTRY_VERIFY_WITH_TIMEOUT(pointsOf() > before + 5, 30000);
        QVERIFY(w.progressPanel().isActive());

        // Pause holds the run still; Stop ends it cleanly.
        QSignalSpy finished(&w.training(), &TrainingController::finished);
        w.progressPanel().findChild<QPushButton*>("stopButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(finished.first().at(0).toInt(), int(ts::RunStatus::Cancelled));

        ts::RunReader reader(out.toStdString());
        QCOMPARE(reader.status(), ts::RunStatus::Cancelled);
        const auto steps = reader.checkpointSteps();
        const auto last = reader.readMetric("train_acc").steps.back();
        // Every checkpoint the schedule reached is in the file.
        QCOMPARE(qint64(steps.size()), qint64(last / 20 + 1));
        for (std::size_t i = 0; i < steps.size(); ++i)
            QCOMPARE(steps[i], int64_t(20 * i));
    }

    void followsARunWrittenByAnotherProcess()
    {
        auto& w = *window_;
        const QString out = dir_.filePath("external.h5");
        QProcess writer;
        writer.start(kExe, {"train", "--demo", "grokking", "--steps", "100000", "--quiet", "--out", out});
        QVERIFY(writer.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(out), 30000);
        QTest::qWait(300);
        w.openRuns({out}, true);
        RunDocument* doc = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((doc = w.registry().find(out)) != nullptr, 20000);
        QVERIFY(doc->isFollowing());
        const auto* first = doc->metric("train_loss");
        QVERIFY(first);
        const auto n0 = first->steps.size();
        QTRY_VERIFY_WITH_TIMEOUT(doc->metric("train_loss")->steps.size() > n0 + 10, 30000);
        const QString id = doc->path() + "|train_acc";
        QTRY_VERIFY_WITH_TIMEOUT(!w.chart().plottedPoints(id).isEmpty(), 10000);
        writer.kill();
        writer.waitForFinished();
    }

    void malformedFileDroppedGivesMessageAndAppKeepsRunning()
    {
        auto& w = *window_;
        const QString bad = dir_.filePath("notes.h5");
        {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("these are not the bytes of an HDF5 file\n");
        }
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(bad)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &drop);
        QTRY_VERIFY(!w.logView().messages().isEmpty() && w.logView().messages().last().contains("not an HDF5 file"));
        QVERIFY(w.logView().messages().last().contains(bad));
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = w.findChild<QMessageBox*>("errorBox")) != nullptr);
        QVERIFY(box->text().contains("not an HDF5 file"));
        QVERIFY(w.registry().documents().empty());
        // Still working: a good run opens afterwards.
        w.openRuns({runPath_});
        QTRY_COMPARE(int(w.registry().documents().size()), 1);
    }

    void switchingLanguageChangesTheMenus()
    {
        auto& w = *window_;
        auto title = [&] { return w.menuBar()->actions().first()->text(); };
        QCOMPARE(title(), QString("&File"));
        QVERIFY(language_.apply("de"));
        QTRY_COMPARE(title(), QString("&Datei"));
        QCOMPARE(w.findAction("actionOpenRun")->text(), QString("Lauf ö&ffnen…"));
        // Strings of the figure exporter (a plain class with its own translate context) too.
        widgets::FigureExporter exporter(&w.chart());
        exporter.setPixelSize({});
        QVERIFY(!exporter.savePng(dir_.filePath("empty.png")));
        QCOMPARE(exporter.errorString(), QString("Die Grafikgröße ist leer."));
        QVERIFY(language_.apply("zh_CN"));
        QTRY_COMPARE(title(), QString("文件(&F)"));
        QVERIFY(language_.apply("en"));
        QTRY_COMPARE(title(), QString("&File"));
    }

    void sessionSavesAndRestores()
    {
        auto& w = *window_;
        w.openRuns({runPath_});
        QTRY_COMPARE(int(w.registry().documents().size()), 1);
        w.metricSelector().setCheckedMetrics({"test_loss"});
        w.findAction("actionLogX")->trigger();
        w.findChild<QDoubleSpinBox*>("smoothing")->setValue(0.3);
        const QString path = dir_.filePath("s.tssession");
        QString error;
        QVERIFY2(w.currentSession().save(path, &error), qPrintable(error));

        MainWindow other(language_);
        Session s;
        QVERIFY2(s.load(path, &error), qPrintable(error));
        other.applySession(s);
        QTRY_COMPARE(int(other.registry().documents().size()), 1);
        QTRY_COMPARE(other.metricSelector().checkedMetrics(), QStringList({"test_loss"}));
        QVERIFY(other.chart().isLogX());
        QCOMPARE(other.chart().smoothing(), 0.3);

        QFile garbage(dir_.filePath("bad.tssession"));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write("{\"format\": \"something else\"}");
        garbage.close();
        QVERIFY(!s.load(garbage.fileName(), &error));
        QVERIFY(error.contains("not a TrainScope session"));
    }

    // Two open runs named run.h5 in different folders: the chooser must hand back the one picked.
    void runsWithTheSameFileNameAreToldApart()
    {
        const QStringList paths = {"/data/a/run.h5", "/data/b/run.h5", "/data/c/other.h5"};
        const QStringList labels = runChoiceLabels(paths);
        QCOMPARE(labels.size(), 3);
        QCOMPARE(labels[2], QString("other.h5"));
        QCOMPARE(labels[0], QString("run.h5 (/data/a)"));
        QCOMPARE(labels[1], QString("run.h5 (/data/b)"));
        // Legends use the same names without the suffix.
        QCOMPARE(runLabels(paths, false), QStringList({"run (/data/a)", "run (/data/b)", "other"}));

        QTimer::singleShot(0, [] {
            auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->setTextValue(dialog->comboBoxItems().at(1));
            dialog->accept();
        });
        QCOMPARE(chooseRun(window_.get(), "Choose", paths), QString("/data/b/run.h5"));
        QTimer::singleShot(0, [] { QApplication::activeModalWidget()->close(); });
        QCOMPARE(chooseRun(window_.get(), "Choose", paths), QString());
        // One run: nothing to choose, no dialog (a modal one would block this call).
        QCOMPARE(chooseRun(window_.get(), "Choose", {paths[2]}), paths[2]);
    }

private:
    QTemporaryDir dir_;
    QString runPath_;
    LanguageManager language_;
    std::unique_ptr<MainWindow> window_;
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
