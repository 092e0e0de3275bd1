// File → Import in the window: the dialog previews what a folder of torch.save checkpoints,
// a TorchScript model and a data file hold (and every problem) without writing anything;
// importing writes the run in the background and opens it.
#include "app/gui/LanguageManager.h"
#include "app/gui/MainWindow.h"
#include "app/gui/RunDocument.h"
#include "app/gui/RunRegistry.h"
#include "app/gui/reactions/ImportReaction.h"
#include "widgets/importing/ImportDialog.h"

#include "core/runfile/RunReader.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ts;
using namespace ts::app;

class TestImportGui : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName("TrainScopeTests");
        QVERIFY(dir_.isValid());
        QProcess p;
        p.start(SYSTEM_PYTHON, {IMPORT_FIXTURES_SCRIPT, dir_.path()});
        QVERIFY(p.waitForFinished(180000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    }

    void previewShowsWhatWasFoundAndEveryProblem()
    {
        widgets::ImportDialog dialog;
        QSignalSpy done(&dialog, &widgets::ImportDialog::previewFinished);
        dialog.setRequest({dir_.filePath("pt"), dir_.filePath("model.pt"), dir_.filePath("data.pt"), {}, "cross_entropy",
                           dir_.filePath("imported.h5")});
        QTRY_VERIFY_WITH_TIMEOUT(done.count() >= 1 && !dialog.isPreviewing(), 60000);
        QVERIFY2(dialog.previewOk(), qPrintable(dialog.previewText()));
        QVERIFY2(dialog.previewText().contains("3 files, steps 0, 100, 1200"), qPrintable(dialog.previewText()));
        QVERIFY(dialog.previewText().contains("fc1.weight [8, 4]"));
        QVERIFY(dialog.previewText().contains("train"));
        QVERIFY(!QFileInfo::exists(dir_.filePath("imported.h5"))); // a preview writes nothing

        // A checkpoint folder that does not match the model: the problem is shown, Import is off.
        QDir().mkpath(dir_.filePath("bad"));
        QVERIFY(QFile::copy(dir_.filePath("bad_shape.pt"), dir_.filePath("bad/step_5.pt")));
        const int before = done.count();
        dialog.setRequest({dir_.filePath("bad"), dir_.filePath("model.pt"), dir_.filePath("data.pt"), {}, "cross_entropy",
                           dir_.filePath("bad.h5")});
        QTRY_VERIFY_WITH_TIMEOUT(done.count() > before && !dialog.isPreviewing(), 60000);
        QVERIFY(!dialog.previewOk());
        QVERIFY2(dialog.previewText().contains("fc1.weight"), qPrintable(dialog.previewText()));
        QVERIFY(!dialog.findChild<QPushButton*>()->isEnabled() || !dialog.previewOk());
    }

    void importOpensTheRun()
    {
        LanguageManager language;
        MainWindow w(language);
        w.show();
        auto* reaction = w.findChild<ImportReaction*>();
        QVERIFY(reaction);
        const QString out = dir_.filePath("gui-import.h5");
        reaction->import({dir_.filePath("st"), dir_.filePath("model.pt"), dir_.filePath("data.pt"), {}, "cross_entropy", out});
        RunDocument* doc = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((doc = w.registry().find(out)) != nullptr, 60000);
        RunReader run(out.toStdString());
        QCOMPARE(run.checkpointSteps(), (std::vector<int64_t>{0, 100, 1200}));
        QVERIFY(run.hasModelScript());
    }

    void followsARecordedPyTorchRunWhileItTrains()
    {
        // examples/record_cnn.py trains in PyTorch and writes through trainscope.Recorder; the
        // window follows the file while the script still runs.
        const QString out = dir_.filePath("cnn-live.h5");
        QProcess writer;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("PYTHONPATH", QString(SOURCE_DIR) + "/python");
        writer.setProcessEnvironment(env);
        writer.start(SYSTEM_PYTHON, {QString(SOURCE_DIR) + "/examples/record_cnn.py", out, "--steps", "200", "--every", "20",
                                     "--delay", "0.05"});
        QVERIFY(writer.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(out), 60000);
        LanguageManager language;
        MainWindow w(language);
        w.show();
        w.openRuns({out}, true);
        RunDocument* doc = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((doc = w.registry().find(out)) != nullptr, 30000);
        QVERIFY(doc->isFollowing());
        QTRY_VERIFY_WITH_TIMEOUT(doc->reader()->checkpointCount() >= 2, 60000);
        const auto seen = doc->reader()->checkpointCount();
        QVERIFY2(writer.state() == QProcess::Running, "the script finished before the window saw it grow");
        QTRY_VERIFY_WITH_TIMEOUT(doc->reader()->checkpointCount() > seen, 60000); // it grows while we watch
        QVERIFY(writer.waitForFinished(120000));
        QCOMPARE(writer.exitCode(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(doc->reader()->checkpointCount(), int64_t(11), 30000);
    }

private:
    QTemporaryDir dir_;
};

QTEST_MAIN(TestImportGui)
#include "test_import_gui.moc"
