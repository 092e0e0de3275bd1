#include "app/gui/reactions/LandscapeReaction.h"

#include "app/gui/MainWindow.h"
#include "widgets/landscape/LandscapeDialog.h"
#include "widgets/landscape/LandscapePanel.h"

#include "core/Error.h"
#include "core/Runtime.h"
#include "core/landscape/LandscapeJob.h"
#include "core/landscape/SurfaceFile.h"
#include "core/runfile/RunReader.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QPointer>

#include <memory>

namespace ts::app {

namespace {
ts::LandscapeSpec toSpec(const widgets::LandscapeRequest& r)
{
    ts::LandscapeSpec s;
    s.checkpoint = std::to_string(r.centreStep);
    s.directions = r.directions.toStdString();
    s.random.norm = ts::directionNormFromName(r.normalisation.toStdString());
    s.random.includeBiases = r.includeBiases;
    s.random.seed = uint64_t(r.seed);
    s.nx = r.nx;
    s.ny = r.ny;
    s.xmin = r.xmin;
    s.xmax = r.xmax;
    s.ymin = r.ymin;
    s.ymax = r.ymax;
    s.autoRange = r.fitTrajectory;
    s.split = r.split.toStdString();
    s.subset = r.subset;
    s.bn = r.batchNorm.toStdString();
    s.trainMode = r.trainMode;
    return s;
}
} // namespace

LandscapeReaction::LandscapeReaction(MainWindow& window) : Reaction(window, "actionLandscape") { retranslate(); }

void LandscapeReaction::retranslate()
{
    action()->setText(tr("Loss &Landscape…"));
    action()->setStatusTip(tr("Loss and accuracy on a plane or line through a checkpoint, with the training trajectory"));
}

void LandscapeReaction::onTriggered()
{
    const auto runs = window_.runCheckpoints();
    if (runs.isEmpty()) {
        window_.showError(tr("Loss landscape"), tr("Open a run with checkpoints first."));
        return;
    }
    widgets::LandscapeDialog dialog(runs, &window_);
    if (dialog.exec() != QDialog::Accepted)
        return;
    compute(dialog.request());
}

QString LandscapeReaction::surfacePathFor(const widgets::LandscapeRequest& r)
{
    // Everything that decides the values goes into the name's hash, so the same request finds
    // (and resumes) its own file and a different one never overwrites it.
    const QString key = QString("%1|%2|%3|%4|%5|%6|%7x%8|%9:%10,%11:%12|%13|%14|%15")
                            .arg(r.run)
                            .arg(r.centreStep)
                            .arg(r.directions, r.normalisation)
                            .arg(r.includeBiases)
                            .arg(r.seed)
                            .arg(r.nx)
                            .arg(r.ny)
                            .arg(r.xmin)
                            .arg(r.xmax)
                            .arg(r.ymin)
                            .arg(r.ymax)
                            .arg(r.split)
                            .arg(r.subset)
                            .arg(r.fitTrajectory) +
                        // BatchNorm choices are part of the request (the default keeps old names).
                        (r.batchNorm == "keep" && !r.trainMode ? QString() : r.batchNorm + (r.trainMode ? "/train" : ""));
    const QString hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex().left(8);
    QString kind = r.directions.section(':', 0, 0);
    const QFileInfo run(r.run);
    return run.dir().filePath(QString("%1-landscape-%2-%3x%4-%5.h5")
                                  .arg(run.completeBaseName(), kind)
                                  .arg(r.nx)
                                  .arg(r.ny == 0 ? 1 : r.ny)
                                  .arg(hash));
}

void LandscapeReaction::compute(const widgets::LandscapeRequest& request)
{
    const ts::LandscapeSpec spec = toSpec(request);
    const QString out = surfacePathFor(request);
    const std::string runPath = request.run.toStdString(), outPath = out.toStdString();
    const QString title = tr("Landscape: %1@%2").arg(QFileInfo(request.run).completeBaseName()).arg(request.centreStep);
    // The panel opens with the first complete level; later levels refill it in place.
    auto panel = std::make_shared<QPointer<widgets::LandscapePanel>>();
    QPointer<MainWindow> window(&window_);
    auto show = [window, panel, title](const ts::LandscapeSurface& surface) {
        if (!window)
            return;
        if (!*panel) {
            *panel = window->openSurfacePanel(surface, title);
        } else {
            (*panel)->updateSurface(surface);
        }
    };
    auto resumed = std::make_shared<bool>(false);
    auto warning = std::make_shared<std::string>();
    window_.runInBackground(tr("Computing %1").arg(title), tr("Loss landscape failed"),
        [runPath, outPath, spec, show, resumed, warning](ts::Feedback& feedback) {
            ts::configureRuntime(0);
            ts::RunReader run(runPath);
            ts::LandscapeJob job(run, spec);
            *warning = job.warning();
            ts::LandscapeSurface surface = job.newSurface();
            if (ts::isSurfaceFile(outPath)) {
                auto previous = ts::readSurfaceFile(outPath);
                job.checkResumable(previous); // same name, same request: a mismatch is a bug
                surface = std::move(previous);
                *resumed = true;
            }
            auto post = [show](const ts::LandscapeSurface& s) {
                QMetaObject::invokeMethod(qApp, [show, s] { show(s); }, Qt::QueuedConnection);
            };
            if (*resumed)
                post(surface);
            try {
                job.compute(surface, &feedback, [post](const ts::LandscapeSurface& s, int, int) { post(s); });
            } catch (const ts::Cancelled&) {
                ts::writeSurfaceFile(outPath, surface); // nothing computed is lost
                throw;
            }
            ts::writeSurfaceFile(outPath, surface);
            post(surface);
        },
        [this, out, resumed, warning] {
            window_.logInfo(*resumed ? tr("Resumed and saved the landscape to %1").arg(out)
                                     : tr("Saved the landscape to %1").arg(out));
            if (!warning->empty())
                window_.logWarning(QString::fromStdString(*warning));
        });
}

} // namespace ts::app
