#include "app/gui/SkipConnectionsDemo.h"

#include "app/gui/MainWindow.h"
#include "core/Feedback.h"
#include "core/landscape/SkipConnectionDemo.h"
#include "core/landscape/SurfaceFile.h"
#include "widgets/landscape/LandscapeComparison.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <memory>

namespace ts::app {

void startSkipConnectionsDemo(MainWindow& window, const ts::Settings& training, const QString& runPath)
{
    const QFileInfo info(runPath);
    QDir().mkpath(info.absolutePath());
    auto options = std::make_shared<SkipDemoOptions>();
    options->training = training;
    options->prefix = QDir(info.absolutePath()).filePath(info.completeBaseName()).toStdString();
    auto result = std::make_shared<std::vector<SkipDemoNetwork>>();
    window.runInBackground(
        QCoreApplication::translate("SkipConnectionsDemo", "Skip connections: training both ResNets and their landscapes"), QCoreApplication::translate("SkipConnectionsDemo", "Skip-connections demo failed"),
        [options, result](ts::Feedback& feedback) { *result = runSkipConnectionDemo(*options, &feedback); },
        [&window, result] {
            QVector<LandscapeSurface> surfaces;
            QStringList titles, runs;
            for (const auto& net : *result) {
                surfaces.push_back(readSurfaceFile(net.surfacePath));
                runs << QString::fromStdString(net.runPath);
                titles << (net.shortcut ? QCoreApplication::translate("SkipConnectionsDemo", "With skip connections: test accuracy %1, %2 local minima")
                                        : QCoreApplication::translate("SkipConnectionsDemo", "Without skip connections: test accuracy %1, %2 local minima"))
                              .arg(net.testAccuracy, 0, 'f', 3)
                              .arg(net.curvature.localMinima);
                window.logInfo(QCoreApplication::translate("SkipConnectionsDemo", "%1: loss %2 to %3 on the surface, non-convex share %4 (r ≤ 0.5) / %5 (whole grid)")
                                   .arg(QString::fromStdString(net.name))
                                   .arg(net.lossMin, 0, 'g', 3)
                                   .arg(net.lossMax, 0, 'g', 3)
                                   .arg(net.curvature.nonConvexShareCentre, 0, 'f', 2)
                                   .arg(net.curvature.nonConvexShare, 0, 'f', 2));
            }
            window.openRuns(runs);
            auto* comparison = new widgets::LandscapeComparison;
            comparison->setSurfaces(surfaces, titles);
            window.addView(comparison, QCoreApplication::translate("SkipConnectionsDemo", "Skip connections"));
        });
}

} // namespace ts::app
