// Loss landscapes in the window: Analysis → Loss Landscape… computes a surface of an open run
// in the background, opens it as a tab that fills in, saves it next to the run; the same
// request reopens (resumes) that file; File → Open of a surface file opens a landscape tab;
// nonsense in the dialog is refused at the dialog. Runs under xvfb (VTK needs X).
#include "app/gui/LanguageManager.h"
#include "app/gui/MainWindow.h"
#include "app/gui/RunRegistry.h"
#include "app/gui/reactions/LandscapeReaction.h"
#include "widgets/landscape/LandscapeDialog.h"
#include "widgets/landscape/LandscapePanel.h"
#include "widgets/log/LogView.h"

#include "core/landscape/SurfaceFile.h"

#include <QApplication>
#include <QFileInfo>
#include <QOpenGLContext>
#include <QProcess>
#include <QStandardPaths>
#include <QSurfaceFormat>
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
        QCOMPARE(d.request().directions, QString("ckpt:0,200"));
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
            request_ = d->request();
            d->accept();
        });
        w.findAction("actionLandscape")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(w.views().count() == 2, 60000);
        auto* panel = qobject_cast<widgets::LandscapePanel*>(w.views().widget(1));
        QVERIFY(panel);
        const QString saved = LandscapeReaction::surfacePathFor(request_);
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(saved), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(panel->surface().computedPoints("train_loss"), int64_t(63), 30000);
        const auto file = ts::readSurfaceFile(saved.toStdString());
        QCOMPARE(file.nx(), int64_t(9));
        QCOMPARE(file.ny(), int64_t(7));
        QCOMPARE(file.trajectory.size(), std::size_t(5)); // every checkpoint projected
        QCOMPARE(file.computedPoints("train_loss"), int64_t(63));
        QCOMPARE(file.values.at("train_loss"), panel->surface().values.at("train_loss"));

        // The same request again finds the complete file: nothing recomputed, same values.
        const auto modified = QFileInfo(saved).lastModified();
        auto* reaction = w.findChild<LandscapeReaction*>();
        QVERIFY(reaction);
        reaction->compute(request_);
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

private:
    QTemporaryDir dir_;
    QString run_;
    widgets::LandscapeRequest request_;
};

int main(int argc, char** argv)
{
    // As the application does (GuiMain): VTK's OpenGL needs shared contexts and a 3.2 core format.
    QApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QSurfaceFormat format;
    format.setRenderableType(QSurfaceFormat::OpenGL);
    format.setVersion(3, 2);
    format.setProfile(QSurfaceFormat::CoreProfile);
    format.setDepthBufferSize(24);
    QSurfaceFormat::setDefaultFormat(format);
    QApplication app(argc, argv);
    TestLandscapeGui test;
    return QTest::qExec(&test, argc, argv);
}
#include "test_landscape_gui.moc"
