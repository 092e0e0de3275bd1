// Loss landscapes in the window: Analysis → Loss Landscape… computes a surface of an open run
// in the background, opens it as a tab that fills in, saves it next to the run; the same
// request reopens (resumes) that file; File → Open of a surface file opens a landscape tab;
// nonsense in the dialog is refused at the dialog. Runs under xvfb (VTK needs X).
#include "app/gui/LanguageManager.h"
#include "app/gui/MainWindow.h"
#include "app/gui/RunRegistry.h"
#include "app/gui/reactions/LandscapeReaction.h"
#include "widgets/charts/CurveChartView.h"
#include "widgets/landscape/LandscapeDialog.h"
#include "widgets/landscape/LandscapePanel.h"
#include "widgets/log/LogView.h"

#include "core/landscape/H5Arrays.h"
#include "core/landscape/SurfaceFile.h"

#include "widgets/landscape/VtkOpenGLWidget.h"

#include <hdf5.h>

#include <QApplication>
#include <QFileInfo>
#include <QImage>
#include <QOpenGLContext>
#include <QProcess>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cmath>

using namespace ts;
using namespace ts::app;

class TestLandscapeGui : public QObject {
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

    void dialogRefusesNonsense()
    {
        widgets::RunCheckpoints rc{run_, "run.h5", {0, 50, 100, 150, 200}};
        widgets::LandscapeDialog d({rc});
        QVERIFY(d.problem().isEmpty());
        d.setRange(1, -1, -1, 1);
        QVERIFY(d.problem().contains("x range"));
        d.setRange(-1, 1, -1, 1);
        d.setDirections("line");
        d.setCheckpointEnds(2, 2);
        QVERIFY(d.problem().contains("A and B"));
        d.setCheckpointEnds(0, 4);
        QVERIFY(d.problem().isEmpty());
        QCOMPARE(QString::fromStdString(d.spec().directions), QString("ckpt:0,200"));
        QCOMPARE(QString::fromStdString(d.spec().checkpoint), QString("0")); // a line is centred on its end A
        d.setDirections("file");
        d.setDirectionFile(dir_.filePath("missing.h5"));
        QVERIFY(!d.problem().isEmpty());
        widgets::LandscapeDialog empty({});
        QVERIFY(!empty.problem().isEmpty());
    }

    void computeFromTheMenuThenReopen()
    {
        LanguageManager language;
        MainWindow w(language);
        w.show();
        w.openRuns({run_});
        QTRY_COMPARE(int(w.registry().documents().size()), 1);
        QTimer::singleShot(50, [&] {
            auto* d = w.findChild<widgets::LandscapeDialog*>();
            QVERIFY(d);
            d->setDirections("pca");
            d->setGrid(9, 7, false);
            QVERIFY(d->problem().isEmpty());
            requestRun_ = d->run();
            spec_ = d->spec();
            d->accept();
        });
        w.findAction("actionLandscape")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(w.views().count() == 2, 60000);
        auto* panel = qobject_cast<widgets::LandscapePanel*>(w.views().widget(1));
        QVERIFY(panel);
        const QString saved = LandscapeReaction::surfacePathFor(requestRun_, spec_);
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(saved), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(panel->surface().computedPoints("train_loss"), int64_t(63), 30000);
        const auto file = ts::readSurfaceFile(saved.toStdString());
        QCOMPARE(file.nx(), int64_t(9));
        QCOMPARE(file.ny(), int64_t(7));
        QCOMPARE(file.trajectory.size(), std::size_t(5)); // every checkpoint projected
        QCOMPARE(file.computedPoints("train_loss"), int64_t(63));
        QCOMPARE(file.values.at("train_loss"), panel->surface().values.at("train_loss"));

        // Picking a checkpoint of the trajectory marks it on the run's training curves too.
        Q_EMIT panel->checkpointSelected(100);
        QVERIFY(w.chart().curveIds().contains(run_ + "|checkpoint"));
        QCOMPARE(w.chart().plottedPoints(run_ + "|checkpoint").front().x(), 100.0);

        // The same request again finds the complete file: nothing recomputed, same values.
        const auto modified = QFileInfo(saved).lastModified();
        auto* reaction = w.findChild<LandscapeReaction*>();
        QVERIFY(reaction);
        reaction->compute(requestRun_, spec_);
        QTRY_VERIFY_WITH_TIMEOUT(w.views().count() == 3, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(w.logView().messages().last().contains("Resumed"), 30000);
        auto* again = qobject_cast<widgets::LandscapePanel*>(w.views().widget(2));
        QCOMPARE(again->surface().values.at("train_loss"), file.values.at("train_loss"));

        // Opening the surface file shows it; a broken one gets a message, not a crash.
        w.openRuns({saved});
        QCOMPARE(w.views().count(), 4);
        QCOMPARE(qobject_cast<widgets::LandscapePanel*>(w.views().widget(3))->surface().values.at("train_loss"),
                 file.values.at("train_loss"));
        QFile broken(dir_.filePath("broken.h5"));
        QVERIFY(QFile::copy(saved, broken.fileName()));
        QVERIFY(broken.resize(broken.size() / 2));
        w.openRuns({broken.fileName()});
        QCOMPARE(w.views().count(), 4);
        QTRY_VERIFY_WITH_TIMEOUT(!w.logView().messages().isEmpty() && w.logView().messages().last().contains("broken.h5"), 10000);
        Q_UNUSED(modified);
    }

    void lossLandscapeFileOpensAndRenders()
    {
        // A surface as loss-landscape's plot_surface.py writes it: [len(x), len(y)] datasets
        // filled in meshgrid order (x fastest), accuracy in percent.
        const QString path = dir_.filePath("resnet56_sgd_lr=0.1_bs=128_wd=0.0005.h5_[-1.0,1.0,21]x[-1.0,1.0,11].h5");
        const std::vector<double> xs = [] { std::vector<double> v; for (int i = 0; i < 21; ++i) v.push_back(-1 + 0.1 * i); return v; }();
        const std::vector<double> ys = [] { std::vector<double> v; for (int i = 0; i < 11; ++i) v.push_back(-1 + 0.2 * i); return v; }();
        {
            ts::h5::silenceErrors();
            ts::h5::Handle file(H5Fcreate(path.toUtf8().constData(), H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT), ts::h5::Kind::File);
            QVERIFY(file.valid());
            std::vector<double> loss, acc;
            for (double y : ys)
                for (double x : xs) {
                    loss.push_back(0.2 + x * x + 2 * y * y);
                    acc.push_back(90 - 10 * x * x);
                }
            ts::h5::writeDoubles(file.get(), "xcoordinates", xs, {21}, path.toStdString());
            ts::h5::writeDoubles(file.get(), "ycoordinates", ys, {11}, path.toStdString());
            ts::h5::writeDoubles(file.get(), "train_loss", loss, {21, 11}, path.toStdString());
            ts::h5::writeDoubles(file.get(), "train_acc", acc, {21, 11}, path.toStdString());
        }
        LanguageManager language;
        MainWindow w(language);
        w.show();
        w.openRuns({path});
        QCOMPARE(w.views().count(), 2);
        auto* panel = qobject_cast<widgets::LandscapePanel*>(w.views().widget(1));
        QVERIFY(panel);
        QCOMPARE(panel->surface().source, std::string("loss-landscape"));
        QCOMPARE(panel->surface().computedPoints("train_loss"), int64_t(231));
        QCOMPARE(panel->surface().value("train_acc", 10, 5), 0.9); // percent → fraction at (0, 0)
        for (const QString view : {"contour", "landscape3d", "slice"}) {
            QProcess p;
            const QString out = dir_.filePath("ll-" + view + ".png");
            p.start(TRAINSCOPE_EXE, {"render", path, "--view", view, "--out", out});
            QVERIFY(p.waitForFinished(60000));
            QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
            QImage image(out);
            QVERIFY(!image.isNull());
            // Something is drawn: a fair share of the pixels differ from the background.
            int drawn = 0, sampled = 0;
            for (int y = 0; y < image.height(); y += 5)
                for (int x = 0; x < image.width(); x += 5, ++sampled)
                    drawn += image.pixel(x, y) != image.pixel(2, 2);
            QVERIFY2(drawn > sampled / 50, qPrintable(QString("%1: %2 of %3 sampled pixels drawn").arg(view).arg(drawn).arg(sampled)));
        }
    }

private:
    QTemporaryDir dir_;
    QString run_;
    QString requestRun_;
    ts::LandscapeSpec spec_;
};

int main(int argc, char** argv)
{
    ts::widgets::prepareOpenGLForVtk(); // as the application's main does
    QApplication app(argc, argv);
    TestLandscapeGui test;
    return QTest::qExec(&test, argc, argv);
}
#include "test_landscape_gui.moc"
