#include "app/gui/reactions/LandscapeReaction.h"

#include "app/gui/MainWindow.h"
#include "widgets/landscape/LandscapeDialog.h"
#include "widgets/landscape/LandscapePanel.h"

#include "core/Runtime.h"
#include "core/landscape/LandscapeRun.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QPointer>

#include <memory>

namespace ts::app {

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
    compute(dialog.run(), dialog.spec());
}

QString LandscapeReaction::surfacePathFor(const QString& run, const ts::LandscapeSpec& s)
{
    // Everything that decides the values goes into the name's hash, so the same request finds
    // (and resumes) its own file and a different one never overwrites it.
    const QString directions = QString::fromStdString(s.directions), bn = QString::fromStdString(s.bn);
    const QString key = QString("%1|%2|%3|%4|%5|%6|%7x%8|%9:%10,%11:%12|%13|%14|%15")
                            .arg(run)
                            .arg(QString::fromStdString(s.checkpoint))
                            .arg(directions, QString(ts::directionNormName(s.random.norm)))
                            .arg(s.random.includeBiases)
                            .arg(s.random.seed)
                            .arg(s.nx)
                            .arg(s.ny)
                            .arg(s.xmin)
                            .arg(s.xmax)
                            .arg(s.ymin)
                            .arg(s.ymax)
                            .arg(QString::fromStdString(s.split))
                            .arg(s.subset)
                            .arg(s.autoRange) +
                        // BatchNorm choices are part of the request (the default keeps old names).
                        (bn == "keep" && !s.trainMode ? QString() : bn + (s.trainMode ? "/train" : ""));
    const QString hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex().left(8);
    QString kind = directions.section(':', 0, 0);
    const QFileInfo file(run);
    return file.dir().filePath(QString("%1-landscape-%2-%3x%4-%5.h5")
                                   .arg(file.completeBaseName(), kind)
                                   .arg(s.nx)
                                   .arg(s.ny == 0 ? 1 : s.ny)
                                   .arg(hash));
}

void LandscapeReaction::compute(const QString& run, const ts::LandscapeSpec& spec)
{
    const QString out = surfacePathFor(run, spec);
    const std::string runPath = run.toStdString(), outPath = out.toStdString();
    const QString title =
        tr("Landscape: %1@%2").arg(QFileInfo(run).completeBaseName(), QString::fromStdString(spec.checkpoint));
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
    auto info = std::make_shared<ts::LandscapeRunInfo>();
    window_.runInBackground(tr("Computing %1").arg(title), tr("Loss landscape failed"),
        [runPath, outPath, spec, show, info](ts::Feedback& feedback) {
            ts::configureRuntime(0);
            // Same name, same request: a resumed file made by another spec is a bug.
            ts::computeLandscape(runPath, spec, outPath, &feedback, [show](const ts::LandscapeSurface& s) {
                QMetaObject::invokeMethod(qApp, [show, s] { show(s); }, Qt::QueuedConnection);
            }, info.get());
        },
        [this, out, info] {
            window_.logInfo(info->resumed ? tr("Resumed and saved the landscape to %1").arg(out)
                                          : tr("Saved the landscape to %1").arg(out));
            if (!info->warning.empty())
                window_.logWarning(QString::fromStdString(info->warning));
        });
}

} // namespace ts::app
