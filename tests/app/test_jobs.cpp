// Every background job of the GUI runs in a widgets::BackgroundTask and stops within a second of
// its Cancel: training (Stop), each analysis the main window runs (the status bar's Cancel), and
// the import preview (a newer preview, or closing the dialog).
#include "app/gui/TaskProgressIndicator.h"
#include "app/gui/TrainingJob.h"
#include "app/gui/analysis/PathwayViews.h"
#include "widgets/importing/ImportDialog.h"
#include "widgets/jobs/BackgroundTask.h"

#include "core/Error.h"
#include "core/Feedback.h"
#include "core/Runtime.h"
#include "core/analysis/Interpolation.h"
#include "core/analysis/RunModel.h"
#include "core/analysis/SharpnessReport.h"
#include "core/grokking/ProgressMeasures.h"
#include "core/grokking/Sweep.h"
#include "core/grokking/Tickets.h"
#include "core/importing/RunImporter.h"
#include "core/landscape/LandscapeJob.h"
#include "core/landscape/SkipConnectionDemo.h"
#include "core/runfile/RunReader.h"
#include "core/runfile/RunWriter.h"
#include "core/train/Demos.h"
#include "core/train/Trainer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <filesystem>
#include <functional>

using namespace ts;
using namespace ts::app;
using Outcome = ts::widgets::BackgroundTask::Outcome;

Q_DECLARE_METATYPE(ts::widgets::BackgroundTask::Outcome)

namespace {
constexpr qint64 kCancelMs = 1000;

Settings smallMlp(int64_t steps, const std::string& checkpoints)
{
    Settings s;
    for (auto [k, v] : {std::pair<const char*, std::string>{"task", "modular"},
                        {"model", "mlp"},
                        {"p", "11"},
                        {"steps", std::to_string(steps)},
                        {"checkpoints", checkpoints}})
        s.set(k, v);
    return s;
}

// Trains settings into path; with stopAfterRows > 0 the run is cancelled after that many
// metric rows (its file keeps the settings, so whatever retrains from it trains as long).
void train(const Settings& s, const std::string& path, int stopAfterRows = 0)
{
    Trainer trainer(TrainConfig::fromSettings(s));
    RunWriter writer(path, trainer.runHeader());
    Feedback feedback;
    int rows = 0;
    try {
        trainer.run(&writer, &feedback, [&](const MetricsRow&) {
            if (stopAfterRows > 0 && ++rows == stopAfterRows)
                feedback.cancel();
        });
    } catch (const Cancelled&) {
    }
    writer.close();
}
} // namespace

class TestJobs : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<Outcome>();
        QVERIFY(dir_.isValid());
        configureRuntime(0);
        many_ = path("many.h5");
        train(smallMlp(1000, "every:1"), many_);
        Settings moe = demoSettings("moe");
        moe.set("p", "23");
        moe.set("steps", "1000");
        moe.set("checkpoints", "every:2");
        moe_ = path("moe.h5");
        train(moe, moe_);
        Settings dense = smallMlp(100000000, "every:50");
        dense.set("model", "tickets_mlp");
        dense.set("embed", "16");
        dense.set("hidden", "8");
        dense_ = path("dense.h5");
        train(dense, dense_, 20);
    }

    void trainingStopsWithinASecond()
    {
        TrainingJob job(smallMlp(100000000, "every:100"), QString::fromStdString(path("live.h5")));
        QSignalSpy progress(&job, &TrainingJob::progress);
        QElapsedTimer sinceStop;
        qint64 stoppedAfter = -1;
        int status = -1;
        connect(&job, &TrainingJob::finished, this, [&](int s, const QString&) {
            stoppedAfter = sinceStop.elapsed();
            status = s;
        });
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(progress.count() > 0, 60000);
        sinceStop.start();
        job.stop();
        QTRY_VERIFY_WITH_TIMEOUT(stoppedAfter >= 0, 10000);
        qInfo("training: finished %lld ms after Stop", static_cast<long long>(stoppedAfter));
        QCOMPARE(status, int(RunStatus::Cancelled));
        QVERIFY(stoppedAfter < kCancelMs);
        QCOMPARE(RunReader(path("live.h5")).status(), RunStatus::Cancelled);
    }

    void analysisCancelsWithinASecond_data()
    {
        QTest::addColumn<QString>("kind");
        for (const char* kind :
             {"sharpness", "interpolation", "grokking", "pathways", "landscape", "tickets", "sweep", "import"})
            QTest::newRow(kind) << QString(kind);
    }

    void analysisCancelsWithinASecond()
    {
        QFETCH(QString, kind);
        const auto work = analysis(kind.toStdString());
        TaskProgressIndicator indicator;
        widgets::BackgroundTask task(kind);
        indicator.track(&task);
        QSignalSpy progress(&task, &widgets::BackgroundTask::progress);
        QElapsedTimer sinceCancel;
        bool ended = false;
        qint64 cancelledAfter = -1;
        Outcome outcome = Outcome::Done;
        QString message;
        connect(&task, &widgets::BackgroundTask::finished, this, [&](Outcome o, const QString& m) {
            ended = true;
            cancelledAfter = sinceCancel.isValid() ? sinceCancel.elapsed() : -1;
            outcome = o;
            message = m;
        });
        task.start(work);
        QTRY_VERIFY_WITH_TIMEOUT(progress.count() > 0 || ended, 120000);
        QVERIFY2(!ended, qPrintable(kind + " ended before its Cancel: " + message));
        sinceCancel.start();
        indicator.findChild<QToolButton*>("cancelTask")->click();
        QTRY_VERIFY_WITH_TIMEOUT(ended, 10000);
        qInfo("%s: finished %lld ms after Cancel", qPrintable(kind), static_cast<long long>(cancelledAfter));
        QVERIFY2(outcome == Outcome::Cancelled, qPrintable(message));
        QVERIFY(cancelledAfter < kCancelMs);
        QVERIFY(indicator.isHidden());
    }

    void importPreviewIsCancelledByANewOneAndByClosing()
    {
        makeImportFixtures();
        const widgets::ImportRequest request{path("fixtures/pt").c_str(),
                                             path("fixtures/model.pt").c_str(),
                                             path("fixtures/data.pt").c_str(),
                                             {},
                                             "cross_entropy",
                                             path("preview.h5").c_str()};
        // A slow request (tens of thousands of checkpoint names to sort) that a newer one cancels.
        widgets::ImportRequest slow = request;
        slow.checkpoints = QString::fromStdString(manyCheckpoints());
        widgets::ImportDialog dialog;
        dialog.setRequest(slow);
        auto* first = dialog.previewTask();
        QVERIFY(first);
        QSignalSpy firstDone(first, &widgets::BackgroundTask::finished);
        QSignalSpy previewed(&dialog, &widgets::ImportDialog::previewFinished);
        QElapsedTimer clock;
        clock.start();
        dialog.setRequest(request); // the same request again: the first preview is cancelled
        QVERIFY(dialog.previewTask() != first);
        QTRY_VERIFY_WITH_TIMEOUT(firstDone.count() == 1, 10000);
        QVERIFY(clock.elapsed() < kCancelMs);
        QCOMPARE(firstDone.first().at(0).value<Outcome>(), Outcome::Cancelled);
        QTRY_VERIFY_WITH_TIMEOUT(previewed.count() == 1 && !dialog.isPreviewing(), 60000);
        QVERIFY2(dialog.previewOk(), qPrintable(dialog.previewText()));

        // Closing the dialog cancels the preview in flight.
        dialog.setRequest(slow);
        auto* last = dialog.previewTask();
        QSignalSpy lastDone(last, &widgets::BackgroundTask::finished);
        clock.restart();
        dialog.reject();
        QVERIFY(!dialog.isPreviewing());
        QTRY_VERIFY_WITH_TIMEOUT(lastDone.count() == 1, 10000);
        QVERIFY(clock.elapsed() < kCancelMs);
        QCOMPARE(lastDone.first().at(0).value<Outcome>(), Outcome::Cancelled);
        QCOMPARE(previewed.count(), 1); // a cancelled preview shows nothing
    }

private:
    std::string path(const std::string& name) const
    {
        return QDir(dir_.path()).filePath(QString::fromStdString(name)).toStdString();
    }

    void makeImportFixtures()
    {
        if (std::filesystem::exists(path("fixtures/model.pt")))
            return;
        QProcess p;
        p.start(SYSTEM_PYTHON, {IMPORT_FIXTURES_SCRIPT, QString::fromStdString(path("fixtures"))});
        QVERIFY(p.waitForFinished(180000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    }

    // 100,000 checkpoints: links to one fixture checkpoint under step names.
    std::string manyCheckpoints()
    {
        const std::string dir = path("many-ckpts");
        if (std::filesystem::exists(dir))
            return dir;
        makeImportFixtures();
        std::filesystem::path source;
        for (const auto& e : std::filesystem::directory_iterator(path("fixtures/pt")))
            if (e.path().extension() == ".pt")
                source = e.path();
        std::filesystem::create_directories(dir);
        for (int i = 0; i < 100000; ++i)
            std::filesystem::create_symlink(source, dir + "/step_" + std::to_string(i) + ".pt");
        return dir;
    }

    // The work each analysis of the main window does (app/gui/reactions), on workloads far
    // longer than the test.
    std::function<void(Feedback&)> analysis(const std::string& kind)
    {
        const std::string many = many_, moe = moe_, dense = dense_, out = path(kind);
        if (kind == "sharpness")
            return [many](Feedback& f) {
                RunReader run(many);
                SharpnessRequest req;
                req.trace = true;
                req.probes = 50;
                sharpnessOfRun(run, everyKthCheckpoint(run.checkpointCount(), 1), req, &f);
            };
        if (kind == "interpolation")
            return [many](Feedback& f) {
                RunReader run(many);
                auto loaded = loadRunModel(run);
                const auto a = checkpointVector(run, 0), b = checkpointVector(run, run.checkpointCount() - 1);
                interpolateLinear(*loaded.model, loaded.data, a, b, alphaGrid(-1, 2, 100000), {}, &f);
            };
        if (kind == "grokking")
            return [many](Feedback& f) { measureProgress(RunReader(many), {}, &f); };
        if (kind == "pathways")
            return [moe](Feedback& f) { toPathwayViewData(RunReader(moe), {}, "moe", &f); };
        if (kind == "landscape")
            return [many, out](Feedback& f) {
                RunReader run(many);
                LandscapeSpec spec;
                spec.nx = spec.ny = 600;
                spec.evaluator = EvaluatorChoice::Naive;
                LandscapeJob job(run, spec);
                auto surface = job.newSurface();
                job.compute(surface, &f);
            };
        if (kind == "tickets")
            return [dense, out](Feedback& f) { trainGrokkingTickets(RunReader(dense), {}, out, &f); };
        if (kind == "sweep")
            return [out](Feedback& f) { runSweep(smallMlp(100000000, "every:100"), "seed", {"1", "2"}, out, &f); };
        if (kind == "import") {
            ImportOptions o;
            o.checkpoints = {manyCheckpoints()};
            o.model = path("fixtures/model.pt");
            o.data = path("fixtures/data.pt");
            o.out = out + ".h5";
            return [o](Feedback& f) { importRun(o, &f); };
        }
        return {};
    }

    QTemporaryDir dir_;
    std::string many_, moe_, dense_;
};

QTEST_MAIN(TestJobs)
#include "test_jobs.moc"
